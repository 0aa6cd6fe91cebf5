namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>Which files the stub is written as (<c>outputs:</c>).</summary>
[Flags]
public enum DeviceTreeOutputs
{
    None = 0,
    Dts = 1,
    Dtb = 2,
}
