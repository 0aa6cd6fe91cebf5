using Kconfig.Build.Engine.Diagnostics;

namespace Kconfig.Build.Engine.Profiles;

/// <summary>A loaded profile (null when an error made it unusable) and every diagnostic found.</summary>
public sealed record ProfileLoadResult(Profile? Profile, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
