using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>An entry of the memory reservation block (<c>/memreserve/</c>).</summary>
public sealed record DeviceTreeReservation(ulong Address, ulong Size, SourceSpan Origin);
