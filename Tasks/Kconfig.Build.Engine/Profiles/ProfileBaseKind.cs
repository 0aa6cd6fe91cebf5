namespace Kconfig.Build.Engine.Profiles;

/// <summary>Where the base configuration comes from, as the kernel's make targets build it.</summary>
public enum ProfileBaseKind
{
    /// <summary><c>make defconfig</c>: conf --defconfig with the architecture's default configuration.</summary>
    Defconfig,
    /// <summary><c>make allnoconfig</c>: every visible symbol n.</summary>
    AllNoConfig,
    /// <summary><c>make alldefconfig</c>: every symbol at its Kconfig default.</summary>
    AllDefConfig,
    /// <summary>conf --defconfig with a configuration file named by the profile.</summary>
    File,
    /// <summary>
    /// <c>make tinyconfig</c>: allnoconfig seeded with kernel/configs/tiny-base.config, then kernel/configs/tiny.config
    /// and arch/$SRCARCH/configs/tiny.config merged as merge_config.sh does, then olddefconfig.
    /// </summary>
    TinyConfig,
}
