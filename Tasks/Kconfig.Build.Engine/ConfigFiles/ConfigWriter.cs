using Kconfig.Build.Engine.Evaluation;

namespace Kconfig.Build.Engine.ConfigFiles;

/// <summary>Renders the files conf writes, byte for byte: .config, auto.conf, autoconf.h, defconfig.</summary>
public static class ConfigWriter
{
    /// <summary>The full .config text, as conf_write() produces it.</summary>
    public static string WriteDotConfig(Configuration configuration, string prefix = "CONFIG_") =>
        throw new NotImplementedException("writers stage");
}
