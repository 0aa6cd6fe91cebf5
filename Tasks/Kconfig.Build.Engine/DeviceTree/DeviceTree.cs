namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>A complete flattened-tree model: reservations, boot CPU and the root node. Writers never reorder it.</summary>
public sealed class DeviceTree
{
    public DeviceTree(DeviceTreeNode root, IReadOnlyList<DeviceTreeReservation> reservations, uint bootCpuIdPhysical)
    {
        Root = root;
        Reservations = reservations;
        BootCpuIdPhysical = bootCpuIdPhysical;
    }

    public DeviceTreeNode Root { get; }

    public IReadOnlyList<DeviceTreeReservation> Reservations { get; }

    /// <summary>The DTB header's <c>boot_cpuid_phys</c>: the boot CPU's <c>reg</c> (low 32 bits).</summary>
    public uint BootCpuIdPhysical { get; }

    /// <summary>Every node, depth first, parents before children, in document order.</summary>
    public IEnumerable<DeviceTreeNode> Nodes()
    {
        var stack = new Stack<DeviceTreeNode>();
        stack.Push(Root);
        while (stack.Count > 0)
        {
            DeviceTreeNode node = stack.Pop();
            yield return node;
            for (int i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(node.Children[i]);
            }
        }
    }

    /// <summary>
    /// Phandles, assigned 1, 2, ... to referenced nodes in document order. Both writers use this, so the
    /// DTS and the DTB agree.
    /// </summary>
    public IReadOnlyDictionary<DeviceTreeNode, uint> AssignPhandles()
    {
        var referenced = new HashSet<DeviceTreeNode>(ReferenceEqualityComparer.Instance);
        foreach (DeviceTreeNode node in Nodes())
        {
            foreach (DeviceTreeProperty property in node.Properties)
            {
                foreach (DeviceTreeCell cell in property.Value.Cells)
                {
                    if (cell.Reference is { } target)
                    {
                        referenced.Add(target);
                    }
                }
            }
        }

        var phandles = new Dictionary<DeviceTreeNode, uint>(ReferenceEqualityComparer.Instance);
        foreach (DeviceTreeNode node in Nodes())
        {
            if (referenced.Contains(node))
            {
                phandles.Add(node, (uint)phandles.Count + 1);
            }
        }

        return phandles;
    }
}
