using Kconfig.Build.Engine.Text;

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
}
