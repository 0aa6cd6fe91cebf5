using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Profiles;

/// <summary>The profile's <c>base</c>: a make target name or a configuration file.</summary>
/// <param name="Kind">Which base.</param>
/// <param name="FilePath">For <see cref="ProfileBaseKind.File"/>: the path as written (relative to the profile's folder).</param>
/// <param name="Location">Where the value is written; <see cref="SourceSpan.None"/> for the default.</param>
public sealed record ProfileBase(ProfileBaseKind Kind, string? FilePath, SourceSpan Location)
{
    /// <summary>What a profile without <c>base</c> starts from: the kernel's <c>make defconfig</c>.</summary>
    public static ProfileBase Default { get; } = new(ProfileBaseKind.Defconfig, null, SourceSpan.None);
}
