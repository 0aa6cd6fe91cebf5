using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>
/// One CPU: its physical id (arm64: MPIDR affinity bits; x86_64: APIC id), which is also its <c>reg</c>,
/// and optionally its NUMA node.
/// </summary>
public sealed record CpuSpec(ulong Id, Located<uint>? NumaNode, SourceSpan Span);
