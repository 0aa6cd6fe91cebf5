using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>One RAM range (<c>memory:</c> entry), optionally bound to a NUMA node.</summary>
public sealed record MemoryRangeSpec(AddressRangeSpec Range, Located<uint>? NumaNode)
{
    public SourceSpan Span => Range.Span;
}
