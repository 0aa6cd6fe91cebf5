using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.IO;
using Kconfig.Build.Engine.Resolution;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Provenance;

/// <summary>
/// Resolves a profile, or a configuration file, through <see cref="ProfileResolver"/> into a scratch object
/// tree and keeps the resolution's state. A configuration file becomes the <c>base</c> of an empty profile:
/// <c>conf --defconfig=FILE</c> then olddefconfig, which is what <c>make olddefconfig</c> makes of it.
/// Nothing is written next to the inputs; the scratch tree is removed afterwards.
/// </summary>
public static class ResolutionCapture
{
    public static bool IsProfile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    public static CaptureResult Capture(CaptureRequest request)
    {
        string scratch = Path.Combine(Path.GetTempPath(), "kconfig-insight-" + Guid.NewGuid().ToString("N"));
        try
        {
            string input = Path.GetFullPath(request.InputPath);
            if (!File.Exists(input))
            {
                return new CaptureResult([Diagnostic.Error(DiagnosticCodes.InsightInputMissing, SourceSpan.None, $"'{input}' does not exist")], null);
            }

            string profile = input;
            if (!IsProfile(input))
            {
                if (string.IsNullOrWhiteSpace(request.Arch))
                {
                    return new CaptureResult([Diagnostic.Error(DiagnosticCodes.InsightConfigNeedsArch, SourceSpan.At(input, 1, 1), $"'{input}' is a configuration file: give its architecture with --arch")], null);
                }

                Directory.CreateDirectory(scratch);
                profile = Path.Combine(scratch, "config-file.yaml");
                AtomicFile.WriteAllText(profile, $"arch: {request.Arch.Trim()}\nbase: \"{input.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"\n");
            }

            ResolutionSnapshot? snapshot = null;
            ResolveResult result = ProfileResolver.Resolve(new ResolveRequest
            {
                ProfilePath = profile,
                SourceTree = Path.GetFullPath(request.SourceTree),
                OutputDirectory = Path.Combine(scratch, "out"),
                Arch = request.Arch,
                Environment = request.Environment,
                PresetDirectories = request.PresetDirectories,
                AllowProfilesOutsideProject = request.AllowProfilesOutsideProject,
                TreeCache = request.TreeCache,
                CancellationToken = request.CancellationToken,
                Resolved = s => snapshot = s,
            });
            return new CaptureResult(result.Diagnostics, snapshot);
        }
        finally
        {
            try
            {
                if (Directory.Exists(scratch))
                {
                    Directory.Delete(scratch, recursive: true);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A scratch directory left in the temp folder harms nothing.
            }
        }
    }
}
