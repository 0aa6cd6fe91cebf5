namespace Kconfig.Build.Engine.Profiles;

/// <summary>How <c>extends</c> entries are found and how far they may reach.</summary>
public sealed class ProfileLoadOptions
{
    /// <summary>
    /// Folders searched, in order, for an <c>extends</c> entry written as a bare preset name
    /// (<c>hyperv-guest</c> is <c>hyperv-guest.yaml</c> in the first folder holding it).
    /// </summary>
    public IReadOnlyList<string> PresetDirectories { get; init; } = [];

    /// <summary>The project folder relative includes must stay inside; null means the root profile's folder.</summary>
    public string? ProjectDirectory { get; init; }

    /// <summary>Lets a relative <c>extends</c> reach outside <see cref="ProjectDirectory"/>.</summary>
    public bool AllowOutsideProjectDirectory { get; init; }
}
