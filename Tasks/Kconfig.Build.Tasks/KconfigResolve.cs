using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.IO;
using Kconfig.Build.Engine.Resolution;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Kconfig.Build.Tasks;

/// <summary>
/// Resolves each KconfigProfile item with <see cref="ProfileResolver"/> and reports its diagnostics.
/// Only translates: every path arrives absolute from Sdk.targets, and all the work is the engine's.
/// </summary>
public sealed class KconfigResolve : Microsoft.Build.Utilities.Task, ICancelableTask
{
    private readonly CancellationTokenSource _cancellation = new();

    /// <summary>
    /// The profiles. Metadata (all set by Sdk.targets): <c>SourceDir</c>, <c>Arch</c>, <c>OutputPath</c>
    /// (absolute directory), <c>DependencyFile</c> (where to record the files the result depends on),
    /// <c>CrossCompile</c>, <c>ProbeCache</c>, <c>TreatSelectWarningsAsErrors</c>.
    /// </summary>
    [Required]
    public ITaskItem[] Profiles { get; set; } = [];

    /// <summary>Every output file of every profile (for FileWrites and incremental builds).</summary>
    [Output]
    public ITaskItem[] FilesWritten { get; private set; } = [];

    public void Cancel() => _cancellation.Cancel();

    public override bool Execute()
    {
        var written = new List<ITaskItem>();
        foreach (ITaskItem profile in Profiles)
        {
            if (_cancellation.IsCancellationRequested)
            {
                return false;
            }

            string outputPath = profile.GetMetadata("OutputPath");
            var environment = new Dictionary<string, string>(StringComparer.Ordinal);
            if (profile.GetMetadata("CrossCompile") is { Length: > 0 } crossCompile)
            {
                environment["CROSS_COMPILE"] = crossCompile;
            }

            ResolveResult result = ProfileResolver.Resolve(new ResolveRequest
            {
                ProfilePath = profile.GetMetadata("FullPath"),
                SourceTree = profile.GetMetadata("SourceDir"),
                Arch = profile.GetMetadata("Arch"),
                OutputDirectory = outputPath,
                Environment = environment,
                ProbeCachePath = NullIfEmpty(profile.GetMetadata("ProbeCache")),
                TreatSelectWarningsAsErrors = string.Equals(profile.GetMetadata("TreatSelectWarningsAsErrors"), "true", StringComparison.OrdinalIgnoreCase),
                CancellationToken = _cancellation.Token,
            });

            foreach (Diagnostic diagnostic in result.Diagnostics)
            {
                // A finding with no file of its own belongs to the profile being resolved.
                DiagnosticLogging.Log(Log, diagnostic.Span.IsNone ? diagnostic with { Span = new(profile.GetMetadata("FullPath"), 0, 0, 0, 0) } : diagnostic);
            }

            if (profile.GetMetadata("DependencyFile") is { Length: > 0 } dependencyFile)
            {
                // Read back by the next build as Inputs: an edit to any Kconfig file re-runs the resolution.
                AtomicFile.WriteAllTextIfChanged(dependencyFile, string.Concat(result.FilesRead.Select(f => f + "\n")));
            }

            foreach (string file in result.FilesWritten)
            {
                written.Add(new TaskItem(file));
            }

            if (result.Succeeded)
            {
                Log.LogMessage(MessageImportance.Normal, "Kconfig: {0} -> {1}", profile.ItemSpec, outputPath);
            }
        }

        FilesWritten = written.ToArray();
        return !Log.HasLoggedErrors;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
