using System.Globalization;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Text;
using YamlDotNet.RepresentationModel;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>
/// Reads the <c>devicetree:</c> section of a profile against a strict schema: every key known, every value
/// of the right YAML kind and syntax. Errors point at the offending key or value. Nothing here looks at
/// the configuration; that is <see cref="DeviceTreeBuilder"/>'s job.
/// </summary>
public sealed class DeviceTreeSpecReader
{
    private static readonly string[] TopKeys =
    {
        "emit", "outputs", "flavor", "model", "compatible", "bootCpu", "cpus", "memory", "reserved",
        "psci", "gic", "timer", "pmu", "vmbus", "chosen", "serial",
    };

    /// <summary>
    /// Far above any kernel's NR_CPUS range (arm64 4096, x86 MAXSMP 8192); it only stops a typo such as
    /// <c>count: 4000000000</c> from building billions of nodes.
    /// </summary>
    private const uint MaximumCpuCount = 65536;

    private static readonly string[] Arm64OnlyTopKeys = { "psci", "gic", "timer", "pmu", "chosen", "serial" };

    private readonly string _file;
    private readonly DiagnosticBag _diagnostics = new();

    private DeviceTreeSpecReader(string file)
    {
        _file = file;
    }

    /// <summary>Reads <paramref name="section"/> (the value of <c>devicetree:</c>) from profile <paramref name="file"/>.</summary>
    /// <returns>The spec, or null when any error was reported; and every diagnostic.</returns>
    public static (DeviceTreeSpec? Spec, IReadOnlyList<Diagnostic> Diagnostics) Read(YamlMappingNode section, string file)
    {
        var reader = new DeviceTreeSpecReader(file);
        DeviceTreeSpec? spec = reader.ReadSection(section);
        return (reader._diagnostics.HasErrors ? null : spec, reader._diagnostics.Items);
    }

    private DeviceTreeSpec? ReadSection(YamlMappingNode section)
    {
        SourceSpan sectionSpan = Span(section);
        Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>> keys = Keys(section, TopKeys, "devicetree");

        var emit = new Located<DeviceTreeEmitMode>(DeviceTreeEmitMode.Auto, sectionSpan);
        if (keys.TryGetValue("emit", out var emitEntry))
        {
            emit = new Located<DeviceTreeEmitMode>(
                Word(emitEntry.Value, "devicetree.emit", new[] { ("auto", DeviceTreeEmitMode.Auto), ("always", DeviceTreeEmitMode.Always), ("never", DeviceTreeEmitMode.Never) }, DeviceTreeEmitMode.Auto),
                Span(emitEntry.Key));
        }

        var flavor = new Located<DeviceTreeFlavor>(DeviceTreeFlavor.Upstream, sectionSpan);
        if (keys.TryGetValue("flavor", out var flavorEntry))
        {
            flavor = new Located<DeviceTreeFlavor>(
                Word(flavorEntry.Value, "devicetree.flavor", new[] { ("upstream", DeviceTreeFlavor.Upstream), ("openhcl", DeviceTreeFlavor.OpenHcl) }, DeviceTreeFlavor.Upstream),
                Span(flavorEntry.Key));
        }

        var outputs = new Located<DeviceTreeOutputs>(DeviceTreeOutputs.Dts | DeviceTreeOutputs.Dtb, sectionSpan);
        if (keys.TryGetValue("outputs", out var outputsEntry))
        {
            outputs = new Located<DeviceTreeOutputs>(ReadOutputs(outputsEntry.Value), Span(outputsEntry.Key));
        }

        Located<string>? model = null;
        if (keys.TryGetValue("model", out var modelEntry) && Text(modelEntry.Value, "devicetree.model", allowEmpty: false) is { } modelText)
        {
            model = new Located<string>(modelText, Span(modelEntry.Key));
        }

        var compatible = new Located<IReadOnlyList<string>>(new[] { "microsoft,openvmm" }, sectionSpan);
        if (keys.TryGetValue("compatible", out var compatibleEntry))
        {
            compatible = new Located<IReadOnlyList<string>>(ReadStringList(compatibleEntry.Value, "devicetree.compatible"), Span(compatibleEntry.Key));
        }

        Located<ulong>? bootCpu = null;
        if (keys.TryGetValue("bootCpu", out var bootEntry) && Number(bootEntry.Value, "devicetree.bootCpu") is { } bootId)
        {
            bootCpu = new Located<ulong>(bootId, Span(bootEntry.Key));
        }

        CpuSetSpec cpus = new(Array.Empty<CpuSpec>(), sectionSpan);
        if (keys.TryGetValue("cpus", out var cpusEntry))
        {
            cpus = ReadCpus(cpusEntry.Key, cpusEntry.Value);
        }
        else
        {
            _diagnostics.Error(DiagnosticCodes.DeviceTreeMissingKey, sectionSpan, "devicetree: required key 'cpus' is missing");
        }

        var memory = new List<MemoryRangeSpec>();
        if (keys.TryGetValue("memory", out var memoryEntry))
        {
            int index = 0;
            foreach (YamlMappingNode item in SequenceOfMappings(memoryEntry.Value, "devicetree.memory"))
            {
                string where = $"devicetree.memory[{index++}]";
                var entry = Keys(item, new[] { "base", "size", "numaNode" }, where);
                AddressRangeSpec? range = ReadRange(item, entry, where);
                Located<uint>? numa = null;
                if (entry.TryGetValue("numaNode", out var numaEntry) && UInt32(numaEntry.Value, where + ".numaNode") is { } node)
                {
                    numa = new Located<uint>(node, Span(numaEntry.Key));
                }

                if (range is not null)
                {
                    memory.Add(new MemoryRangeSpec(range, numa));
                }
            }
        }

        var reserved = new List<AddressRangeSpec>();
        if (keys.TryGetValue("reserved", out var reservedEntry))
        {
            int index = 0;
            foreach (YamlMappingNode item in SequenceOfMappings(reservedEntry.Value, "devicetree.reserved"))
            {
                string where = $"devicetree.reserved[{index++}]";
                if (ReadRange(item, Keys(item, new[] { "base", "size" }, where), where) is { } range)
                {
                    reserved.Add(range);
                }
            }
        }

        PsciSpec psci = keys.TryGetValue("psci", out var psciEntry) ? ReadPsci(psciEntry.Key, psciEntry.Value) : PsciSpec.Default(sectionSpan);
        GicSpec gic = keys.TryGetValue("gic", out var gicEntry) ? ReadGic(gicEntry.Key, gicEntry.Value) : GicSpec.Default(sectionSpan);
        InterruptSpec timer = keys.TryGetValue("timer", out var timerEntry)
            ? ReadInterrupt(timerEntry.Key, timerEntry.Value, "devicetree.timer", 20)
            : new InterruptSpec(new Located<uint>(20, sectionSpan), sectionSpan);
        InterruptSpec? pmu = keys.TryGetValue("pmu", out var pmuEntry) ? ReadInterrupt(pmuEntry.Key, pmuEntry.Value, "devicetree.pmu", null) : null;
        VmbusSpec? vmbus = keys.TryGetValue("vmbus", out var vmbusEntry) ? ReadVmbus(vmbusEntry.Key, vmbusEntry.Value) : null;
        ChosenSpec? chosen = keys.TryGetValue("chosen", out var chosenEntry) ? ReadChosen(chosenEntry.Key, chosenEntry.Value) : null;
        SerialSpec? serial = keys.TryGetValue("serial", out var serialEntry) ? ReadSerial(serialEntry.Key, serialEntry.Value) : null;

        var arm64Only = new List<Located<string>>();
        foreach (string key in Arm64OnlyTopKeys)
        {
            if (keys.TryGetValue(key, out var entry))
            {
                arm64Only.Add(new Located<string>(key, Span(entry.Key)));
            }
        }

        return new DeviceTreeSpec
        {
            File = _file,
            Span = sectionSpan,
            Emit = emit,
            Outputs = outputs,
            Flavor = flavor,
            Model = model,
            Compatible = compatible,
            BootCpu = bootCpu,
            Cpus = cpus,
            Memory = memory,
            Reserved = reserved,
            Psci = psci,
            Gic = gic,
            Timer = timer,
            Pmu = pmu,
            Vmbus = vmbus,
            Chosen = chosen,
            Serial = serial,
            Arm64OnlyKeys = arm64Only,
        };
    }

    private DeviceTreeOutputs ReadOutputs(YamlNode node)
    {
        var outputs = DeviceTreeOutputs.None;
        if (Sequence(node, "devicetree.outputs") is not { } sequence)
        {
            return outputs;
        }

        foreach (YamlNode item in sequence.Children)
        {
            DeviceTreeOutputs one = Word(item, "devicetree.outputs", new[] { ("dts", DeviceTreeOutputs.Dts), ("dtb", DeviceTreeOutputs.Dtb) }, DeviceTreeOutputs.None);
            if (one != DeviceTreeOutputs.None && (outputs & one) != 0)
            {
                _diagnostics.Error(DiagnosticCodes.DeviceTreeDuplicateEntry, Span(item), $"devicetree.outputs: '{((YamlScalarNode)item).Value}' is listed twice");
            }

            outputs |= one;
        }

        if (sequence.Children.Count == 0)
        {
            _diagnostics.Error(DiagnosticCodes.DeviceTreeInvalidEnumValue, Span(node), "devicetree.outputs: list at least one of 'dts', 'dtb'");
        }

        return outputs;
    }

    private CpuSetSpec ReadCpus(YamlScalarNode key, YamlNode value)
    {
        SourceSpan keySpan = Span(key);
        var cpus = new List<CpuSpec>();
        if (Mapping(value, "devicetree.cpus") is not { } map)
        {
            return new CpuSetSpec(cpus, keySpan);
        }

        var keys = Keys(map, new[] { "count", "ids", "numaNodes" }, "devicetree.cpus");
        bool hasCount = keys.TryGetValue("count", out var countEntry);
        bool hasIds = keys.TryGetValue("ids", out var idsEntry);
        if (hasCount && hasIds)
        {
            _diagnostics.Error(DiagnosticCodes.DeviceTreeConflictingKeys, Span(idsEntry.Key), "devicetree.cpus: give either 'count' or 'ids', not both");
            return new CpuSetSpec(cpus, keySpan);
        }

        var ids = new List<(ulong Id, SourceSpan Span)>();
        if (hasCount)
        {
            if (UInt32(countEntry.Value, "devicetree.cpus.count") is { } count)
            {
                if (count is 0 or > MaximumCpuCount)
                {
                    _diagnostics.Error(
                        DiagnosticCodes.DeviceTreeInvalidNumber,
                        Span(countEntry.Value),
                        string.Create(CultureInfo.InvariantCulture, $"devicetree.cpus.count: must be 1..{MaximumCpuCount}"));
                    count = 0;
                }

                for (uint i = 0; i < count; i++)
                {
                    ids.Add((i, Span(countEntry.Key)));
                }
            }
        }
        else if (hasIds)
        {
            if (Sequence(idsEntry.Value, "devicetree.cpus.ids") is { } sequence)
            {
                if (sequence.Children.Count == 0)
                {
                    _diagnostics.Error(DiagnosticCodes.DeviceTreeMissingKey, Span(idsEntry.Value), "devicetree.cpus.ids: list at least one CPU id");
                }

                var seen = new HashSet<ulong>();
                foreach (YamlNode item in sequence.Children)
                {
                    if (Number(item, "devicetree.cpus.ids") is { } id)
                    {
                        if (!seen.Add(id))
                        {
                            _diagnostics.Error(DiagnosticCodes.DeviceTreeDuplicateEntry, Span(item), $"devicetree.cpus.ids: CPU id {DeviceTreeNumber.ToHex(id)} is listed twice");
                        }

                        ids.Add((id, Span(item)));
                    }
                }
            }
        }
        else
        {
            _diagnostics.Error(DiagnosticCodes.DeviceTreeMissingKey, keySpan, "devicetree.cpus: give 'count' or 'ids'");
        }

        var numa = new List<Located<uint>>();
        if (keys.TryGetValue("numaNodes", out var numaEntry) && Sequence(numaEntry.Value, "devicetree.cpus.numaNodes") is { } numaSequence)
        {
            foreach (YamlNode item in numaSequence.Children)
            {
                if (UInt32(item, "devicetree.cpus.numaNodes") is { } node)
                {
                    numa.Add(new Located<uint>(node, Span(item)));
                }
            }

            if (numaSequence.Children.Count != ids.Count)
            {
                _diagnostics.Error(
                    DiagnosticCodes.DeviceTreeNumaNodeCount,
                    Span(numaEntry.Key),
                    string.Create(CultureInfo.InvariantCulture, $"devicetree.cpus.numaNodes: {numaSequence.Children.Count} entries for {ids.Count} CPUs; give one per CPU"));
            }
        }

        for (int i = 0; i < ids.Count; i++)
        {
            cpus.Add(new CpuSpec(ids[i].Id, i < numa.Count ? numa[i] : null, ids[i].Span));
        }

        return new CpuSetSpec(cpus, keySpan);
    }

    private PsciSpec ReadPsci(YamlScalarNode key, YamlNode value)
    {
        SourceSpan keySpan = Span(key);
        var enabled = new Located<bool>(true, keySpan);
        var method = new Located<string>("hvc", keySpan);
        if (Mapping(value, "devicetree.psci") is { } map)
        {
            var keys = Keys(map, new[] { "enabled", "method" }, "devicetree.psci");
            if (keys.TryGetValue("enabled", out var enabledEntry))
            {
                enabled = new Located<bool>(Bool(enabledEntry.Value, "devicetree.psci.enabled") ?? true, Span(enabledEntry.Key));
            }

            if (keys.TryGetValue("method", out var methodEntry))
            {
                method = new Located<string>(Word(methodEntry.Value, "devicetree.psci.method", new[] { ("hvc", "hvc"), ("smc", "smc") }, "hvc"), Span(methodEntry.Key));
            }
        }

        return new PsciSpec(enabled, method, keySpan);
    }

    private GicSpec ReadGic(YamlScalarNode key, YamlNode value)
    {
        SourceSpan keySpan = Span(key);
        GicSpec gic = GicSpec.Default(keySpan);
        if (Mapping(value, "devicetree.gic") is not { } map)
        {
            return gic;
        }

        var keys = Keys(map, new[] { "distributor", "redistributors", "redistributorSize" }, "devicetree.gic");
        if (keys.TryGetValue("distributor", out var dist) && Number(dist.Value, "devicetree.gic.distributor") is { } distBase)
        {
            gic = gic with { DistributorBase = new Located<ulong>(distBase, Span(dist.Key)) };
        }

        if (keys.TryGetValue("redistributors", out var redist) && Number(redist.Value, "devicetree.gic.redistributors") is { } redistBase)
        {
            gic = gic with { RedistributorBase = new Located<ulong>(redistBase, Span(redist.Key)) };
        }

        if (keys.TryGetValue("redistributorSize", out var size) && Number(size.Value, "devicetree.gic.redistributorSize") is { } redistSize)
        {
            gic = gic with { RedistributorSize = new Located<ulong>(redistSize, Span(size.Key)) };
        }

        return gic;
    }

    private InterruptSpec ReadInterrupt(YamlScalarNode key, YamlNode value, string where, uint? defaultIntid)
    {
        SourceSpan keySpan = Span(key);
        var intid = new Located<uint>(defaultIntid ?? 0, keySpan);
        if (Mapping(value, where) is { } map)
        {
            var keys = Keys(map, new[] { "intid" }, where);
            if (keys.TryGetValue("intid", out var entry))
            {
                if (UInt32(entry.Value, where + ".intid") is { } number)
                {
                    intid = new Located<uint>(number, Span(entry.Key));
                }
            }
            else if (defaultIntid is null)
            {
                _diagnostics.Error(DiagnosticCodes.DeviceTreeMissingKey, keySpan, $"{where}: required key 'intid' is missing");
            }
        }

        return new InterruptSpec(intid, keySpan);
    }

    private VmbusSpec? ReadVmbus(YamlScalarNode key, YamlNode value)
    {
        SourceSpan keySpan = Span(key);
        if (Mapping(value, "devicetree.vmbus") is not { } map)
        {
            return null;
        }

        var keys = Keys(map, new[] { "mmio", "intid", "dmaCoherent", "vtl", "messageConnectionId" }, "devicetree.vmbus");
        var mmio = new List<AddressRangeSpec>();
        SourceSpan mmioSpan = keySpan;
        if (keys.TryGetValue("mmio", out var mmioEntry))
        {
            mmioSpan = Span(mmioEntry.Key);
            int index = 0;
            foreach (YamlMappingNode item in SequenceOfMappings(mmioEntry.Value, "devicetree.vmbus.mmio"))
            {
                string where = $"devicetree.vmbus.mmio[{index++}]";
                if (ReadRange(item, Keys(item, new[] { "base", "size" }, where), where) is { } range)
                {
                    mmio.Add(range);
                }
            }
        }
        else
        {
            _diagnostics.Error(DiagnosticCodes.DeviceTreeMissingKey, keySpan, "devicetree.vmbus: required key 'mmio' is missing");
        }

        var intid = new Located<uint>(VmbusSpec.DefaultIntid, keySpan);
        if (keys.TryGetValue("intid", out var intidEntry) && UInt32(intidEntry.Value, "devicetree.vmbus.intid") is { } number)
        {
            intid = new Located<uint>(number, Span(intidEntry.Key));
        }

        bool dmaCoherent = true;
        if (keys.TryGetValue("dmaCoherent", out var dmaEntry))
        {
            dmaCoherent = Bool(dmaEntry.Value, "devicetree.vmbus.dmaCoherent") ?? true;
        }

        uint vtl = 2;
        if (keys.TryGetValue("vtl", out var vtlEntry))
        {
            vtl = UInt32(vtlEntry.Value, "devicetree.vmbus.vtl") ?? 2;
        }

        uint? connection = null;
        if (keys.TryGetValue("messageConnectionId", out var connectionEntry))
        {
            connection = UInt32(connectionEntry.Value, "devicetree.vmbus.messageConnectionId");
        }

        return new VmbusSpec(mmio, mmioSpan, intid, dmaCoherent, vtl, connection, keySpan);
    }

    private ChosenSpec? ReadChosen(YamlScalarNode key, YamlNode value)
    {
        SourceSpan keySpan = Span(key);
        if (Mapping(value, "devicetree.chosen") is not { } map)
        {
            return null;
        }

        var keys = Keys(map, new[] { "bootargs", "initrd" }, "devicetree.chosen");
        string? bootargs = null;
        if (keys.TryGetValue("bootargs", out var bootargsEntry))
        {
            bootargs = Text(bootargsEntry.Value, "devicetree.chosen.bootargs", allowEmpty: true);
        }

        InitrdSpec? initrd = null;
        if (keys.TryGetValue("initrd", out var initrdEntry) && Mapping(initrdEntry.Value, "devicetree.chosen.initrd") is { } initrdMap)
        {
            var initrdKeys = Keys(initrdMap, new[] { "start", "end" }, "devicetree.chosen.initrd");
            ulong? start = RequiredNumber(initrdMap, initrdKeys, "start", "devicetree.chosen.initrd");
            ulong? end = RequiredNumber(initrdMap, initrdKeys, "end", "devicetree.chosen.initrd");
            if (start is not null && end is not null)
            {
                initrd = new InitrdSpec(start.Value, end.Value, Span(initrdEntry.Key));
            }
        }

        return new ChosenSpec(bootargs, initrd, keySpan);
    }

    private SerialSpec? ReadSerial(YamlScalarNode key, YamlNode value)
    {
        if (Mapping(value, "devicetree.serial") is not { } map)
        {
            return null;
        }

        var keys = Keys(map, new[] { "pl011" }, "devicetree.serial");
        if (!keys.TryGetValue("pl011", out var pl011Entry))
        {
            _diagnostics.Error(DiagnosticCodes.DeviceTreeMissingKey, Span(key), "devicetree.serial: required key 'pl011' is missing");
            return null;
        }

        if (Mapping(pl011Entry.Value, "devicetree.serial.pl011") is not { } pl011)
        {
            return null;
        }

        const string where = "devicetree.serial.pl011";
        var pl011Keys = Keys(pl011, new[] { "base", "intid", "speed" }, where);
        ulong? baseAddress = RequiredNumber(pl011, pl011Keys, "base", where);
        uint? intid = null;
        if (pl011Keys.TryGetValue("intid", out var intidEntry))
        {
            intid = UInt32(intidEntry.Value, where + ".intid");
        }
        else
        {
            _diagnostics.Error(DiagnosticCodes.DeviceTreeMissingKey, Span(pl011), $"{where}: required key 'intid' is missing");
        }

        uint speed = 115200;
        if (pl011Keys.TryGetValue("speed", out var speedEntry))
        {
            speed = UInt32(speedEntry.Value, where + ".speed") ?? speed;
        }

        if (baseAddress is null || intid is null)
        {
            return null;
        }

        return new SerialSpec(
            new Located<ulong>(baseAddress.Value, Span(pl011Keys["base"].Key)),
            new Located<uint>(intid.Value, Span(intidEntry.Key)),
            speed,
            Span(pl011Entry.Key));
    }

    private AddressRangeSpec? ReadRange(YamlMappingNode map, Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>> keys, string where)
    {
        ulong? baseAddress = RequiredNumber(map, keys, "base", where);
        ulong? size = RequiredNumber(map, keys, "size", where);
        return baseAddress is null || size is null ? null : new AddressRangeSpec(baseAddress.Value, size.Value, Span(map));
    }

    private ulong? RequiredNumber(YamlMappingNode map, Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>> keys, string key, string where)
    {
        if (keys.TryGetValue(key, out var entry))
        {
            return Number(entry.Value, $"{where}.{key}");
        }

        _diagnostics.Error(DiagnosticCodes.DeviceTreeMissingKey, Span(map), $"{where}: required key '{key}' is missing");
        return null;
    }

    private Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>> Keys(YamlMappingNode map, string[] allowed, string where)
    {
        var result = new Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>>(StringComparer.Ordinal);
        foreach (KeyValuePair<YamlNode, YamlNode> pair in map.Children)
        {
            if (pair.Key is not YamlScalarNode { Value: { } name } scalar)
            {
                _diagnostics.Error(DiagnosticCodes.DeviceTreeWrongYamlType, Span(pair.Key), $"{where}: keys must be plain names");
                continue;
            }

            if (Array.IndexOf(allowed, name) < 0)
            {
                _diagnostics.Error(
                    DiagnosticCodes.DeviceTreeUnknownKey,
                    Span(scalar),
                    $"{where}: unknown key '{name}' (expected one of: {string.Join(", ", allowed)})");
                continue;
            }

            if (result.ContainsKey(name))
            {
                _diagnostics.Error(DiagnosticCodes.DeviceTreeDuplicateEntry, Span(scalar), $"{where}: key '{name}' is given twice");
                continue;
            }

            result.Add(name, new KeyValuePair<YamlScalarNode, YamlNode>(scalar, pair.Value));
        }

        return result;
    }

    private IEnumerable<YamlMappingNode> SequenceOfMappings(YamlNode node, string where)
    {
        if (Sequence(node, where) is not { } sequence)
        {
            yield break;
        }

        int index = 0;
        foreach (YamlNode item in sequence.Children)
        {
            if (Mapping(item, $"{where}[{index++}]") is { } map)
            {
                yield return map;
            }
        }
    }

    private YamlMappingNode? Mapping(YamlNode node, string where)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }

        _diagnostics.Error(DiagnosticCodes.DeviceTreeWrongYamlType, Span(node), $"{where}: expected a mapping, found {Describe(node)}");
        return null;
    }

    private YamlSequenceNode? Sequence(YamlNode node, string where)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        _diagnostics.Error(DiagnosticCodes.DeviceTreeWrongYamlType, Span(node), $"{where}: expected a sequence, found {Describe(node)}");
        return null;
    }

    private YamlScalarNode? Scalar(YamlNode node, string where)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar;
        }

        _diagnostics.Error(DiagnosticCodes.DeviceTreeWrongYamlType, Span(node), $"{where}: expected a scalar, found {Describe(node)}");
        return null;
    }

    private ulong? Number(YamlNode node, string where)
    {
        if (Scalar(node, where) is not { } scalar)
        {
            return null;
        }

        string text = scalar.Value ?? string.Empty;
        if (DeviceTreeNumber.TryParse(text, out ulong value))
        {
            return value;
        }

        _diagnostics.Error(
            DiagnosticCodes.DeviceTreeInvalidNumber,
            Span(node),
            $"{where}: '{text}' is not a number (write decimal or 0x hex, '_' between digits, optional KiB/MiB/GiB/TiB; e.g. 1GiB, 0x4000_0000)");
        return null;
    }

    private uint? UInt32(YamlNode node, string where)
    {
        if (Number(node, where) is not { } value)
        {
            return null;
        }

        if (value > uint.MaxValue)
        {
            _diagnostics.Error(DiagnosticCodes.DeviceTreeInvalidNumber, Span(node), $"{where}: {DeviceTreeNumber.ToHex(value)} does not fit in 32 bits");
            return null;
        }

        return (uint)value;
    }

    private bool? Bool(YamlNode node, string where) =>
        Scalar(node, where) is null ? null : Word<bool?>(node, where, new (string, bool?)[] { ("true", true), ("false", false) }, null);

    private T Word<T>(YamlNode node, string where, (string Word, T Value)[] words, T fallback)
    {
        if (Scalar(node, where) is not { } scalar)
        {
            return fallback;
        }

        foreach ((string word, T value) in words)
        {
            if (string.Equals(scalar.Value, word, StringComparison.Ordinal))
            {
                return value;
            }
        }

        _diagnostics.Error(
            DiagnosticCodes.DeviceTreeInvalidEnumValue,
            Span(node),
            $"{where}: '{scalar.Value}' is not one of: {string.Join(", ", words.Select(w => w.Word))}");
        return fallback;
    }

    private string? Text(YamlNode node, string where, bool allowEmpty)
    {
        if (Scalar(node, where) is not { } scalar)
        {
            return null;
        }

        string text = scalar.Value ?? string.Empty;
        if (text.Length == 0 && !allowEmpty)
        {
            _diagnostics.Error(DiagnosticCodes.DeviceTreeInvalidString, Span(node), $"{where}: must not be empty");
            return null;
        }

        foreach (char c in text)
        {
            // DTB strings are NUL-terminated bytes and dtc guesses types from them; keep to printable ASCII.
            if (c is < ' ' or > '~')
            {
                _diagnostics.Error(
                    DiagnosticCodes.DeviceTreeInvalidString,
                    Span(node),
                    string.Create(CultureInfo.InvariantCulture, $"{where}: character U+{(int)c:X4} is not printable ASCII"));
                return null;
            }
        }

        return text;
    }

    private IReadOnlyList<string> ReadStringList(YamlNode node, string where)
    {
        if (node is YamlScalarNode)
        {
            return Text(node, where, allowEmpty: false) is { } single ? new[] { single } : Array.Empty<string>();
        }

        var list = new List<string>();
        if (Sequence(node, where) is { } sequence)
        {
            foreach (YamlNode item in sequence.Children)
            {
                if (Text(item, where, allowEmpty: false) is { } text)
                {
                    list.Add(text);
                }
            }

            if (sequence.Children.Count == 0)
            {
                _diagnostics.Error(DiagnosticCodes.DeviceTreeInvalidString, Span(node), $"{where}: list at least one string");
            }
        }

        return list;
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a sequence",
        YamlScalarNode scalar => $"the scalar '{scalar.Value}'",
        _ => "an alias",
    };

    private SourceSpan Span(YamlNode node) => YamlSpan.Of(_file, node);
}
