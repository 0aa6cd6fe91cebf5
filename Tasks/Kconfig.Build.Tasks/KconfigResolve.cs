using System.Globalization;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.IO;
using Kconfig.Build.Engine.Resolution;
using Kconfig.Build.Engine.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Kconfig.Build.Tasks;

/// <summary>
/// Resolves each KconfigProfile item with <see cref="ProfileResolver"/> and reports its diagnostics.
/// Only translates: every path arrives absolute from Sdk.targets, and all the work is the engine's.
/// Profiles resolve in parallel; their diagnostics are logged afterwards in item order, so the log
/// reads the same on every run. Each profile's run holds the <see cref="OutputLock"/> of its output
/// folder, so two builds of one project at once (two IDE builds, a build and <c>kconfig resolve</c>)
/// take turns instead of interleaving their writes.
/// </summary>
public sealed class KconfigResolve : Microsoft.Build.Utilities.Task, ICancelableTask
{
    private readonly CancellationTokenSource _cancellation = new();

    /// <summary>
    /// The profiles. Metadata (all set by Sdk.targets): <c>SourceDir</c>, <c>Arch</c>, <c>OutputPath</c>
    /// (absolute directory), <c>DependencyFile</c> (where to record what the result depends on),
    /// <c>ReportFile</c> (the JSON report), <c>CrossCompile</c>, <c>ProbeCache</c>, <c>PresetDirectory</c>,
    /// <c>TreatSelectWarningsAsErrors</c>, <c>DeviceTree</c> (<c>false</c>: no device-tree stub).
    /// </summary>
    [Required]
    public ITaskItem[] Profiles { get; set; } = [];

    /// <summary>
    /// Share parsed trees with every other resolution in this build node (<see cref="KconfigTreeCache.Shared"/>);
    /// false parses each profile's tree on its own.
    /// </summary>
    public bool ShareParsedTrees { get; set; } = true;

    /// <summary>
    /// The target's up-to-date stamp. It is deleted before anything is resolved and re-created by the target
    /// only after a complete success, so a failed or cancelled run (whose dependency record may be partial)
    /// never leaves a build that looks up to date.
    /// </summary>
    public string? StampFile { get; set; }

    /// <summary>How many profiles resolve at once; 0 or less means one per processor.</summary>
    public int MaxParallelism { get; set; }

    /// <summary>Every output file of every profile (for FileWrites and incremental builds).</summary>
    [Output]
    public ITaskItem[] FilesWritten { get; private set; } = [];

    public void Cancel() => _cancellation.Cancel();

    public override bool Execute()
    {
        var results = new ProfileOutcome?[Profiles.Length];
        if (!string.IsNullOrEmpty(StampFile))
        {
            try
            {
                File.Delete(StampFile);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Log.LogError(null, DiagnosticCodes.SdkOutputWriteFailed, null, StampFile, 0, 0, 0, 0, "cannot delete the stamp '{0}': {1}", StampFile, ex.Message);
                return false;
            }
        }

        try
        {
            Parallel.For(
                0,
                Profiles.Length,
                new ParallelOptions
                {
                    MaxDegreeOfParallelism = MaxParallelism > 0 ? MaxParallelism : System.Environment.ProcessorCount,
                    CancellationToken = _cancellation.Token,
                },
                i => results[i] = ResolveLocked(Profiles[i]));
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        var written = new List<ITaskItem>();
        for (int i = 0; i < Profiles.Length; i++)
        {
            if (results[i] is not { } outcome)
            {
                continue;
            }

            ITaskItem profile = Profiles[i];
            foreach (Diagnostic diagnostic in outcome.Result.Diagnostics)
            {
                // A finding with no file of its own belongs to the profile being resolved.
                DiagnosticLogging.Log(Log, diagnostic.Span.IsNone ? diagnostic with { Span = new(profile.GetMetadata("FullPath"), 0, 0, 0, 0) } : diagnostic);
            }

            foreach (string file in outcome.Written)
            {
                written.Add(new TaskItem(file, new Dictionary<string, string> { ["Profile"] = profile.ItemSpec }));
            }

            Log.LogMessage(MessageImportance.Normal, outcome.Summary);
            if (outcome.TreeReused)
            {
                // Says where the time went (or did not) when a resident build node or the MSBuild server kept the tree.
                Log.LogMessage(MessageImportance.Low, "{0}: the parsed Kconfig tree of {1} came from this build node's cache (its files, environment and probe results unchanged)", LabelOf(profile), profile.GetMetadata("SourceDir"));
            }
        }

        FilesWritten = written.ToArray();
        return !Log.HasLoggedErrors && !_cancellation.IsCancellationRequested;
    }

    /// <summary>
    /// Resolves <paramref name="profile"/> holding its output folder's lock for everything it writes (the
    /// outputs, the report and the dependency file); null when cancelled while waiting for the lock.
    /// </summary>
    private ProfileOutcome? ResolveLocked(ITaskItem profile)
    {
        string outputPath = profile.GetMetadata("OutputPath");
        OutputLock? held = null;
        try
        {
            if (outputPath.Length > 0)
            {
                held = OutputLock.TryAcquire(outputPath);
                if (held is null)
                {
                    // Said at once, not with the summary: a build that seems to hang should say why.
                    Log.LogMessage(MessageImportance.Normal, "{0}: waiting for another build writing {1}", Path.GetFileNameWithoutExtension(profile.ItemSpec), outputPath);
                    held = OutputLock.Acquire(outputPath, _cancellation.Token);
                }
            }

            return ResolveOne(profile);
        }
        catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The lock file could not be made (an unwritable temporary folder): say so rather than build unguarded.
            var failed = new ResolveResult([new Diagnostic(DiagnosticCodes.SdkOutputWriteFailed, DiagnosticSeverity.Error, $"cannot lock the output folder '{outputPath}': {ex.Message}", SourceSpan.None)], [], []);
            return Outcome(profile, failed, ResolutionFacts.Collect(profile.GetMetadata("FullPath"), failed), []);
        }
        finally
        {
            held?.Dispose();
        }
    }

    private ProfileOutcome ResolveOne(ITaskItem profile)
    {
        string profilePath = profile.GetMetadata("FullPath");
        string outputPath = profile.GetMetadata("OutputPath");
        string crossCompile = profile.GetMetadata("CrossCompile");
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        if (crossCompile.Length > 0)
        {
            environment["CROSS_COMPILE"] = crossCompile;
        }

        ObservedTreeCache? treeCache = ShareParsedTrees ? new ObservedTreeCache(KconfigTreeCache.Shared) : null;
        ResolveResult result = ProfileResolver.Resolve(new ResolveRequest
        {
            ProfilePath = profilePath,
            SourceTree = profile.GetMetadata("SourceDir"),
            Arch = profile.GetMetadata("Arch"),
            OutputDirectory = outputPath,
            Environment = environment,
            ProbeCachePath = NullIfEmpty(profile.GetMetadata("ProbeCache")),
            PresetDirectories = NullIfEmpty(profile.GetMetadata("PresetDirectory")) is { } presets ? [presets] : [],
            TreeCache = treeCache,
            SuggestFixes = true,
            TreatSelectWarningsAsErrors = !string.Equals(profile.GetMetadata("TreatSelectWarningsAsErrors"), "false", StringComparison.OrdinalIgnoreCase),
            DeviceTree = !string.Equals(profile.GetMetadata("DeviceTree").Trim(), "false", StringComparison.OrdinalIgnoreCase),
            CancellationToken = _cancellation.Token,
        });

        var written = new List<string>(result.FilesWritten);
        var facts = ResolutionFacts.Collect(profilePath, result);
        if (_cancellation.IsCancellationRequested)
        {
            // A cancelled run read only part of its inputs; the record of the last complete run stays.
            return Outcome(profile, result, facts, written);
        }

        bool treeReused = treeCache?.Reused == true;
        try
        {
            if (profile.GetMetadata("DependencyFile") is { Length: > 0 } dependencyFile)
            {
                // Read back by the next build (KconfigReadDependencies): an edit to any recorded file, or a
                // different value of a recorded environment variable, re-runs the resolution.
                AtomicFile.WriteAllTextIfChanged(dependencyFile, DependencyFile.Render(result.FilesRead, crossCompile, environment.ContainsKey("CROSS_COMPILE"), result.FilesWritten));
                written.Add(dependencyFile);
            }

            if (result.Succeeded && profile.GetMetadata("ReportFile") is { Length: > 0 } reportFile)
            {
                AtomicFile.WriteAllTextIfChanged(reportFile, ResolutionReport.Render(profile, result, facts));
                written.Add(reportFile);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            result = result with { Diagnostics = [.. result.Diagnostics, new Diagnostic(DiagnosticCodes.SdkOutputWriteFailed, DiagnosticSeverity.Error, ex.Message, SourceSpan.None)] };
        }

        return Outcome(profile, result, facts, written) with { TreeReused = treeReused };
    }

    private static string LabelOf(ITaskItem profile) =>
        profile.GetMetadata("Label") is { Length: > 0 } label ? label : Path.GetFileNameWithoutExtension(profile.ItemSpec);

    private static ProfileOutcome Outcome(ITaskItem profile, ResolveResult result, ResolutionFacts facts, IReadOnlyList<string> written)
    {
        string outputPath = profile.GetMetadata("OutputPath");
        int errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        int warnings = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        string target = result.Succeeded ? Path.Combine(outputPath, ResolutionOutputs.DotConfig) : "no output";
        string summary = string.Format(
            CultureInfo.InvariantCulture,
            "{0}: {1:N0} symbols, {2:N0} requests, {3:N0} {4}, {5:N0} {6} -> {7}",
            LabelOf(profile),
            facts.Symbols,
            facts.Requests,
            errors,
            errors == 1 ? "error" : "errors",
            warnings,
            warnings == 1 ? "warning" : "warnings",
            target);
        return new ProfileOutcome(result, written, summary);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
