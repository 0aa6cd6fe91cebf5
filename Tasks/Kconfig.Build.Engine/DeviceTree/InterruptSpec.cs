using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>A GIC interrupt by its INTID (PPI 16..31, SPI 32..1019), as the architecture numbers it.</summary>
public sealed record InterruptSpec(Located<uint> Intid, SourceSpan Span);
