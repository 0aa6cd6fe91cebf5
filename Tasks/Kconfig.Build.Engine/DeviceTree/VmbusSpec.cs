using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>The <c>vmbus:</c> section: MMIO windows, the message interrupt (arm64) and the OpenHCL-only values.</summary>
public sealed record VmbusSpec(
    IReadOnlyList<AddressRangeSpec> Mmio,
    SourceSpan MmioSpan,
    Located<uint> Intid,
    bool DmaCoherent,
    uint Vtl,
    uint? MessageConnectionId,
    SourceSpan Span)
{
    /// <summary>PPI 2: the INTID Hyper-V raises for VMBus messages on arm64.</summary>
    public const uint DefaultIntid = 18;
}
