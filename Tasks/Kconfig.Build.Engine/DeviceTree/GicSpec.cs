using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>
/// The <c>gic:</c> section (arm64, GICv3). Defaults are Hyper-V's legacy addresses. The distributor is
/// always 64 KiB; the redistributor region defaults to 128 KiB per CPU.
/// </summary>
public sealed record GicSpec(Located<ulong> DistributorBase, Located<ulong> RedistributorBase, Located<ulong>? RedistributorSize, SourceSpan Span)
{
    public const ulong DefaultDistributorBase = 0xffff0000;
    public const ulong DefaultRedistributorBase = 0xeffee000;
    public const ulong DistributorSize = 0x10000;
    public const ulong RedistributorStride = 0x20000;

    public static GicSpec Default(SourceSpan span) =>
        new(new Located<ulong>(DefaultDistributorBase, span), new Located<ulong>(DefaultRedistributorBase, span), null, span);
}
