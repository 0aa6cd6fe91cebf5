using Kconfig.Build.Engine.Diagnostics;

namespace Kconfig.Build.Engine.Provenance;

/// <summary>The diagnostics of a captured resolution and its state (null when it stopped before verification).</summary>
public sealed record CaptureResult(IReadOnlyList<Diagnostic> Diagnostics, ResolutionSnapshot? Snapshot)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
