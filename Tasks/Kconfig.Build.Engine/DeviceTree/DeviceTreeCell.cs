namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>
/// One 32-bit cell of a property value: a number (written in hex or decimal in DTS), or a reference to a
/// node whose phandle the writer assigns.
/// </summary>
public readonly record struct DeviceTreeCell(uint Number, bool Hex, DeviceTreeNode? Reference)
{
    public static DeviceTreeCell Decimal(uint number) => new(number, false, null);

    public static DeviceTreeCell Hexadecimal(uint number) => new(number, true, null);

    public static DeviceTreeCell PhandleOf(DeviceTreeNode node) => new(0, false, node);

    public bool IsReference => Reference is not null;
}
