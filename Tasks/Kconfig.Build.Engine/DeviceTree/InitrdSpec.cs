using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>Where the boot loader places the initrd: <c>[Start, End)</c>, as <c>/chosen</c> states it.</summary>
public sealed record InitrdSpec(ulong Start, ulong End, SourceSpan Span);
