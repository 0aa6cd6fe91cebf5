using Kconfig.Build.Engine.Diagnostics;

namespace Kconfig.Build.Engine.Resolution;

/// <summary>The outcome of resolving a profile.</summary>
/// <param name="Diagnostics">Everything found, in pipeline order.</param>
/// <param name="FilesWritten">Absolute paths of the outputs (written or already up to date); empty on error.</param>
/// <param name="FilesRead">Every input the result depends on: the profile, the base configuration and each Kconfig file.</param>
public sealed record ResolveResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> FilesWritten, IReadOnlyList<string> FilesRead)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
