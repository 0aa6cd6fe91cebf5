namespace Kconfig.Build.Engine.DeviceTree;

public enum DeviceTreeValueKind
{
    /// <summary>A zero-length value, a flag such as <c>dma-coherent</c>.</summary>
    Empty,

    /// <summary>One or more NUL-terminated strings.</summary>
    Strings,

    /// <summary>A list of 32-bit big-endian cells.</summary>
    Cells,
}
