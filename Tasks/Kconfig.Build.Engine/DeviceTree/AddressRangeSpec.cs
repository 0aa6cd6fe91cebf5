using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>A physical address range <c>[Base, Base + Size)</c> as declared in the profile.</summary>
public sealed record AddressRangeSpec(ulong Base, ulong Size, SourceSpan Span)
{
    /// <summary>One past the last byte; 128-bit so that a range ending at 2^64 is representable.</summary>
    public UInt128 End => (UInt128)Base + Size;

    public bool Overlaps(UInt128 start, UInt128 end) => start < End && Base < end;

    public bool Contains(UInt128 start, UInt128 end) => Base <= start && end <= End;
}
