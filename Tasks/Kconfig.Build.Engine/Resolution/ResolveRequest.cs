namespace Kconfig.Build.Engine.Resolution;

/// <summary>What to resolve, where and with which environment. Paths should be absolute.</summary>
public sealed class ResolveRequest
{
    /// <summary>The YAML profile.</summary>
    public required string ProfilePath { get; init; }

    /// <summary>The kernel source tree (<c>$srctree</c>), holding the top-level Kconfig.</summary>
    public required string SourceTree { get; init; }

    /// <summary>
    /// The directory receiving the outputs, laid out as a kernel object tree: <c>.config</c>,
    /// <c>include/config/auto.conf</c>, <c>include/generated/autoconf.h</c> and <c>defconfig</c>.
    /// </summary>
    public required string OutputDirectory { get; init; }

    /// <summary>ARCH from the build or the command line; must agree with the profile's <c>arch</c> when both are given.</summary>
    public string? Arch { get; init; }

    /// <summary>
    /// Variables given as on make's command line (CROSS_COMPILE, LLVM, CC ...). For a real kernel tree the rest
    /// comes from the process environment as make takes it (PATH, and CROSS_COMPILE/LLVM when not given here);
    /// a tree without toolchain probes, like the sample, sees only these plus srctree/ARCH/SRCARCH/KERNELVERSION.
    /// </summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>File caching <c>$(shell,...)</c> results across runs; null disables the cache.</summary>
    public string? ProbeCachePath { get; init; }

    /// <summary>
    /// Reports a select of a symbol whose direct dependencies are unmet (KC2001) as an error (the default): the
    /// kernel only warns, but the selected symbol is then on without what it needs. False keeps the kernel's warning;
    /// a request with <c>unmet_select: warning</c> and a reason keeps it a warning for that one symbol.
    /// </summary>
    public bool TreatSelectWarningsAsErrors { get; init; } = true;

    /// <summary>
    /// The device-tree switch (MSBuild <c>KconfigDeviceTree</c>): true lets the profile's <c>devicetree:</c>
    /// section decide (its <c>emit</c>); false writes no stub at all and removes one left by an earlier run.
    /// </summary>
    public bool DeviceTree { get; init; } = true;

    /// <summary>Folders holding preset profiles (<c>name.yaml</c>) that <c>extends: [name]</c> refers to, searched in order.</summary>
    public IReadOnlyList<string> PresetDirectories { get; init; } = [];

    /// <summary>The folder relative <c>extends</c> may not leave; null means the profile's own folder.</summary>
    public string? ProjectDirectory { get; init; }

    /// <summary>Lets relative <c>extends</c> reach outside <see cref="ProjectDirectory"/>.</summary>
    public bool AllowProfilesOutsideProject { get; init; }

    /// <summary>Shares parsed trees between resolutions (the MSBuild task passes one per build node); null parses every time.</summary>
    public IKconfigTreeCache? TreeCache { get; init; }

    /// <summary>
    /// Called once the requests are verified (errors included) and before anything is written, with the
    /// resolution's state: provenance, diff and matrix read it. Null for a plain resolution.
    /// </summary>
    public Action<Provenance.ResolutionSnapshot>? Resolved { get; init; }

    /// <summary>
    /// For each request that did not take, search the smallest set of profile lines that makes it take, verify it by
    /// resolving again, and report it as an info diagnostic at the request (KC3500-KC3502, docs/suggestions.md).
    /// </summary>
    public bool SuggestFixes { get; init; }

    public CancellationToken CancellationToken { get; init; }
}
