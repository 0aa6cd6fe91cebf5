using System.Text;
using System.Text.Json;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Provenance;
using Kconfig.Build.Engine.Reporting;
using Kconfig.Build.Engine.Resolution;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Cli.Explain;

/// <summary>
/// <c>kconfig explain SYMBOL|--all --srctree DIR [--arch A] (--profile FILE | --config FILE) [--format text|json|sarif] [--preset-dir DIR]...</c>:
/// a symbol's value and why (request, base line, default, select, imply, range, probe, hidden prompt).
/// </summary>
public static class ExplainCommand
{
    public const string UsageText = "Usage: kconfig explain SYMBOL|--all --srctree DIR [--arch ARCH] (--profile FILE | --config FILE) [--format text|json|sarif] [--preset-dir DIR]...";

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? symbolName = null;
        string? input = null;
        string? sourceTree = null;
        string? arch = null;
        string format = "text";
        bool all = false;
        var presets = new List<string>();
        if (VerbArguments.Parse(args, ["--srctree", "--arch", "--profile", "--config", "--format", "--preset-dir"], ["--all"], out string? error) is not { } parsed)
        {
            return Usage(stderr, error!);
        }

        foreach ((string option, string value) in parsed.Options)
        {
            switch (option)
            {
                case "--srctree": sourceTree = value; break;
                case "--arch": arch = value; break;
                case "--profile" or "--config":
                    if (input is not null)
                    {
                        return Usage(stderr, "give one --profile or --config");
                    }

                    input = value;
                    break;
                case "--preset-dir": presets.Add(Path.GetFullPath(value)); break;
                default: format = value; break;
            }
        }

        all = parsed.Flags.Contains("--all");
        if (parsed.Positional.Count > 1)
        {
            return Usage(stderr, $"one symbol per run ('{parsed.Positional[1]}')");
        }

        if (parsed.Positional.FirstOrDefault() is { } named)
        {
            symbolName = named.StartsWith("CONFIG_", StringComparison.Ordinal) ? named["CONFIG_".Length..] : named;
        }

        if ((symbolName is null) == !all)
        {
            return Usage(stderr, "give a SYMBOL or --all");
        }

        if (input is null)
        {
            return Usage(stderr, "give --profile FILE or --config FILE");
        }

        if (format is not ("text" or "json" or "sarif"))
        {
            return Usage(stderr, $"--format is text, json or sarif, not '{format}'");
        }

        CaptureResult captured = ResolutionCapture.Capture(new CaptureRequest
        {
            InputPath = input,
            SourceTree = Path.GetFullPath(sourceTree ?? "."),
            Arch = arch,
            PresetDirectories = presets,
        });
        var diagnostics = new List<Diagnostic>(captured.Diagnostics);
        List<SymbolProvenance> explained = [];
        if (captured.Snapshot is { } snapshot)
        {
            var analyzer = new ProvenanceAnalyzer(snapshot);
            if (all)
            {
                explained.AddRange(analyzer.ExplainAll(writtenOrRequestedOnly: false));
            }
            else if (snapshot.Model.FindSymbol(symbolName!) is { } symbol && ProvenanceAnalyzer.IsReportable(symbol))
            {
                explained.Add(analyzer.Explain(symbol));
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InsightUnknownSymbol, SourceSpan.None, $"{symbolName} is not defined for ARCH={snapshot.Arch} in {snapshot.SourceTree}{SymbolSuggestions.DidYouMean(snapshot.Model, symbolName!)}"));
            }
        }

        bool failed = captured.Snapshot is null || diagnostics.Any(d => d.Code == DiagnosticCodes.InsightUnknownSymbol);
        switch (format)
        {
            case "json":
                stdout.Write(ToJson(explained, diagnostics));
                break;
            case "sarif":
                stdout.Write(SarifLog.Render(diagnostics, Program.Version));
                break;
            default:
                foreach (Diagnostic d in diagnostics.Where(d => d.IsError || captured.Snapshot is null))
                {
                    stderr.WriteLine(d.ToCanonicalString());
                }

                foreach (SymbolProvenance p in explained)
                {
                    stdout.Write(all ? ProvenanceFormat.Line(p) + "\n" : ProvenanceFormat.RenderText(p));
                }

                break;
        }

        return failed ? Program.ExitInputErrors : Program.ExitOk;
    }

    /// <summary><c>{"symbols": {NAME: {...}}, "diagnostics": [...]}</c>.</summary>
    public static string ToJson(IReadOnlyList<SymbolProvenance> explained, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ProvenanceFormat.WriterOptions))
        {
            json.WriteStartObject();
            ProvenanceFormat.WriteSymbols(json, "symbols", explained, compact: false);
            DiagnosticJson.WriteArray(json, "diagnostics", diagnostics);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static int Usage(TextWriter stderr, string problem)
    {
        stderr.WriteLine($"kconfig explain: {problem}");
        stderr.WriteLine(UsageText);
        return Program.ExitUsage;
    }
}
