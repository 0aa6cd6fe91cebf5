using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>An SBSA/PL011 UART (<c>serial: { pl011: ... }</c>, arm64): 4 KiB of MMIO, an SPI, a fixed baud rate.</summary>
public sealed record SerialSpec(Located<ulong> Base, Located<uint> Intid, uint Speed, SourceSpan Span)
{
    public const ulong Size = 0x1000;
}
