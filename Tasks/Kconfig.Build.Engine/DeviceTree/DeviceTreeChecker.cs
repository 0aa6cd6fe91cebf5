using System.Globalization;
using Kconfig.Build.Engine.Diagnostics;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>
/// Structural checks on a built tree that dtc does not make (or only warns about): unit addresses equal
/// the first address of <c>reg</c>/<c>ranges</c>, address tuples are whole, and every <c>interrupts</c>
/// resolves an interrupt parent whose <c>#interrupt-cells</c> matches. Findings point at the profile key
/// the offending node or property came from.
/// </summary>
public static class DeviceTreeChecker
{
    public static IReadOnlyList<Diagnostic> Check(DeviceTree tree)
    {
        var bag = new DiagnosticBag();
        var inTree = new HashSet<DeviceTreeNode>(tree.Nodes(), ReferenceEqualityComparer.Instance);
        foreach (DeviceTreeNode node in tree.Nodes())
        {
            CheckAddresses(node, bag);
            CheckReferences(node, inTree, bag);
            CheckInterrupts(node, inTree, bag);
        }

        return bag.Items;
    }

    private static void CheckAddresses(DeviceTreeNode node, DiagnosticBag bag)
    {
        if (node.Parent is not { } parent)
        {
            return;
        }

        // Defaults from the Devicetree Specification (2.3.5) when the parent does not say.
        int addressCells = (int)(parent.FindU32("#address-cells") ?? 2);
        int sizeCells = (int)(parent.FindU32("#size-cells") ?? 1);
        if (node.Find("reg") is { } reg)
        {
            int tuple = addressCells + sizeCells;
            if (!WholeTuples(node, reg, tuple, bag))
            {
                return;
            }

            CheckUnitAddress(node, reg, 0, addressCells, "reg", bag);
            return;
        }

        if (node.Find("ranges") is { Value.Kind: DeviceTreeValueKind.Cells } ranges)
        {
            int childAddressCells = (int)(node.FindU32("#address-cells") ?? 2);
            int childSizeCells = (int)(node.FindU32("#size-cells") ?? 1);
            if (WholeTuples(node, ranges, childAddressCells + addressCells + childSizeCells, bag))
            {
                CheckUnitAddress(node, ranges, childAddressCells, addressCells, "ranges", bag);
            }
        }
    }

    private static bool WholeTuples(DeviceTreeNode node, DeviceTreeProperty property, int tuple, DiagnosticBag bag)
    {
        int count = property.Value.Cells.Count;
        if (property.Value.Kind == DeviceTreeValueKind.Cells && tuple > 0 && count > 0 && count % tuple == 0)
        {
            return true;
        }

        bag.Error(
            DiagnosticCodes.DeviceTreeAddressTupleLength,
            property.Origin,
            Invariant($"{node.Path}: '{property.Name}' has {count} cells, not a whole number of {tuple}-cell entries"));
        return false;
    }

    private static void CheckUnitAddress(DeviceTreeNode node, DeviceTreeProperty property, int skip, int addressCells, string what, DiagnosticBag bag)
    {
        if (addressCells is < 1 or > 2)
        {
            return;
        }

        ulong address = 0;
        for (int i = 0; i < addressCells; i++)
        {
            address = (address << 32) | property.Value.Cells[skip + i].Number;
        }

        string expected = address.ToString("x", CultureInfo.InvariantCulture);
        if (!string.Equals(node.UnitAddress, expected, StringComparison.Ordinal))
        {
            bag.Error(
                DiagnosticCodes.DeviceTreeUnitAddressMismatch,
                property.Origin,
                $"{node.Path}: unit address '{node.UnitAddress ?? "(none)"}' differs from the first {what} address '{expected}'");
        }
    }

    private static void CheckReferences(DeviceTreeNode node, HashSet<DeviceTreeNode> inTree, DiagnosticBag bag)
    {
        foreach (DeviceTreeProperty property in node.Properties)
        {
            foreach (DeviceTreeCell cell in property.Value.Cells)
            {
                if (cell.Reference is { } target && !inTree.Contains(target))
                {
                    bag.Error(
                        DiagnosticCodes.DeviceTreeInterruptParentUnresolved,
                        property.Origin,
                        $"{node.Path}: '{property.Name}' refers to {target.FullName}, which is not in the tree");
                }
            }
        }
    }

    private static void CheckInterrupts(DeviceTreeNode node, HashSet<DeviceTreeNode> inTree, DiagnosticBag bag)
    {
        if (node.Find("interrupts") is not { } interrupts)
        {
            return;
        }

        DeviceTreeProperty? parentProperty = null;
        for (DeviceTreeNode? n = node; n is not null && parentProperty is null; n = n.Parent)
        {
            parentProperty = n.Find("interrupt-parent");
        }

        if (parentProperty is not { Value: { Kind: DeviceTreeValueKind.Cells, Cells.Count: 1 } value }
            || value.Cells[0].Reference is not { } controller
            || !inTree.Contains(controller))
        {
            bag.Error(
                DiagnosticCodes.DeviceTreeInterruptParentUnresolved,
                interrupts.Origin,
                $"{node.Path}: 'interrupts' has no interrupt parent (on arm64 the GIC node needs CONFIG_ARM_GIC_V3=y)");
            return;
        }

        uint? cells = controller.FindU32("#interrupt-cells");
        if (controller.Find("interrupt-controller") is null || cells is null or 0)
        {
            bag.Error(
                DiagnosticCodes.DeviceTreeInterruptParentUnresolved,
                interrupts.Origin,
                $"{node.Path}: interrupt parent {controller.Path} is not an interrupt controller with '#interrupt-cells'");
            return;
        }

        int count = interrupts.Value.Cells.Count;
        if (interrupts.Value.Kind != DeviceTreeValueKind.Cells || count == 0 || count % cells.Value != 0)
        {
            bag.Error(
                DiagnosticCodes.DeviceTreeInterruptParentUnresolved,
                interrupts.Origin,
                Invariant($"{node.Path}: 'interrupts' has {count} cells but {controller.Path} has #interrupt-cells = <{cells.Value}>"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
