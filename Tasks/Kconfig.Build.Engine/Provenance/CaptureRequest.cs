namespace Kconfig.Build.Engine.Provenance;

/// <summary>What <see cref="ResolutionCapture"/> resolves: a YAML profile, or a configuration file read as the base of an empty profile.</summary>
public sealed class CaptureRequest
{
    /// <summary>A profile (<c>.yaml</c>/<c>.yml</c>) or a configuration file (any other name: <c>.config</c>, <c>defconfig</c>).</summary>
    public required string InputPath { get; init; }

    public required string SourceTree { get; init; }

    /// <summary>ARCH; required for a configuration file, optional for a profile that names one.</summary>
    public string? Arch { get; init; }

    public IReadOnlyList<string> PresetDirectories { get; init; } = [];

    /// <summary>Make variables (CROSS_COMPILE, LLVM, CC ...) as for <see cref="Resolution.ResolveRequest.Environment"/>.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public Resolution.IKconfigTreeCache? TreeCache { get; init; }

    public bool AllowProfilesOutsideProject { get; init; } = true;

    public CancellationToken CancellationToken { get; init; }
}
