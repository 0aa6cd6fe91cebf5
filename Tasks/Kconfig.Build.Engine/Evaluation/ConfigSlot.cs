namespace Kconfig.Build.Engine.Evaluation;

/// <summary>Which set of read values a config file fills (the kernel's S_DEF_USER and S_DEF_AUTO).</summary>
public enum ConfigSlot
{
    /// <summary>The user's values (.config, a defconfig, a KCONFIG_ALLCONFIG fragment).</summary>
    User,
    /// <summary>The values of the previous include/config/auto.conf, to find which symbols changed.</summary>
    Auto,
}
