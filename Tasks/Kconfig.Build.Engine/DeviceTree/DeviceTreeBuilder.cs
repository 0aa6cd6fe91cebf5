using System.Globalization;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>
/// Turns a <see cref="DeviceTreeSpec"/> and a resolved configuration into a <see cref="DeviceTree"/>: the
/// architecture's shape from CONFIG_ARM64 / CONFIG_X86_64, conditional nodes from the symbols that enable
/// their drivers, and the semantic checks that neither dtc nor the kernel make at build time.
/// </summary>
public sealed class DeviceTreeBuilder
{
    /// <summary>MPIDR_EL1 affinity fields: Aff3 (bits 39:32) and Aff2..Aff0 (bits 23:0).</summary>
    private const ulong MpidrAffinityMask = 0xff_00ff_ffffUL;
    private const ulong PageSize = 0x1000;

    /// <summary>
    /// Every symbol the device-tree stage reads from the configuration (names without CONFIG_), so a
    /// resolver can explain the stub and tests can check each exists in the Kconfig tree.
    /// HYPERV_VMBUS exists from Linux 6.18 on.
    /// </summary>
    public static IReadOnlyList<string> ConfigurationSymbols { get; } = new[]
    {
        "ARM64", "X86_64", "OF", "NR_CPUS", "NUMA", "OF_NUMA", "ARM_GIC_V3", "HYPERV", "HYPERV_VMBUS",
        "HYPERV_VTL_MODE", "BLK_DEV_INITRD", "SERIAL_AMBA_PL011",
    };

    private readonly DeviceTreeSpec _spec;
    private readonly Func<string, string?> _config;
    private readonly Func<string, bool>? _isSymbolDefined;
    private readonly DiagnosticBag _diagnostics = new();

    private DeviceTreeBuilder(DeviceTreeSpec spec, Func<string, string?> config, Func<string, bool>? isSymbolDefined)
    {
        _spec = spec;
        _config = config;
        _isSymbolDefined = isSymbolDefined;
    }

    /// <summary>Builds the tree for <paramref name="spec"/> under <paramref name="config"/>.</summary>
    /// <param name="spec">The checked profile section.</param>
    /// <param name="config">Symbol lookup without the CONFIG_ prefix: "y", "m", a number or string, or null/"n" when off.</param>
    /// <returns>The tree, or null when any error was reported; and every diagnostic.</returns>
    public static (DeviceTree? Tree, IReadOnlyList<Diagnostic> Diagnostics) Build(DeviceTreeSpec spec, Func<string, string?> config) =>
        Build(spec, config, isSymbolDefined: null);

    /// <summary>
    /// As <see cref="Build(DeviceTreeSpec, Func{string, string?})"/>; <paramref name="isSymbolDefined"/> says whether the
    /// Kconfig tree defines a symbol at all, which decides whether VMBus follows CONFIG_HYPERV_VMBUS (6.18 and
    /// later) or CONFIG_HYPERV (older trees). Without it, an unset HYPERV_VMBUS is taken as "not in this tree".
    /// </summary>
    public static (DeviceTree? Tree, IReadOnlyList<Diagnostic> Diagnostics) Build(
        DeviceTreeSpec spec, Func<string, string?> config, Func<string, bool>? isSymbolDefined)
    {
        var builder = new DeviceTreeBuilder(spec, config, isSymbolDefined);
        DeviceTree? tree = builder.BuildTree();
        if (tree is not null && !builder._diagnostics.HasErrors)
        {
            builder._diagnostics.AddRange(DeviceTreeChecker.Check(tree));
        }

        return (builder._diagnostics.HasErrors ? null : tree, builder._diagnostics.Items);
    }

    /// <summary>The shape <paramref name="config"/> selects, or null when it selects none or both.</summary>
    public static DeviceTreeArchitecture? ArchitectureOf(Func<string, string?> config)
    {
        bool arm64 = IsOn(Lookup(config, "ARM64"));
        bool x86 = IsOn(Lookup(config, "X86_64"));
        return arm64 == x86 ? null : arm64 ? DeviceTreeArchitecture.Arm64 : DeviceTreeArchitecture.X86_64;
    }

    private static bool IsOn(string? value) => value is "y" or "m";

    /// <summary>Reads <paramref name="symbol"/>, which must be one of <see cref="ConfigurationSymbols"/>.</summary>
    internal static string? Lookup(Func<string, string?> config, string symbol) =>
        ConfigurationSymbols.Contains(symbol, StringComparer.Ordinal)
            ? config(symbol)
            : throw new InvalidOperationException($"CONFIG_{symbol} is not listed in {nameof(ConfigurationSymbols)}");

    private bool On(string symbol) => IsOn(Lookup(_config, symbol));

    private DeviceTree? BuildTree()
    {
        DeviceTreeArchitecture? architecture = ArchitectureOf(_config);
        if (architecture is null)
        {
            _diagnostics.Error(
                DiagnosticCodes.DeviceTreeUnsupportedArchitecture,
                _spec.Span,
                "devicetree: the configuration sets neither CONFIG_ARM64 nor CONFIG_X86_64 (or both); the stub has no shape");
            return null;
        }

        bool arm64 = architecture == DeviceTreeArchitecture.Arm64;
        if (!arm64)
        {
            foreach (Located<string> key in _spec.Arm64OnlyKeys)
            {
                _diagnostics.Warning(DiagnosticCodes.DeviceTreeArm64OnlyKeyIgnored, key.Span, $"devicetree.{key.Value}: applies to arm64 only; ignored for x86_64");
            }
        }

        IReadOnlyList<CpuSpec> cpus = CheckCpus(arm64, out ulong bootCpu);
        bool numa = NumaNodes();
        bool gic = arm64 && On("ARM_GIC_V3");
        bool psci = arm64 && _spec.Psci.Enabled.Value && (On("HYPERV_VTL_MODE") || cpus.Count > 1);
        bool vmbus = VmbusEnabled();
        bool serial = arm64 && _spec.Serial is not null && SerialEnabled();
        InitrdSpec? initrd = arm64 ? Initrd() : null;

        CheckCoupling(arm64, cpus.Count);
        CheckMemory(arm64);
        CheckMmio(arm64 && gic, serial, vmbus, cpus.Count);
        CheckInterrupts(arm64, serial, vmbus);
        if (initrd is not null)
        {
            CheckInitrd(initrd);
        }

        if (_diagnostics.HasErrors)
        {
            return null;
        }

        var root = new DeviceTreeNode(string.Empty, null, _spec.Span);
        root.Add("#address-cells", DeviceTreeValue.U32(2), _spec.Span)
            .Add("#size-cells", DeviceTreeValue.U32(2), _spec.Span);
        if (_spec.Model is { } model)
        {
            root.Add("model", DeviceTreeValue.String(model.Value), model.Span);
        }
        else
        {
            // The root-node binding requires a model; the most specific compatible names the machine.
            root.Add("model", DeviceTreeValue.String(_spec.Compatible.Value[0]), _spec.Compatible.Span);
        }

        root.Add("compatible", DeviceTreeValue.String(_spec.Compatible.Value.ToArray()), _spec.Compatible.Span);

        if (arm64 && Chosen(initrd) is { } chosen)
        {
            root.AddChild(chosen);
        }

        root.AddChild(Cpus(cpus, arm64, psci, numa));
        if (psci)
        {
            root.AddChild(new DeviceTreeNode("psci", null, _spec.Psci.Span))
                .Add("compatible", DeviceTreeValue.String("arm,psci-0.2"), _spec.Psci.Span)
                .Add("method", DeviceTreeValue.String(_spec.Psci.Method.Value), _spec.Psci.Method.Span);
        }

        foreach (MemoryRangeSpec range in _spec.Memory.OrderBy(m => m.Range.Base))
        {
            DeviceTreeNode memory = root.AddChild(new DeviceTreeNode("memory", Unit(range.Range.Base), range.Span))
                .Add("device_type", DeviceTreeValue.String("memory"), range.Span)
                .Add("reg", DeviceTreeValue.Addresses(2, range.Range.Base, range.Range.Size), range.Span);
            if (numa)
            {
                memory.Add("numa-node-id", DeviceTreeValue.U32(range.NumaNode?.Value ?? 0), range.NumaNode?.Span ?? range.Span);
            }
        }

        DeviceTreeNode? controller = gic ? root.AddChild(Gic(cpus.Count)) : null;
        if (arm64)
        {
            DeviceTreeNode timer = root.AddChild(new DeviceTreeNode("timer", null, _spec.Timer.Span))
                .Add("compatible", DeviceTreeValue.String("arm,armv8-timer"), _spec.Timer.Span);
            AddInterrupt(timer, controller, _spec.Timer.Intid, 8);
            timer.Add("interrupt-names", DeviceTreeValue.String("virt"), _spec.Timer.Span)
                .Add("always-on", DeviceTreeValue.Empty, _spec.Timer.Span);

            if (_spec.Pmu is { } pmuSpec)
            {
                DeviceTreeNode pmu = root.AddChild(new DeviceTreeNode("pmu", null, pmuSpec.Span))
                    .Add("compatible", DeviceTreeValue.String("arm,armv8-pmuv3"), pmuSpec.Span);
                AddInterrupt(pmu, controller, pmuSpec.Intid, 4);
            }
        }

        if (serial && _spec.Serial is { } serialSpec)
        {
            DeviceTreeNode uart = root.AddChild(new DeviceTreeNode("serial", Unit(serialSpec.Base.Value), serialSpec.Span))
                .Add("compatible", DeviceTreeValue.String("arm,sbsa-uart"), serialSpec.Span)
                .Add("reg", DeviceTreeValue.Addresses(2, serialSpec.Base.Value, SerialSpec.Size), serialSpec.Base.Span);
            AddInterrupt(uart, controller, serialSpec.Intid, 4);
            uart.Add("current-speed", DeviceTreeValue.U32(serialSpec.Speed), serialSpec.Span);
        }

        if (vmbus && _spec.Vmbus is { } vmbusSpec)
        {
            root.AddChild(Bus(vmbusSpec, arm64, controller));
        }

        var reservations = _spec.Reserved
            .OrderBy(r => r.Base)
            .Select(r => new DeviceTreeReservation(r.Base, r.Size, r.Span))
            .ToArray();
        return new DeviceTree(root, reservations, (uint)bootCpu);
    }

    private IReadOnlyList<CpuSpec> CheckCpus(bool arm64, out ulong bootCpu)
    {
        IReadOnlyList<CpuSpec> cpus = _spec.Cpus.Cpus;
        bootCpu = cpus.Count > 0 ? cpus[0].Id : 0;
        foreach (CpuSpec cpu in cpus)
        {
            if (arm64 ? (cpu.Id & ~MpidrAffinityMask) != 0 : cpu.Id > uint.MaxValue)
            {
                _diagnostics.Error(
                    DiagnosticCodes.DeviceTreeInvalidCpuId,
                    cpu.Span,
                    arm64
                        ? $"devicetree.cpus: {Hex(cpu.Id)} is not an MPIDR affinity value (only bits 39:32 and 23:0 may be set)"
                        : $"devicetree.cpus: {Hex(cpu.Id)} is not a 32-bit APIC id");
            }
        }

        if (_spec.BootCpu is { } boot)
        {
            if (!cpus.Any(c => c.Id == boot.Value))
            {
                _diagnostics.Error(DiagnosticCodes.DeviceTreeBootCpuMissing, boot.Span, $"devicetree.bootCpu: no CPU has id {Hex(boot.Value)}");
            }

            bootCpu = boot.Value;
        }

        if (Lookup(_config, "NR_CPUS") is { } nrText && DeviceTreeNumber.TryParse(nrText, out ulong nrCpus) && (ulong)cpus.Count > nrCpus)
        {
            _diagnostics.Error(
                DiagnosticCodes.DeviceTreeTooManyCpus,
                _spec.Cpus.Span,
                Invariant($"devicetree.cpus: {cpus.Count} CPUs but CONFIG_NR_CPUS={nrCpus}; the kernel would ignore the rest"));
        }

        return cpus.OrderBy(c => c.Id).ToArray();
    }

    private bool NumaNodes()
    {
        SourceSpan? declared = _spec.Cpus.Cpus.Select(c => c.NumaNode?.Span).FirstOrDefault(s => s is not null)
            ?? _spec.Memory.Select(m => m.NumaNode?.Span).FirstOrDefault(s => s is not null);
        if (declared is null)
        {
            return false;
        }

        if (On("NUMA") || On("OF_NUMA"))
        {
            return true;
        }

        _diagnostics.Info(DiagnosticCodes.DeviceTreeItemOmitted, declared.Value, "devicetree: numa-node-id is left out because CONFIG_NUMA is not set");
        return false;
    }

    private bool VmbusEnabled()
    {
        if (_spec.Vmbus is not { } vmbus)
        {
            return false;
        }

        // 6.18 split the VMBus driver out of HYPERV; where the tree has HYPERV_VMBUS, it decides.
        bool enabled = On("HYPERV_VMBUS") || (On("HYPERV") && !(_isSymbolDefined?.Invoke("HYPERV_VMBUS") ?? false));
        if (!enabled)
        {
            _diagnostics.Error(
                DiagnosticCodes.DeviceTreeVmbusWithoutHyperv,
                vmbus.Span,
                "devicetree.vmbus: declared, but the configuration has neither CONFIG_HYPERV nor CONFIG_HYPERV_VMBUS; no driver would bind it");
        }

        return enabled;
    }

    private bool SerialEnabled()
    {
        if (On("SERIAL_AMBA_PL011"))
        {
            return true;
        }

        _diagnostics.Info(DiagnosticCodes.DeviceTreeItemOmitted, _spec.Serial!.Span, "devicetree.serial: left out because CONFIG_SERIAL_AMBA_PL011 is not set");
        return false;
    }

    private InitrdSpec? Initrd()
    {
        if (_spec.Chosen?.Initrd is not { } initrd)
        {
            return null;
        }

        if (On("BLK_DEV_INITRD"))
        {
            return initrd;
        }

        _diagnostics.Info(DiagnosticCodes.DeviceTreeItemOmitted, initrd.Span, "devicetree.chosen.initrd: left out because CONFIG_BLK_DEV_INITRD is not set");
        return null;
    }

    private void CheckCoupling(bool arm64, int cpuCount)
    {
        if (!arm64)
        {
            return;
        }

        PsciSpec psci = _spec.Psci;
        if (On("HYPERV_VTL_MODE"))
        {
            // The kernel finds Hyper-V through an SMCCC call whose conduit comes from /psci's method.
            if (!psci.Enabled.Value)
            {
                _diagnostics.Error(
                    DiagnosticCodes.DeviceTreeVtlModeWithoutPsci,
                    psci.Enabled.Span,
                    "devicetree.psci: arm64 with CONFIG_HYPERV_VTL_MODE=y needs /psci: the kernel detects Hyper-V over the SMCCC conduit it names");
            }
            else if (!string.Equals(psci.Method.Value, "hvc", StringComparison.Ordinal))
            {
                _diagnostics.Error(
                    DiagnosticCodes.DeviceTreeVtlModeWithoutPsci,
                    psci.Method.Span,
                    $"devicetree.psci.method: '{psci.Method.Value}' under CONFIG_HYPERV_VTL_MODE=y; Hyper-V answers SMCCC calls over 'hvc'");
            }
        }

        if (cpuCount > 1 && !psci.Enabled.Value)
        {
            _diagnostics.Error(
                DiagnosticCodes.DeviceTreeSecondaryCpusWithoutEnableMethod,
                psci.Enabled.Span,
                Invariant($"devicetree.psci: {cpuCount} CPUs but no /psci, so no CPU node can carry enable-method = \"psci\" and the secondaries never start"));
        }
    }

    private void CheckMemory(bool arm64)
    {
        if (arm64 && _spec.Memory.Count == 0)
        {
            _diagnostics.Error(DiagnosticCodes.DeviceTreeNoMemory, _spec.Span, "devicetree: an arm64 tree needs at least one 'memory' range");
        }

        var memory = new List<AddressRangeSpec>();
        foreach (MemoryRangeSpec entry in _spec.Memory)
        {
            if (!ValidRange(entry.Range, "memory"))
            {
                continue;
            }

            if (memory.FirstOrDefault(m => m.Overlaps(entry.Range.Base, entry.Range.End)) is { } other)
            {
                _diagnostics.Error(DiagnosticCodes.DeviceTreeMemoryOverlap, entry.Span, $"devicetree.memory: {Describe(entry.Range)} overlaps {Describe(other)} (line {other.Span.Line})");
            }

            memory.Add(entry.Range);
        }

        var reserved = new List<AddressRangeSpec>();
        foreach (AddressRangeSpec entry in _spec.Reserved)
        {
            if (!ValidRange(entry, "reserved"))
            {
                continue;
            }

            if (_spec.Memory.Count != 0 && !_spec.Memory.Any(m => m.Range.Contains(entry.Base, entry.End)))
            {
                _diagnostics.Error(DiagnosticCodes.DeviceTreeReservationOutsideMemory, entry.Span, $"devicetree.reserved: {Describe(entry)} does not lie inside one memory range");
            }

            if (reserved.FirstOrDefault(r => r.Overlaps(entry.Base, entry.End)) is { } other)
            {
                _diagnostics.Error(DiagnosticCodes.DeviceTreeReservationOverlap, entry.Span, $"devicetree.reserved: {Describe(entry)} overlaps {Describe(other)} (line {other.Span.Line})");
            }

            reserved.Add(entry);
        }
    }

    private void CheckMmio(bool gic, bool serial, bool vmbus, int cpuCount)
    {
        var regions = new List<(string Name, AddressRangeSpec Range)>();
        if (gic)
        {
            GicSpec spec = _spec.Gic;
            ulong expected = GicSpec.RedistributorStride * (ulong)cpuCount;
            ulong redistributorSize = expected;
            if (spec.RedistributorSize is { } size)
            {
                if (size.Value != expected)
                {
                    _diagnostics.Error(
                        DiagnosticCodes.DeviceTreeRedistributorSize,
                        size.Span,
                        Invariant($"devicetree.gic.redistributorSize: {Hex(size.Value)}, but {cpuCount} CPUs need 128 KiB each = {Hex(expected)}"));
                }

                redistributorSize = size.Value;
            }

            regions.Add(("GIC distributor", new AddressRangeSpec(spec.DistributorBase.Value, GicSpec.DistributorSize, spec.DistributorBase.Span)));
            regions.Add(("GIC redistributors", new AddressRangeSpec(spec.RedistributorBase.Value, redistributorSize, spec.RedistributorBase.Span)));
        }

        if (serial && _spec.Serial is { } uart)
        {
            regions.Add(("PL011 UART", new AddressRangeSpec(uart.Base.Value, SerialSpec.Size, uart.Base.Span)));
        }

        if (vmbus && _spec.Vmbus is { } bus)
        {
            if (bus.Mmio.Count is 0 or > 2)
            {
                _diagnostics.Error(
                    DiagnosticCodes.DeviceTreeVmbusWindowCount,
                    bus.MmioSpan,
                    Invariant($"devicetree.vmbus.mmio: {bus.Mmio.Count} windows; VMBus takes one or two (low and high MMIO)"));
            }

            foreach (AddressRangeSpec window in bus.Mmio)
            {
                if (window.Base % PageSize != 0 || window.Size % PageSize != 0)
                {
                    _diagnostics.Error(DiagnosticCodes.DeviceTreeVmbusWindowNotPageAligned, window.Span, $"devicetree.vmbus.mmio: {Describe(window)} is not 4 KiB aligned in base and size");
                }

                if (_spec.Flavor.Value == DeviceTreeFlavor.Upstream && window.Size > uint.MaxValue)
                {
                    _diagnostics.Error(
                        DiagnosticCodes.DeviceTreeVmbusWindowTooLarge,
                        window.Span,
                        $"devicetree.vmbus.mmio: {Describe(window)} is 4 GiB or more, which the binding's #size-cells = <1> cannot express; split it or use flavor: openhcl");
                }

                regions.Add(("VMBus MMIO window", window));
            }
        }

        for (int i = 0; i < regions.Count; i++)
        {
            (string name, AddressRangeSpec range) = regions[i];
            if (!ValidRange(range, name))
            {
                continue;
            }

            if (_spec.Memory.FirstOrDefault(m => m.Range.Overlaps(range.Base, range.End)) is { } ram)
            {
                _diagnostics.Error(DiagnosticCodes.DeviceTreeMmioOverlap, range.Span, $"devicetree: {name} {Describe(range)} overlaps memory {Describe(ram.Range)} (line {ram.Span.Line})");
                continue;
            }

            for (int j = 0; j < i; j++)
            {
                if (regions[j].Range.Overlaps(range.Base, range.End))
                {
                    _diagnostics.Error(
                        DiagnosticCodes.DeviceTreeMmioOverlap,
                        range.Span,
                        $"devicetree: {name} {Describe(range)} overlaps {regions[j].Name} {Describe(regions[j].Range)} (line {regions[j].Range.Span.Line})");
                    break;
                }
            }
        }
    }

    private void CheckInterrupts(bool arm64, bool serial, bool vmbus)
    {
        if (!arm64)
        {
            return;
        }

        RequirePpi(_spec.Timer.Intid, "devicetree.timer.intid");
        if (_spec.Pmu is { } pmu)
        {
            RequirePpi(pmu.Intid, "devicetree.pmu.intid");
        }

        if (vmbus && _spec.Vmbus is { } bus)
        {
            RequirePpi(bus.Intid, "devicetree.vmbus.intid");
        }

        if (serial && _spec.Serial is { } uart && uart.Intid.Value is < 32 or > 1019)
        {
            _diagnostics.Error(DiagnosticCodes.DeviceTreeSpiOutOfRange, uart.Intid.Span, Invariant($"devicetree.serial.pl011.intid: {uart.Intid.Value} is not an SPI (INTID 32..1019)"));
        }
    }

    private void RequirePpi(Located<uint> intid, string where)
    {
        if (intid.Value is < 16 or > 31)
        {
            _diagnostics.Error(DiagnosticCodes.DeviceTreePpiOutOfRange, intid.Span, Invariant($"{where}: {intid.Value} is not a PPI (INTID 16..31)"));
        }
    }

    private void CheckInitrd(InitrdSpec initrd)
    {
        if (initrd.End <= initrd.Start)
        {
            _diagnostics.Error(DiagnosticCodes.DeviceTreeInvalidInitrd, initrd.Span, $"devicetree.chosen.initrd: end {Hex(initrd.End)} is not above start {Hex(initrd.Start)}");
            return;
        }

        if (_spec.Memory.Count != 0 && !_spec.Memory.Any(m => m.Range.Contains(initrd.Start, initrd.End)))
        {
            _diagnostics.Error(
                DiagnosticCodes.DeviceTreeInitrdOutsideMemory,
                initrd.Span,
                $"devicetree.chosen.initrd: [{Hex(initrd.Start)}, {Hex(initrd.End)}) does not lie inside one memory range");
        }

        if (_spec.Reserved.FirstOrDefault(r => r.Overlaps(initrd.Start, initrd.End)) is { } reserved)
        {
            _diagnostics.Error(
                DiagnosticCodes.DeviceTreeInitrdOverlapsReservation,
                initrd.Span,
                $"devicetree.chosen.initrd: [{Hex(initrd.Start)}, {Hex(initrd.End)}) overlaps reservation {Describe(reserved)} (line {reserved.Span.Line})");
        }
    }

    private bool ValidRange(AddressRangeSpec range, string what)
    {
        if (range.Size != 0 && range.End <= (UInt128)ulong.MaxValue + 1)
        {
            return true;
        }

        _diagnostics.Error(
            DiagnosticCodes.DeviceTreeInvalidRange,
            range.Span,
            range.Size == 0 ? $"devicetree: {what} at {Hex(range.Base)} has size 0" : $"devicetree: {what} {Describe(range)} runs past the end of the 64-bit address space");
        return false;
    }

    private DeviceTreeNode? Chosen(InitrdSpec? initrd)
    {
        string? bootargs = _spec.Chosen?.Bootargs;
        if (bootargs is null && initrd is null)
        {
            return null;
        }

        var chosen = new DeviceTreeNode("chosen", null, _spec.Chosen!.Span);
        if (bootargs is not null)
        {
            chosen.Add("bootargs", DeviceTreeValue.String(bootargs), _spec.Chosen.Span);
        }

        if (initrd is not null)
        {
            // One cell when both fit (what chosen.yaml types); the kernel reads either width.
            int cells = initrd.End > uint.MaxValue ? 2 : 1;
            chosen.Add("linux,initrd-start", DeviceTreeValue.Addresses(cells, initrd.Start), initrd.Span)
                .Add("linux,initrd-end", DeviceTreeValue.Addresses(cells, initrd.End), initrd.Span);
        }

        return chosen;
    }

    private DeviceTreeNode Cpus(IReadOnlyList<CpuSpec> cpus, bool arm64, bool psci, bool numa)
    {
        SourceSpan span = _spec.Cpus.Span;
        int addressCells = arm64 ? 2 : 1;
        var node = new DeviceTreeNode("cpus", null, span)
            .Add("#address-cells", DeviceTreeValue.U32((uint)addressCells), span)
            .Add("#size-cells", DeviceTreeValue.U32(0), span);
        foreach (CpuSpec cpu in cpus)
        {
            DeviceTreeNode child = node.AddChild(new DeviceTreeNode("cpu", Unit(cpu.Id), cpu.Span))
                .Add("device_type", DeviceTreeValue.String("cpu"), cpu.Span);
            if (arm64)
            {
                child.Add("compatible", DeviceTreeValue.String("arm,armv8"), cpu.Span);
            }

            child.Add("reg", DeviceTreeValue.Addresses(addressCells, cpu.Id), cpu.Span);
            if (psci && cpus.Count > 1)
            {
                child.Add("enable-method", DeviceTreeValue.String("psci"), _spec.Psci.Span);
            }

            if (numa)
            {
                child.Add("numa-node-id", DeviceTreeValue.U32(cpu.NumaNode?.Value ?? 0), cpu.NumaNode?.Span ?? cpu.Span);
            }
        }

        return node;
    }

    private DeviceTreeNode Gic(int cpuCount)
    {
        GicSpec spec = _spec.Gic;
        ulong redistributorSize = spec.RedistributorSize?.Value ?? GicSpec.RedistributorStride * (ulong)cpuCount;
        var node = new DeviceTreeNode("interrupt-controller", Unit(spec.DistributorBase.Value), spec.Span);
        node.Add("compatible", DeviceTreeValue.String("arm,gic-v3"), spec.Span)
            .Add("#interrupt-cells", DeviceTreeValue.U32(3), spec.Span)
            .Add("#address-cells", DeviceTreeValue.U32(2), spec.Span)
            .Add("#size-cells", DeviceTreeValue.U32(2), spec.Span)
            .Add("ranges", DeviceTreeValue.Empty, spec.Span)
            .Add("interrupt-controller", DeviceTreeValue.Empty, spec.Span)
            .Add("#redistributor-regions", DeviceTreeValue.U32(1), spec.Span)
            .Add("redistributor-stride", DeviceTreeValue.Addresses(2, GicSpec.RedistributorStride), spec.Span)
            .Add(
                "reg",
                DeviceTreeValue.Addresses(2, spec.DistributorBase.Value, GicSpec.DistributorSize, spec.RedistributorBase.Value, redistributorSize),
                spec.DistributorBase.Span);
        return node;
    }

    private DeviceTreeNode Bus(VmbusSpec spec, bool arm64, DeviceTreeNode? controller)
    {
        // Linux creates platform devices only for children of the root or of a simple-bus.
        var bus = new DeviceTreeNode("bus", null, spec.Span)
            .Add("compatible", DeviceTreeValue.String("simple-bus"), spec.Span)
            .Add("#address-cells", DeviceTreeValue.U32(2), spec.Span)
            .Add("#size-cells", DeviceTreeValue.U32(2), spec.Span)
            .Add("ranges", DeviceTreeValue.Empty, spec.Span);

        bool openhcl = _spec.Flavor.Value == DeviceTreeFlavor.OpenHcl;
        int sizeCells = openhcl ? 2 : 1;
        var ranges = new List<DeviceTreeCell>();
        foreach (AddressRangeSpec window in spec.Mmio)
        {
            DeviceTreeValue.AppendAddress(ranges, 2, window.Base);
            DeviceTreeValue.AppendAddress(ranges, 2, window.Base);
            DeviceTreeValue.AppendAddress(ranges, sizeCells, window.Size);
        }

        DeviceTreeNode vmbus = bus.AddChild(new DeviceTreeNode("vmbus", Unit(spec.Mmio[0].Base), spec.Span))
            .Add("compatible", DeviceTreeValue.String("microsoft,vmbus"), spec.Span)
            .Add("#address-cells", DeviceTreeValue.U32(2), spec.Span)
            .Add("#size-cells", DeviceTreeValue.U32((uint)sizeCells), spec.Span)
            .Add("ranges", DeviceTreeValue.FromCells(ranges), spec.MmioSpan);
        if (spec.DmaCoherent)
        {
            vmbus.Add("dma-coherent", DeviceTreeValue.Empty, spec.Span);
        }

        if (arm64)
        {
            AddInterrupt(vmbus, controller, spec.Intid, 1);
        }

        if (openhcl)
        {
            vmbus.Add("microsoft,vtl", DeviceTreeValue.U32(spec.Vtl), spec.Span);
            if (spec.MessageConnectionId is { } connection)
            {
                vmbus.Add("microsoft,message-connection-id", DeviceTreeValue.FromCells(DeviceTreeCell.Hexadecimal(connection)), spec.Span);
            }
        }

        return bus;
    }

    /// <summary>Adds a GIC interrupt as <c>&lt;type number flags&gt;</c>; flags are IRQ_TYPE_* values (1 edge rising, 4 level high, 8 level low).</summary>
    private static void AddInterrupt(DeviceTreeNode node, DeviceTreeNode? controller, Located<uint> intid, uint flags)
    {
        if (controller is not null)
        {
            node.Add("interrupt-parent", DeviceTreeValue.Phandle(controller), intid.Span);
        }

        bool ppi = intid.Value < 32;
        uint number = ppi ? intid.Value - 16 : intid.Value - 32;
        node.Add("interrupts", DeviceTreeValue.FromCells(DeviceTreeCell.Decimal(ppi ? 1u : 0u), DeviceTreeCell.Decimal(number), DeviceTreeCell.Decimal(flags)), intid.Span);
    }

    private static string Unit(ulong address) => address.ToString("x", CultureInfo.InvariantCulture);

    private static string Hex(ulong value) => DeviceTreeNumber.ToHex(value);

    private static string Describe(AddressRangeSpec range) => $"[{Hex(range.Base)}, +{Hex(range.Size)})";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
