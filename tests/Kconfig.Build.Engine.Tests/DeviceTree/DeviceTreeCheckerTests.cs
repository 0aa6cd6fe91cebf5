using Kconfig.Build.Engine.DeviceTree;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Tests.DeviceTree;

/// <summary>
/// The structural checks on a tree. The builder derives unit addresses and interrupt parents itself, so a
/// profile cannot break these; hand-built trees show each check fires, at the origin of the property.
/// </summary>
[TestClass]
public sealed class DeviceTreeCheckerTests
{
    private static readonly SourceSpan At = SourceSpan.At("profile.yaml", 7, 5);

    [TestMethod]
    public void CpuUnitAddressMustEqualReg()
    {
        DeviceTreeNode root = Root();
        DeviceTreeNode cpus = root.AddChild(new DeviceTreeNode("cpus", null, At))
            .Add("#address-cells", DeviceTreeValue.U32(2), At)
            .Add("#size-cells", DeviceTreeValue.U32(0), At);
        cpus.AddChild(new DeviceTreeNode("cpu", "1", At)).Add("reg", DeviceTreeValue.Addresses(2, 0x100), At);

        Assert.AreEqual(
            "profile.yaml(7,5): error KC4104: /cpus/cpu@1: unit address '1' differs from the first reg address '100'",
            Single(root));
    }

    [TestMethod]
    public void NodeWithRegNeedsAUnitAddress()
    {
        DeviceTreeNode root = Root();
        root.AddChild(new DeviceTreeNode("memory", null, At)).Add("reg", DeviceTreeValue.Addresses(2, 0, 0x1000), At);
        Assert.AreEqual("profile.yaml(7,5): error KC4104: /memory: unit address '(none)' differs from the first reg address '0'", Single(root));
    }

    [TestMethod]
    public void RangesUnitAddressIsTheParentAddressOfTheFirstEntry()
    {
        DeviceTreeNode root = Root();
        root.AddChild(new DeviceTreeNode("vmbus", "f0000000", At))
            .Add("#address-cells", DeviceTreeValue.U32(2), At)
            .Add("#size-cells", DeviceTreeValue.U32(1), At)
            .Add("ranges", DeviceTreeValue.Addresses(1, 0, 0, 0xf, 0xf0000000, 0x1000), At);
        Assert.AreEqual(
            "profile.yaml(7,5): error KC4104: /vmbus@f0000000: unit address 'f0000000' differs from the first ranges address 'ff0000000'",
            Single(root));
    }

    [TestMethod]
    public void RegMustHoldWholeTuples()
    {
        DeviceTreeNode root = Root();
        root.AddChild(new DeviceTreeNode("memory", "0", At)).Add("reg", DeviceTreeValue.Addresses(2, 0), At);
        Assert.AreEqual(
            "profile.yaml(7,5): error KC4125: /memory@0: 'reg' has 2 cells, not a whole number of 4-cell entries",
            Single(root));
    }

    [TestMethod]
    public void InterruptsMustMatchTheParentsInterruptCells()
    {
        DeviceTreeNode root = Root();
        DeviceTreeNode gic = Gic(root, 3);
        root.AddChild(new DeviceTreeNode("timer", null, At))
            .Add("interrupt-parent", DeviceTreeValue.Phandle(gic), At)
            .Add("interrupts", DeviceTreeValue.FromCells(DeviceTreeCell.Decimal(1), DeviceTreeCell.Decimal(4)), At);
        Assert.AreEqual(
            "profile.yaml(7,5): error KC4112: /timer: 'interrupts' has 2 cells but /interrupt-controller@1000 has #interrupt-cells = <3>",
            Single(root));
    }

    [TestMethod]
    public void InterruptParentIsInheritedFromAnAncestor()
    {
        DeviceTreeNode root = Root();
        DeviceTreeNode gic = Gic(root, 1);
        DeviceTreeNode bus = root.AddChild(new DeviceTreeNode("bus", null, At)).Add("interrupt-parent", DeviceTreeValue.Phandle(gic), At);
        bus.AddChild(new DeviceTreeNode("device", null, At)).Add("interrupts", DeviceTreeValue.U32(5), At);
        Assert.AreEqual(0, DeviceTreeChecker.Check(new Kconfig.Build.Engine.DeviceTree.DeviceTree(root, Array.Empty<DeviceTreeReservation>(), 0)).Count);
    }

    [TestMethod]
    public void InterruptParentMustBeAnInterruptController()
    {
        DeviceTreeNode root = Root();
        DeviceTreeNode notController = root.AddChild(new DeviceTreeNode("psci", null, At)).Add("#interrupt-cells", DeviceTreeValue.U32(1), At);
        root.AddChild(new DeviceTreeNode("timer", null, At))
            .Add("interrupt-parent", DeviceTreeValue.Phandle(notController), At)
            .Add("interrupts", DeviceTreeValue.U32(5), At);
        Assert.AreEqual(
            "profile.yaml(7,5): error KC4112: /timer: interrupt parent /psci is not an interrupt controller with '#interrupt-cells'",
            Single(root));
    }

    [TestMethod]
    public void ReferenceOutsideTheTreeIsRejected()
    {
        DeviceTreeNode root = Root();
        var stray = new DeviceTreeNode("interrupt-controller", null, At)
            .Add("interrupt-controller", DeviceTreeValue.Empty, At)
            .Add("#interrupt-cells", DeviceTreeValue.U32(1), At);
        root.AddChild(new DeviceTreeNode("timer", null, At))
            .Add("interrupt-parent", DeviceTreeValue.Phandle(stray), At)
            .Add("interrupts", DeviceTreeValue.U32(5), At);
        var diagnostics = DeviceTreeChecker.Check(new Kconfig.Build.Engine.DeviceTree.DeviceTree(root, Array.Empty<DeviceTreeReservation>(), 0));
        Assert.AreEqual("KC4112@7:5, KC4112@7:5", string.Join(", ", DeviceTreeBuilderTests.Located(diagnostics, DiagnosticSeverity.Error)));
    }

    private static DeviceTreeNode Root() =>
        new DeviceTreeNode(string.Empty, null, At)
            .Add("#address-cells", DeviceTreeValue.U32(2), At)
            .Add("#size-cells", DeviceTreeValue.U32(2), At);

    private static DeviceTreeNode Gic(DeviceTreeNode root, uint cells) =>
        root.AddChild(new DeviceTreeNode("interrupt-controller", "1000", At))
            .Add("#interrupt-cells", DeviceTreeValue.U32(cells), At)
            .Add("interrupt-controller", DeviceTreeValue.Empty, At)
            .Add("reg", DeviceTreeValue.Addresses(2, 0x1000, 0x1000), At);

    private static string Single(DeviceTreeNode root) =>
        DeviceTreeChecker.Check(new Kconfig.Build.Engine.DeviceTree.DeviceTree(root, Array.Empty<DeviceTreeReservation>(), 0)).Single().ToCanonicalString();
}
