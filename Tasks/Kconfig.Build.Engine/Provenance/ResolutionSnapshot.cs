using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Profiles;

namespace Kconfig.Build.Engine.Provenance;

/// <summary>
/// A resolution as the resolver left it after verification: what provenance, diff and matrix read.
/// The configurations are live objects; read them from one thread.
/// </summary>
/// <param name="Profile">The composed profile.</param>
/// <param name="Model">The parsed tree (shared, never changed).</param>
/// <param name="Arch">ARCH of the resolution.</param>
/// <param name="SourceTree">The absolute source tree; Kconfig locations are relative to it.</param>
/// <param name="BaseFile">The configuration file the base was read from (defconfig or the profile's file); null for allnoconfig/alldefconfig.</param>
/// <param name="BaseConfiguration">The base after olddefconfig, before the requests.</param>
/// <param name="Configuration">The final configuration (base, merged requests, olddefconfig).</param>
/// <param name="ActiveRequests">The requests in force for this arch and kernel, in merge order.</param>
/// <param name="Diagnostics">Everything reported up to verification (Kconfig locations still relative).</param>
public sealed record ResolutionSnapshot(
    Profile Profile,
    KconfigModel Model,
    string Arch,
    string SourceTree,
    string? BaseFile,
    Configuration BaseConfiguration,
    Configuration Configuration,
    IReadOnlyList<ConfigRequest> ActiveRequests,
    IReadOnlyList<Diagnostic> Diagnostics);
