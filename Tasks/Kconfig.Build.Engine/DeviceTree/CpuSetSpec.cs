using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>The <c>cpus:</c> section: the CPUs in declaration order, and where the section was written.</summary>
public sealed record CpuSetSpec(IReadOnlyList<CpuSpec> Cpus, SourceSpan Span);
