namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>The tree's shape, derived from <c>CONFIG_ARM64</c> / <c>CONFIG_X86_64</c>.</summary>
public enum DeviceTreeArchitecture
{
    Arm64,
    X86_64,
}
