using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Profiles;
using Kconfig.Build.Engine.Provenance;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Matrix;

/// <summary>
/// Resolves a profile family for every (kernel tree, arch) in parallel, one parsed tree per (tree, arch)
/// shared by the profiles (<see cref="SharedTreeCache"/>), and gives each profile request a verdict per
/// column from the resolver's own verification diagnostics, with the symbol's provenance as the short why.
/// </summary>
public static class MatrixRunner
{
    private static readonly Dictionary<string, MatrixVerdict> Verdicts = new(StringComparer.Ordinal)
    {
        [DiagnosticCodes.RequestNotTaken] = MatrixVerdict.NotTaken,
        [DiagnosticCodes.RequestDependencyUnmet] = MatrixVerdict.NotTaken,
        [DiagnosticCodes.RequestForcedBySelect] = MatrixVerdict.NotTaken,
        [DiagnosticCodes.RequestNoPrompt] = MatrixVerdict.NotTaken,
        [DiagnosticCodes.RequestChoiceConflict] = MatrixVerdict.NotTaken,
        [DiagnosticCodes.RequestProbeFalse] = MatrixVerdict.NotTaken,
        [DiagnosticCodes.RequestOutOfRange] = MatrixVerdict.OutOfRange,
        [DiagnosticCodes.RequestPreferLost] = MatrixVerdict.PreferLost,
        [DiagnosticCodes.RequestForbiddenEnabled] = MatrixVerdict.Forbidden,
        [DiagnosticCodes.RequestUnknownSymbol] = MatrixVerdict.UnknownSymbol,
        [DiagnosticCodes.RequestSymbolOfOtherArch] = MatrixVerdict.UnknownSymbol,
        [DiagnosticCodes.RequestSymbolRemoved] = MatrixVerdict.UnknownSymbol,
        [DiagnosticCodes.RequestSymbolNewerKernel] = MatrixVerdict.UnknownSymbol,
        [DiagnosticCodes.RequestInvalidForType] = MatrixVerdict.Invalid,
        [DiagnosticCodes.RequestToolchainSymbol] = MatrixVerdict.Invalid,
        [DiagnosticCodes.RequestRedundant] = MatrixVerdict.Redundant,
    };

    public static MatrixReport Run(MatrixRequest request)
    {
        string[] trees = request.SourceTrees.Select(Path.GetFullPath).ToArray();
        string[] profiles = request.Profiles.Select(Path.GetFullPath).ToArray();
        var columns = new List<(string Tree, string Arch)>();
        foreach (string tree in trees)
        {
            foreach (string arch in request.Arches)
            {
                columns.Add((tree, arch));
            }
        }

        // Rows: every request of every profile as composed (unconditional, then those of each `when`).
        var rows = new List<(int Profile, ConfigRequest Request, bool Conditional)>();
        var loadDiagnostics = new List<Diagnostic>[profiles.Length];
        for (int p = 0; p < profiles.Length; p++)
        {
            ProfileLoadResult loaded = ProfileLoader.Load(profiles[p], new ProfileLoadOptions { PresetDirectories = request.PresetDirectories, AllowOutsideProjectDirectory = true });
            loadDiagnostics[p] = loaded.Diagnostics.ToList();
            if (loaded.Profile is { } profile)
            {
                rows.AddRange(profile.Requests.Select(r => (p, r, false)));
                rows.AddRange(profile.When.SelectMany(w => w.Requests).Select(r => (p, r, true)));
            }
        }

        var cache = new SharedTreeCache();
        int jobs = columns.Count * profiles.Length;
        var results = new (CaptureResult Captured, Dictionary<SourceSpan, MatrixCell> Cells)[jobs];
        Parallel.For(
            0,
            jobs,
            new ParallelOptions { MaxDegreeOfParallelism = request.MaxParallelism > 0 ? request.MaxParallelism : System.Environment.ProcessorCount, CancellationToken = request.CancellationToken },
            job =>
            {
                (string tree, string arch) = columns[job / profiles.Length];
                int p = job % profiles.Length;
                CaptureResult captured = ResolutionCapture.Capture(new CaptureRequest
                {
                    InputPath = profiles[p],
                    SourceTree = tree,
                    Arch = arch,
                    PresetDirectories = request.PresetDirectories,
                    Environment = request.Environment,
                    TreeCache = cache,
                    CancellationToken = request.CancellationToken,
                });
                results[job] = (captured, Cells(captured, rows.Where(r => r.Profile == p).Select(r => (r.Request, r.Conditional))));
            });

        var matrixColumns = new List<MatrixColumn>();
        for (int c = 0; c < columns.Count; c++)
        {
            string label = trees.Length > 1 ? $"{Path.GetFileName(columns[c].Tree.TrimEnd('/', '\\'))}:{columns[c].Arch}" : columns[c].Arch;
            matrixColumns.Add(new MatrixColumn(columns[c].Tree, columns[c].Arch, label, Enumerable.Range(0, profiles.Length).SelectMany(p => results[(c * profiles.Length) + p].Captured.Diagnostics).ToList()));
        }

        var matrixRows = rows.Select(r => new MatrixRow(
            profiles[r.Profile],
            r.Request.SymbolName,
            ProfileComposer.Describe(r.Request),
            r.Request.Location,
            r.Conditional,
            Enumerable.Range(0, columns.Count).Select(c => results[(c * profiles.Length) + r.Profile].Cells[r.Request.Location]).ToList())).ToList();
        return new MatrixReport(matrixColumns, matrixRows);
    }

    private static Dictionary<SourceSpan, MatrixCell> Cells(CaptureResult captured, IEnumerable<(ConfigRequest Request, bool Conditional)> requests)
    {
        var cells = new Dictionary<SourceSpan, MatrixCell>();
        ProvenanceAnalyzer? analyzer = captured.Snapshot is { } s ? new ProvenanceAnalyzer(s) : null;
        foreach ((ConfigRequest Request, bool Conditional) request in requests)
        {
            cells[request.Request.Location] = Cell(captured, analyzer, request.Request, request.Conditional);
        }

        return cells;
    }

    private static MatrixCell Cell(CaptureResult captured, ProvenanceAnalyzer? analyzer, ConfigRequest request, bool conditional)
    {
        Diagnostic? about = captured.Diagnostics
            .Where(d => Verdicts.ContainsKey(d.Code) && (d.Span == request.Location || d.Span == request.ValueLocation))
            .OrderBy(d => Verdicts[d.Code] == MatrixVerdict.Redundant ? 1 : 0)
            .FirstOrDefault();
        if (captured.Snapshot is not { } snapshot || analyzer is null)
        {
            if (about is not null && Verdicts[about.Code] is MatrixVerdict.UnknownSymbol or MatrixVerdict.Invalid)
            {
                return new MatrixCell(Verdicts[about.Code], null, about.Code, FirstLine(about.Message));
            }

            Diagnostic? stop = captured.Diagnostics.FirstOrDefault(d => d.IsError);
            return new MatrixCell(MatrixVerdict.NotResolved, null, stop?.Code, stop is null ? "the resolution stopped" : $"{stop.Code}: {FirstLine(stop.Message)}");
        }

        Symbol? symbol = snapshot.Model.FindSymbol(request.SymbolName);
        string? value = symbol is not null && ProvenanceAnalyzer.IsReportable(symbol) ? snapshot.Configuration.GetStringValue(symbol) : null;
        if (!snapshot.ActiveRequests.Any(r => r.Location == request.Location))
        {
            // A when clause replacing a request with another value says so (KC3060); a conditional request without
            // that warning was left out because its condition does not hold.
            ConfigRequest? winner = snapshot.ActiveRequests.FirstOrDefault(r => string.Equals(r.SymbolName, request.SymbolName, StringComparison.Ordinal));
            bool overridden = winner is not null && (!conditional || captured.Diagnostics.Any(d => d.Code == DiagnosticCodes.RequestOverridden && d.Span == request.Location));
            return overridden
                ? new MatrixCell(MatrixVerdict.Overridden, value, null, $"overridden by {ProfileComposer.Describe(winner!)} at {winner!.Location.ToFileLine()}")
                : new MatrixCell(MatrixVerdict.Inactive, value, null, "its when condition does not hold here");
        }

        MatrixVerdict verdict = about is null ? MatrixVerdict.Ok : Verdicts[about.Code];
        string why = verdict == MatrixVerdict.Ok || symbol is null
            ? string.Empty
            : verdict == MatrixVerdict.Redundant ? "the base already gives it" : Why(analyzer.Explain(symbol, withWhy: false).Origin);
        return new MatrixCell(verdict, value, about?.Code, why);
    }

    private static string Why(SymbolOrigin origin) =>
        origin.Location.IsNone || origin.Text.Contains(origin.Location.ToFileLine(), StringComparison.Ordinal)
            ? $"{ProvenanceFormat.KindName(origin.Kind)}: {origin.Text}"
            : $"{ProvenanceFormat.KindName(origin.Kind)}: {origin.Text} ({origin.Location.ToFileLine()})";

    private static string FirstLine(string message) => message.Split('\n')[0];
}
