using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>
/// The <c>devicetree:</c> section of a profile, checked against its schema but not yet against the
/// configuration. Absent optional sections are null; defaults are filled in by the reader.
/// </summary>
public sealed record DeviceTreeSpec
{
    /// <summary>The profile file, used in every diagnostic.</summary>
    public required string File { get; init; }

    /// <summary>Where the <c>devicetree:</c> mapping starts.</summary>
    public required SourceSpan Span { get; init; }

    public required Located<DeviceTreeEmitMode> Emit { get; init; }

    public required Located<DeviceTreeOutputs> Outputs { get; init; }

    public required Located<DeviceTreeFlavor> Flavor { get; init; }

    /// <summary>Root <c>model</c>; null means the first <see cref="Compatible"/> string.</summary>
    public Located<string>? Model { get; init; }

    /// <summary>Root <c>compatible</c>, most specific first.</summary>
    public required Located<IReadOnlyList<string>> Compatible { get; init; }

    /// <summary>The boot CPU's id; null means the first declared CPU.</summary>
    public Located<ulong>? BootCpu { get; init; }

    public required CpuSetSpec Cpus { get; init; }

    public required IReadOnlyList<MemoryRangeSpec> Memory { get; init; }

    /// <summary>Ranges written to the memory reservation block (<c>/memreserve/</c>).</summary>
    public required IReadOnlyList<AddressRangeSpec> Reserved { get; init; }

    public required PsciSpec Psci { get; init; }

    public required GicSpec Gic { get; init; }

    /// <summary>EL1 virtual timer interrupt; defaults to INTID 20 (PPI 4), as Hyper-V provides.</summary>
    public required InterruptSpec Timer { get; init; }

    public InterruptSpec? Pmu { get; init; }

    public VmbusSpec? Vmbus { get; init; }

    public ChosenSpec? Chosen { get; init; }

    public SerialSpec? Serial { get; init; }

    /// <summary>Keys written but meaningful on arm64 only, so the builder can say they are ignored on x86_64.</summary>
    public required IReadOnlyList<Located<string>> Arm64OnlyKeys { get; init; }
}
