using Kconfig.Build.Engine.Text;
using YamlDotNet.RepresentationModel;

namespace Kconfig.Build.Engine.Profiles;

/// <summary>
/// A kernel profile as written in its YAML file: what to start from (<see cref="Base"/>) and the symbol
/// values to request on top of it, in the order written. Every part keeps its source location so a
/// request that does not take can be reported at the line that asked for it.
/// </summary>
public sealed class Profile
{
    public Profile(string path, string? name, string? description, ProfileScalar? arch, ProfileBase @base, IReadOnlyList<ConfigRequest> requests)
    {
        Path = path;
        Name = name;
        Description = description;
        Arch = arch;
        Base = @base;
        Requests = requests;
    }

    /// <summary>The file the profile was read from, as given to the loader.</summary>
    public string Path { get; }

    public string? Name { get; }

    public string? Description { get; }

    /// <summary>The kernel ARCH (arm64, x86_64 ...) the profile is for; null when the build supplies it.</summary>
    public ProfileScalar? Arch { get; }

    public ProfileBase Base { get; }

    /// <summary>The <c>config</c> requests in profile order (the order merge_config.sh would append them).</summary>
    public IReadOnlyList<ConfigRequest> Requests { get; }

    /// <summary>Every architecture of <c>arch</c> (a list is allowed); empty when the build supplies it.</summary>
    public IReadOnlyList<ProfileScalar> Arches { get; init; } = [];

    /// <summary>The <c>kernel</c> version window (<c>"&gt;= 6.12"</c>, <c>"&gt;= 6.12 &lt; 6.16"</c>).</summary>
    public ProfileScalar? Kernel { get; init; }

    /// <summary>The <c>extends</c> entries as written, in order.</summary>
    public IReadOnlyList<ProfileScalar> Extends { get; init; } = [];

    public ProfileToolchain? Toolchain { get; init; }

    /// <summary>The conditional requests, in profile order; they follow <see cref="Requests"/>.</summary>
    public IReadOnlyList<WhenClause> When { get; init; } = [];

    /// <summary>The <c>devicetree</c> section, handed as is to the device-tree stage.</summary>
    public YamlMappingNode? DeviceTree { get; init; }

    /// <summary>The file the <see cref="DeviceTree"/> section was read from (for its diagnostics).</summary>
    public string? DeviceTreeFile { get; init; }

    /// <summary>Every profile file read to build this one (itself and what it extends), in load order.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];
}
