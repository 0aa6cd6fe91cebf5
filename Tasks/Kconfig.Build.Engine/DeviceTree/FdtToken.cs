namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>Structure-block tokens of the flattened device tree format (Devicetree Specification, chapter 5).</summary>
public static class FdtToken
{
    public const uint Magic = 0xd00dfeed;
    public const uint Version = 17;
    public const uint LastCompatibleVersion = 16;
    public const int HeaderSize = 40;

    public const uint BeginNode = 0x1;
    public const uint EndNode = 0x2;
    public const uint Property = 0x3;
    public const uint Nop = 0x4;
    public const uint End = 0x9;
}
