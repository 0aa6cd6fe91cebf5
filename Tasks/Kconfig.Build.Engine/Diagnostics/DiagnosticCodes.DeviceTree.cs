namespace Kconfig.Build.Engine.Diagnostics;

/// <summary>Device-tree stub codes: KC4000-KC4099 schema, KC4100-KC4199 semantics, KC4200-KC4299 DTB self-checks, KC4300 output.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>A key the <c>devicetree:</c> schema does not define.</summary>
    public const string DeviceTreeUnknownKey = "KC4001";

    /// <summary>A value of the wrong YAML kind (scalar, mapping or sequence expected).</summary>
    public const string DeviceTreeWrongYamlType = "KC4002";

    /// <summary>A scalar that is not one of the allowed words (emit, flavor, outputs, psci method, booleans).</summary>
    public const string DeviceTreeInvalidEnumValue = "KC4003";

    /// <summary>A number, address or size that does not parse (e.g. <c>1GB</c>, <c>0x</c>, <c>1.5GiB</c>) or does not fit.</summary>
    public const string DeviceTreeInvalidNumber = "KC4004";

    /// <summary>A required key is missing.</summary>
    public const string DeviceTreeMissingKey = "KC4005";

    /// <summary>Two keys that exclude each other (<c>cpus.count</c> and <c>cpus.ids</c>).</summary>
    public const string DeviceTreeConflictingKeys = "KC4006";

    /// <summary>A string the DTS/DTB cannot carry faithfully (empty, or not printable ASCII).</summary>
    public const string DeviceTreeInvalidString = "KC4007";

    /// <summary>The same entry twice (a CPU id, an output kind).</summary>
    public const string DeviceTreeDuplicateEntry = "KC4008";

    /// <summary>Neither CONFIG_ARM64 nor CONFIG_X86_64 is set, so the tree has no shape.</summary>
    public const string DeviceTreeUnsupportedArchitecture = "KC4100";

    /// <summary><c>emit: always</c> but the configuration does not have CONFIG_OF=y.</summary>
    public const string DeviceTreeEmitWithoutOf = "KC4101";

    /// <summary><c>bootCpu</c> names no declared CPU.</summary>
    public const string DeviceTreeBootCpuMissing = "KC4102";

    /// <summary>More CPUs than CONFIG_NR_CPUS.</summary>
    public const string DeviceTreeTooManyCpus = "KC4103";

    /// <summary>A node's unit address differs from the first address of its <c>reg</c> (or <c>ranges</c>).</summary>
    public const string DeviceTreeUnitAddressMismatch = "KC4104";

    /// <summary>Two memory ranges overlap.</summary>
    public const string DeviceTreeMemoryOverlap = "KC4105";

    /// <summary>A reservation does not lie inside one memory range.</summary>
    public const string DeviceTreeReservationOutsideMemory = "KC4106";

    /// <summary>Two reservations overlap.</summary>
    public const string DeviceTreeReservationOverlap = "KC4107";

    /// <summary>A device's MMIO (GIC, VMBus window, UART) overlaps RAM or another device's MMIO.</summary>
    public const string DeviceTreeMmioOverlap = "KC4108";

    /// <summary>A VMBus MMIO window whose base or size is not a multiple of 4 KiB.</summary>
    public const string DeviceTreeVmbusWindowNotPageAligned = "KC4109";

    /// <summary>VMBus needs one or two MMIO windows.</summary>
    public const string DeviceTreeVmbusWindowCount = "KC4110";

    /// <summary>The GIC redistributor region is not 128 KiB per CPU.</summary>
    public const string DeviceTreeRedistributorSize = "KC4111";

    /// <summary><c>interrupts</c> without an interrupt parent, or with a tuple the parent's <c>#interrupt-cells</c> does not match.</summary>
    public const string DeviceTreeInterruptParentUnresolved = "KC4112";

    /// <summary>An interrupt that must be a PPI has an INTID outside 16..31.</summary>
    public const string DeviceTreePpiOutOfRange = "KC4113";

    /// <summary>An interrupt that must be an SPI has an INTID outside 32..1019.</summary>
    public const string DeviceTreeSpiOutOfRange = "KC4114";

    /// <summary>The initrd does not lie inside one memory range.</summary>
    public const string DeviceTreeInitrdOutsideMemory = "KC4115";

    /// <summary>The initrd overlaps a reservation.</summary>
    public const string DeviceTreeInitrdOverlapsReservation = "KC4116";

    /// <summary>arm64 with CONFIG_HYPERV_VTL_MODE=y but no <c>/psci</c> using the HVC conduit.</summary>
    public const string DeviceTreeVtlModeWithoutPsci = "KC4117";

    /// <summary>More than one CPU but no <c>enable-method</c> can be written.</summary>
    public const string DeviceTreeSecondaryCpusWithoutEnableMethod = "KC4118";

    /// <summary><c>vmbus:</c> declared but the configuration has neither CONFIG_HYPERV nor CONFIG_HYPERV_VMBUS.</summary>
    public const string DeviceTreeVmbusWithoutHyperv = "KC4119";

    /// <summary>An arm64-only key in a profile resolved for x86_64 (warning; the key is ignored).</summary>
    public const string DeviceTreeArm64OnlyKeyIgnored = "KC4120";

    /// <summary>A CPU id that is not a valid MPIDR affinity value (arm64) or APIC id (x86_64).</summary>
    public const string DeviceTreeInvalidCpuId = "KC4121";

    /// <summary>A range of size zero, or one that runs past the end of the 64-bit address space.</summary>
    public const string DeviceTreeInvalidRange = "KC4122";

    /// <summary>The initrd end is not above its start.</summary>
    public const string DeviceTreeInvalidInitrd = "KC4123";

    /// <summary><c>cpus.numaNodes</c> does not have one entry per CPU.</summary>
    public const string DeviceTreeNumaNodeCount = "KC4124";

    /// <summary>A <c>reg</c> or <c>ranges</c> length is not a multiple of its tuple size.</summary>
    public const string DeviceTreeAddressTupleLength = "KC4125";

    /// <summary>An upstream-flavor VMBus window of 4 GiB or more, which <c>#size-cells = &lt;1&gt;</c> cannot express.</summary>
    public const string DeviceTreeVmbusWindowTooLarge = "KC4126";

    /// <summary>A declared item left out because the configuration disables it (info).</summary>
    public const string DeviceTreeItemOmitted = "KC4127";

    /// <summary>An arm64 tree without any memory range.</summary>
    public const string DeviceTreeNoMemory = "KC4128";

    /// <summary>The DTB header is wrong (magic, version, sizes).</summary>
    public const string DeviceTreeBlobHeaderInvalid = "KC4200";

    /// <summary>A DTB block lies outside the blob or is misaligned.</summary>
    public const string DeviceTreeBlobLayoutInvalid = "KC4201";

    /// <summary>The DTB structure block is malformed (tokens, nesting, FDT_END).</summary>
    public const string DeviceTreeBlobStructureInvalid = "KC4202";

    /// <summary>A DTB reservation entry is malformed or overlaps another.</summary>
    public const string DeviceTreeBlobReservationInvalid = "KC4203";

    /// <summary>The DTB is larger than the 2 MiB arm64 boot protocol allows.</summary>
    public const string DeviceTreeBlobTooLarge = "KC4204";

    /// <summary>A .dts or .dtb could not be written.</summary>
    public const string DeviceTreeOutputWriteFailed = "KC4300";
}
