using Kconfig.Build.Engine.DeviceTree;
using Kconfig.Build.Engine.Diagnostics;

namespace Kconfig.Build.Engine.Tests.DeviceTree;

/// <summary>The strict schema of the <c>devicetree:</c> section: every mistake is a located error.</summary>
[TestClass]
public sealed class DeviceTreeSpecReaderTests
{
    [TestMethod]
    public void ExampleReadsWithItsValuesAndDefaults()
    {
        var (spec, diagnostics) = DeviceTreeSpecReader.Read(DeviceTreeTestInput.CaseSection("arm64-upstream.yaml"), "arm64.yaml");
        Assert.AreEqual(0, diagnostics.Count);
        Assert.AreEqual(DeviceTreeEmitMode.Auto, spec!.Emit.Value);
        Assert.AreEqual(DeviceTreeOutputs.Dts | DeviceTreeOutputs.Dtb, spec.Outputs.Value);
        Assert.AreEqual(DeviceTreeFlavor.Upstream, spec.Flavor.Value);
        Assert.AreEqual("Hyper-V VTL2 paravisor (arm64)", spec.Model!.Value.Value);
        Assert.AreEqual("0,1", string.Join(",", spec.Cpus.Cpus.Select(c => c.Id)));
        Assert.AreEqual(0x40000000UL, spec.Memory.Single().Range.Size);
        Assert.AreEqual(0x3fe00000UL, spec.Reserved.Single().Base);
        Assert.AreEqual(0xff0000000UL, spec.Vmbus!.Mmio.Single().Base);
        Assert.AreEqual(18U, spec.Vmbus.Intid.Value);
        Assert.AreEqual(2U, spec.Vmbus.Vtl);
        Assert.IsNull(spec.Vmbus.MessageConnectionId);
        Assert.AreEqual(0x3d000000UL, spec.Chosen!.Initrd!.End);
        Assert.AreEqual(115200U, spec.Serial!.Speed);
        Assert.AreEqual("psci,gic,timer,pmu,chosen,serial", string.Join(",", spec.Arm64OnlyKeys.Select(k => k.Value)));
        Assert.AreEqual(new Kconfig.Build.Engine.Text.SourceSpan("arm64.yaml", 3, 3, 3, 6), spec.Emit.Span);
    }

    [TestMethod]
    [DataRow("  colour: red", "KC4001@2:3")]
    [DataRow("  memory:\n    - { base: 0, size: 1GiB, node: 1 }", "KC4001@3:30")]
    [DataRow("  cpus: 2", "KC4002@2:9")]
    [DataRow("  memory: { base: 0, size: 1GiB }", "KC4002@2:11")]
    [DataRow("  memory:\n    - 1GiB", "KC4002@3:7")]
    [DataRow("  model: [a, b]", "KC4002@2:10")]
    [DataRow("  emit: sometimes", "KC4003@2:9")]
    [DataRow("  flavor: OpenHCL", "KC4003@2:11")]
    [DataRow("  outputs: [dts, elf]", "KC4003@2:18")]
    [DataRow("  outputs: []", "KC4003@2:12")]
    [DataRow("  psci: { method: SMC }", "KC4003@2:19")]
    [DataRow("  vmbus:\n    mmio: [ { base: 0x0, size: 4KiB } ]\n    dmaCoherent: yes", "KC4003@4:18")]
    [DataRow("  memory:\n    - { base: 0x0, size: 1GB }", "KC4004@3:26")]
    [DataRow("  memory:\n    - { base: 0x4000_0000_, size: 1GiB }", "KC4004@3:15")]
    [DataRow("  timer: { intid: 0x1_0000_0000 }", "KC4004@2:19")]
    [DataRow("  memory:\n    - { base: 0x0 }", "KC4005@3:7")]
    [DataRow("  pmu: {}", "KC4005@2:3")]
    [DataRow("  serial: { pl011: { intid: 33 } }", "KC4005@2:20")]
    [DataRow("  vmbus: { intid: 18 }", "KC4005@2:3")]
    [DataRow("  chosen: { initrd: { start: 0x0 } }", "KC4005@2:21")]
    [DataRow("  model: \"tab\\there\"", "KC4007@2:10")]
    [DataRow("  compatible: []", "KC4007@2:15")]
    [DataRow("  model: ''", "KC4007@2:10")]
    [DataRow("  outputs: [dts, dts]", "KC4008@2:18")]
    public void SchemaMistakeIsALocatedError(string lines, string expected)
    {
        string yaml = "devicetree:\n" + lines + "\n  cpus: { count: 1 }\n";
        if (lines.StartsWith("  cpus:", StringComparison.Ordinal))
        {
            yaml = "devicetree:\n" + lines + "\n";
        }

        var (spec, diagnostics) = DeviceTreeSpecReader.Read(DeviceTreeTestInput.Section(yaml), DeviceTreeTestInput.File);
        Assert.AreEqual(expected, string.Join(", ", DeviceTreeBuilderTests.Located(diagnostics, DiagnosticSeverity.Error)), string.Join("\n", diagnostics));
        Assert.IsNull(spec);
    }

    [TestMethod]
    [DataRow("  cpus: { count: 2, ids: [0, 1] }", "KC4006@2:21")]
    [DataRow("  cpus: { ids: [0, 1, 0] }", "KC4008@2:23")]
    [DataRow("  cpus: { count: 0 }", "KC4004@2:18")]
    [DataRow("  cpus: { count: 4000000000 }", "KC4004@2:18")]
    [DataRow("  cpus: { ids: [] }", "KC4005@2:16")]
    [DataRow("  cpus: {}", "KC4005@2:3")]
    [DataRow("  cpus: { count: 3, numaNodes: [0, 1] }", "KC4124@2:21")]
    [DataRow("  emit: always", "KC4005@2:3")]
    public void CpuSectionMistakeIsALocatedError(string lines, string expected)
    {
        var (spec, diagnostics) = DeviceTreeSpecReader.Read(DeviceTreeTestInput.Section("devicetree:\n" + lines + "\n"), DeviceTreeTestInput.File);
        Assert.AreEqual(expected, string.Join(", ", DeviceTreeBuilderTests.Located(diagnostics, DiagnosticSeverity.Error)), string.Join("\n", diagnostics));
        Assert.IsNull(spec);
    }

    [TestMethod]
    public void UnknownKeyMessageListsTheKnownKeys()
    {
        var (_, diagnostics) = DeviceTreeSpecReader.Read(DeviceTreeTestInput.Section("devicetree:\n  cpus: { count: 1, threads: 2 }\n"), "p.yaml");
        Assert.AreEqual(
            "p.yaml(2,21): error KC4001: devicetree.cpus: unknown key 'threads' (expected one of: count, ids, numaNodes)",
            diagnostics.Single().ToCanonicalString());
    }

    [TestMethod]
    public void BadSizeMessageShowsTheAcceptedForms()
    {
        var (_, diagnostics) = DeviceTreeSpecReader.Read(
            DeviceTreeTestInput.Section("devicetree:\n  cpus: { count: 1 }\n  reserved:\n    - { base: 0x1000, size: 2MB }\n"),
            "p.yaml");
        Assert.AreEqual(
            "p.yaml(4,29): error KC4004: devicetree.reserved[0].size: '2MB' is not a number (write decimal or 0x hex, '_' between digits, optional KiB/MiB/GiB/TiB; e.g. 1GiB, 0x4000_0000)",
            diagnostics.Single().ToCanonicalString());
    }

    [TestMethod]
    [DataRow("  cpus: ~", "KC4002@2:9")]
    [DataRow("  cpus: { count: 1 }\n  memory: [~]", "KC4002@3:12")]
    [DataRow("  cpus: { count: 1 }\n  vmbus: { mmio: [ [1, 2] ] }", "KC4002@3:20")]
    [DataRow("  cpus: { count: 1 }\n  gic: []", "KC4002@3:8")]
    [DataRow("  cpus: { count: 1 }\n  serial: { pl011: 5 }", "KC4002@3:20")]
    [DataRow("  cpus: { count: 1 }\n  chosen: { initrd: [] }", "KC4002@3:21")]
    [DataRow("  cpus: { count: 1 }\n  compatible: [[a]]", "KC4002@3:16")]
    [DataRow("  cpus: { count: 1 }\n  psci: { enabled: maybe }", "KC4003@3:20")]
    [DataRow("  cpus: { count: 1 }\n  timer: { intid: [] }", "KC4002@3:19")]
    [DataRow("  cpus: { count: 1 }\n  ? [a]\n  : b", "KC4002@3:5")]
    public void MalformedShapesAreLocatedErrorsNotExceptions(string lines, string expected)
    {
        var emission = DeviceTreeEmitter.Emit(
            DeviceTreeTestInput.Section("devicetree:\n" + lines + "\n"),
            DeviceTreeTestInput.File,
            DeviceTreeTestInput.Config(DeviceTreeTestInput.Arm64Vtl2));
        Assert.AreEqual(expected, string.Join(", ", DeviceTreeBuilderTests.Located(emission.Diagnostics, DiagnosticSeverity.Error)), string.Join("\n", emission.Diagnostics));
        Assert.IsFalse(emission.Emitted);
    }
}
