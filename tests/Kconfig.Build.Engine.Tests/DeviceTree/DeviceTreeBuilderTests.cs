using Kconfig.Build.Engine.DeviceTree;
using Kconfig.Build.Engine.Diagnostics;

namespace Kconfig.Build.Engine.Tests.DeviceTree;

/// <summary>Each semantic check, made to fail by a small profile: the code and the line:col it points at.</summary>
[TestClass]
public sealed class DeviceTreeBuilderTests
{
    [TestMethod]
    public void NeitherArm64NorX86_64IsAnError()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 2 }
              memory:
                - { base: 0x0, size: 1GiB }
            """,
            "KC4100@2:3",
            "ARM64=");
    }

    [TestMethod]
    public void BootCpuMustBeADeclaredCpu()
    {
        AssertErrors(
            """
            devicetree:
              bootCpu: 5
              cpus: { count: 2 }
              memory:
                - { base: 0x0, size: 1GiB }
            """,
            "KC4102@2:3");
    }

    [TestMethod]
    public void CpuCountIsBoundedByNrCpus()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 8 }
              memory:
                - { base: 0x0, size: 1GiB }
            """,
            "KC4103@2:3",
            "NR_CPUS=4");
    }

    [TestMethod]
    public void MpidrWithBitsOutsideTheAffinityFieldsIsRejected()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { ids: [0, 0x100_0000] }
              memory:
                - { base: 0x0, size: 1GiB }
            """,
            "KC4121@2:20");
    }

    [TestMethod]
    public void ApicIdMustFitIn32Bits()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { ids: [0, 0x1_0000_0000] }
            """,
            "KC4121@2:20",
            X86);
    }

    [TestMethod]
    public void MemoryRangesMustNotOverlap()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 2 }
              memory:
                - { base: 0x0, size: 1GiB }
                - { base: 0x1000_0000, size: 1GiB }
            """,
            "KC4105@5:7");
    }

    [TestMethod]
    public void EmptyRangeIsRejected()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 2 }
              memory:
                - { base: 0x0, size: 0 }
            """,
            "KC4122@4:7");
    }

    [TestMethod]
    public void RangePastTheEndOfTheAddressSpaceIsRejected()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 2 }
              memory:
                - { base: 0xffff_ffff_ffff_f000, size: 8KiB }
            """,
            "KC4122@4:7");
    }

    [TestMethod]
    public void Arm64NeedsMemory()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 2 }
            """,
            "KC4128@2:3");
    }

    [TestMethod]
    public void ReservationMustLieInsideOneMemoryRange()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 2 }
              memory:
                - { base: 0x0, size: 1GiB }
              reserved:
                - { base: 0x3ff0_0000, size: 2MiB }
            """,
            "KC4106@6:7");
    }

    [TestMethod]
    public void ReservationsMustNotOverlap()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 2 }
              memory:
                - { base: 0x0, size: 1GiB }
              reserved:
                - { base: 0x1000_0000, size: 2MiB }
                - { base: 0x1010_0000, size: 2MiB }
            """,
            "KC4107@7:7");
    }

    [TestMethod]
    public void GicMustNotOverlapMemory()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 2 }
              memory:
                - { base: 0x0, size: 1GiB }
              gic: { distributor: 0x1000_0000 }
            """,
            "KC4108@5:10");
    }

    [TestMethod]
    public void VmbusWindowMustNotOverlapTheRedistributors()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 2 }
              memory:
                - { base: 0x0, size: 1GiB }
              vmbus:
                mmio:
                  - { base: 0xeff0_0000, size: 1MiB }
            """,
            "KC4108@7:9");
    }

    [TestMethod]
    public void VmbusWindowMustBePageAligned()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 2 }
              memory:
                - { base: 0x0, size: 1GiB }
              vmbus:
                mmio:
                  - { base: 0xf_f000_0800, size: 256MiB }
            """,
            "KC4109@7:9");
    }

    [TestMethod]
    public void VmbusTakesAtMostTwoWindows()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 2 }
              memory:
                - { base: 0x0, size: 1GiB }
              vmbus:
                mmio:
                  - { base: 0xf_f000_0000, size: 4KiB }
                  - { base: 0xf_f100_0000, size: 4KiB }
                  - { base: 0xf_f200_0000, size: 4KiB }
            """,
            "KC4110@6:5");
    }

    [TestMethod]
    public void VmbusNeedsAWindow()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 2 }
              memory:
                - { base: 0x0, size: 1GiB }
              vmbus:
                mmio: []
            """,
            "KC4110@6:5");
    }

    [TestMethod]
    public void UpstreamVmbusWindowMustBeBelow4GiB()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 2 }
              memory:
                - { base: 0x0, size: 1GiB }
              vmbus:
                mmio:
                  - { base: 0x10_0000_0000, size: 4GiB }
            """,
            "KC4126@7:9");
    }

    [TestMethod]
    public void RedistributorRegionIs128KiBPerCpu()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 2 }
              memory:
                - { base: 0x0, size: 1GiB }
              gic: { redistributorSize: 128KiB }
            """,
            "KC4111@5:10");
    }

    [TestMethod]
    public void InterruptsWithoutAnInterruptControllerDoNotResolve()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 2 }
              memory:
                - { base: 0x0, size: 1GiB }
              timer: { intid: 20 }
            """,
            "KC4112@5:12",
            "ARM_GIC_V3=");
    }

    [TestMethod]
    public void MissingGicIsExplainedAtTheTimer()
    {
        const string Yaml = """
            devicetree:
              cpus: { count: 1 }
              memory:
                - { base: 0x0, size: 1GiB }
              timer: { intid: 20 }
            """;
        var (_, diagnostics) = DeviceTreeBuilder.Build(Read(Yaml), DeviceTreeTestInput.Config(DeviceTreeTestInput.Arm64Vtl2, "ARM_GIC_V3="));
        Assert.AreEqual(
            "profile.yaml(5,12): error KC4112: /timer: 'interrupts' has no interrupt parent (on arm64 the GIC node needs CONFIG_ARM_GIC_V3=y)",
            diagnostics.Single().ToCanonicalString());
    }

    [TestMethod]
    public void TimerInterruptMustBeAPpi()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 2 }
              memory:
                - { base: 0x0, size: 1GiB }
              timer: { intid: 40 }
            """,
            "KC4113@5:12");
    }

    [TestMethod]
    public void VmbusInterruptMustBeAPpi()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 2 }
              memory:
                - { base: 0x0, size: 1GiB }
              vmbus:
                mmio: [ { base: 0xf_f000_0000, size: 256MiB } ]
                intid: 15
            """,
            "KC4113@7:5");
    }

    [TestMethod]
    public void UartInterruptMustBeAnSpi()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 2 }
              memory:
                - { base: 0x0, size: 1GiB }
              serial:
                pl011: { base: 0xeffe_c000, intid: 20 }
            """,
            "KC4114@6:33");
    }

    [TestMethod]
    public void InitrdMustLieInsideMemory()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 2 }
              memory:
                - { base: 0x0, size: 1GiB }
              chosen:
                initrd: { start: 0x3ff0_0000, end: 0x4010_0000 }
            """,
            "KC4115@6:5");
    }

    [TestMethod]
    public void InitrdMustNotOverlapAReservation()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 2 }
              memory:
                - { base: 0x0, size: 1GiB }
              reserved:
                - { base: 0x3c00_0000, size: 2MiB }
              chosen:
                initrd: { start: 0x3c00_0000, end: 0x3d00_0000 }
            """,
            "KC4116@8:5");
    }

    [TestMethod]
    public void InitrdEndMustBeAboveStart()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 2 }
              memory:
                - { base: 0x0, size: 1GiB }
              chosen:
                initrd: { start: 0x3d00_0000, end: 0x3d00_0000 }
            """,
            "KC4123@6:5");
    }

    [TestMethod]
    public void VtlModeOnArm64NeedsPsci()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 1 }
              memory:
                - { base: 0x0, size: 1GiB }
              psci: { enabled: false }
            """,
            "KC4117@5:11");
    }

    [TestMethod]
    public void VtlModeOnArm64NeedsTheHvcConduit()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 1 }
              memory:
                - { base: 0x0, size: 1GiB }
              psci: { method: smc }
            """,
            "KC4117@5:11");
    }

    [TestMethod]
    public void SecondaryCpusNeedAnEnableMethod()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 2 }
              memory:
                - { base: 0x0, size: 1GiB }
              psci: { enabled: false }
            """,
            "KC4118@5:11",
            "HYPERV_VTL_MODE=");
    }

    [TestMethod]
    public void VmbusNeedsHyperv()
    {
        AssertErrors(
            """
            devicetree:
              cpus: { count: 2 }
              memory:
                - { base: 0x0, size: 1GiB }
              vmbus:
                mmio: [ { base: 0xf_f000_0000, size: 256MiB } ]
            """,
            "KC4119@5:3",
            "HYPERV=", "HYPERV_VTL_MODE=");
    }

    [TestMethod]
    public void VmbusFollowsHypervVmbusWhereTheTreeHasIt()
    {
        const string Yaml = """
            devicetree:
              cpus: { count: 2 }
              memory:
                - { base: 0x0, size: 1GiB }
              vmbus:
                mmio: [ { base: 0xf_f000_0000, size: 256MiB } ]
            """;
        DeviceTreeSpec spec = Read(Yaml);
        var (tree, diagnostics) = DeviceTreeBuilder.Build(spec, DeviceTreeTestInput.Config(DeviceTreeTestInput.Arm64Vtl2), name => name == "HYPERV_VMBUS");
        Assert.IsNull(tree);
        CollectionAssert.AreEqual(new[] { "KC4119@5:3" }, Located(diagnostics, DiagnosticSeverity.Error));

        (tree, diagnostics) = DeviceTreeBuilder.Build(spec, DeviceTreeTestInput.Config(DeviceTreeTestInput.Arm64Vtl2, "HYPERV_VMBUS=m"), name => name == "HYPERV_VMBUS");
        Assert.AreEqual(0, diagnostics.Count);
        Assert.AreEqual("/bus/vmbus@ff0000000", tree!.Nodes().Single(n => n.Name == "vmbus").Path);
    }

    [TestMethod]
    public void Arm64OnlyKeysWarnOnX86_64AndAreLeftOut()
    {
        const string Yaml = """
            devicetree:
              cpus: { count: 2 }
              gic: { distributor: 0xffff0000 }
              chosen: { bootargs: quiet }
            """;
        var (tree, diagnostics) = DeviceTreeBuilder.Build(Read(Yaml), DeviceTreeTestInput.Config(DeviceTreeTestInput.X86Vtl2));
        CollectionAssert.AreEqual(new[] { "KC4120@3:3", "KC4120@4:3" }, Located(diagnostics, DiagnosticSeverity.Warning));
        Assert.AreEqual(2, diagnostics.Count);
        CollectionAssert.AreEqual(new[] { "/", "/cpus", "/cpus/cpu@0", "/cpus/cpu@1" }, tree!.Nodes().Select(n => n.Path).ToArray());
    }

    [TestMethod]
    public void ItemsTheConfigurationDisablesAreLeftOutWithANote()
    {
        const string Yaml = """
            devicetree:
              cpus: { count: 2, numaNodes: [0, 0] }
              memory:
                - { base: 0x0, size: 1GiB }
              serial:
                pl011: { base: 0xeffe_c000, intid: 33 }
              chosen:
                initrd: { start: 0x3c00_0000, end: 0x3d00_0000 }
            """;
        var (tree, diagnostics) = DeviceTreeBuilder.Build(
            Read(Yaml),
            DeviceTreeTestInput.Config(DeviceTreeTestInput.Arm64Vtl2, "SERIAL_AMBA_PL011=", "BLK_DEV_INITRD=n"));
        Assert.AreEqual("KC4127@2:33, KC4127@6:5, KC4127@8:5", string.Join(", ", Located(diagnostics, DiagnosticSeverity.Info)));
        Assert.AreEqual(3, diagnostics.Count);
        string[] paths = tree!.Nodes().Select(n => n.Path).ToArray();
        CollectionAssert.DoesNotContain(paths, "/serial@effec000");
        CollectionAssert.DoesNotContain(paths, "/chosen");
        Assert.IsFalse(tree.Nodes().Any(n => n.Find("numa-node-id") is not null));
    }

    [TestMethod]
    public void PsciAndEnableMethodFollowVtlModeAndCpuCount()
    {
        const string OneCpu = """
            devicetree:
              cpus: { count: 1 }
              memory:
                - { base: 0x0, size: 1GiB }
            """;
        var (vtl, _) = DeviceTreeBuilder.Build(Read(OneCpu), DeviceTreeTestInput.Config(DeviceTreeTestInput.Arm64Vtl2));
        Assert.IsNotNull(vtl!.Root.Children.SingleOrDefault(n => n.Name == "psci"), "arm64 VTL mode always gets /psci");
        Assert.IsNull(vtl.Nodes().Single(n => n.Name == "cpu").Find("enable-method"), "one CPU needs no enable-method");

        var (plain, _) = DeviceTreeBuilder.Build(Read(OneCpu), DeviceTreeTestInput.Config(DeviceTreeTestInput.Arm64Vtl2, "HYPERV_VTL_MODE="));
        Assert.IsNull(plain!.Root.Children.SingleOrDefault(n => n.Name == "psci"));
    }

    private const string X86 = "X86_64=y";

    internal static DeviceTreeSpec Read(string yaml)
    {
        var (spec, diagnostics) = DeviceTreeSpecReader.Read(DeviceTreeTestInput.Section(yaml), DeviceTreeTestInput.File);
        Assert.AreEqual(string.Empty, string.Join("\n", diagnostics));
        return spec!;
    }

    internal static string[] Located(IEnumerable<Diagnostic> diagnostics, DiagnosticSeverity severity) =>
        diagnostics.Where(d => d.Severity == severity).Select(d => $"{d.Code}@{d.Span.Line}:{d.Span.Column}").ToArray();

    private static void AssertErrors(string yaml, string expected, params string[] overrides)
    {
        string[] config = overrides.Contains(X86)
            ? DeviceTreeTestInput.X86Vtl2
            : DeviceTreeTestInput.Arm64Vtl2;
        var (tree, diagnostics) = DeviceTreeBuilder.Build(Read(yaml), DeviceTreeTestInput.Config(config, overrides.Where(o => o != X86).ToArray()));
        Assert.AreEqual(expected, string.Join(", ", Located(diagnostics, DiagnosticSeverity.Error)), string.Join("\n", diagnostics));
        Assert.IsNull(tree);
        Assert.IsTrue(diagnostics.All(d => d.Span.File == DeviceTreeTestInput.File));
    }
}
