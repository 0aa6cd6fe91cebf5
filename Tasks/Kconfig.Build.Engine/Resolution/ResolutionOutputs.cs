namespace Kconfig.Build.Engine.Resolution;

/// <summary>Where a resolution's files go inside its output directory (the kernel's object-tree layout).</summary>
public static class ResolutionOutputs
{
    public const string DotConfig = ".config";

    public static readonly string AutoConf = Path.Combine("include", "config", "auto.conf");

    public static readonly string AutoHeader = Path.Combine("include", "generated", "autoconf.h");

    public const string Defconfig = "defconfig";

    /// <summary>The device-tree stub's base name: <c>devicetree.dts</c> and <c>devicetree.dtb</c> next to .config.</summary>
    public const string DeviceTreeBaseName = "devicetree";
}
