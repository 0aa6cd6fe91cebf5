using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>
/// A node: a name, an optional unit address, properties (in the order they are written) and children.
/// Built front to back like libfdt's sequential writer: properties first, then child nodes.
/// </summary>
public sealed class DeviceTreeNode
{
    private readonly List<DeviceTreeProperty> _properties = new();
    private readonly List<DeviceTreeNode> _children = new();
    private readonly HashSet<string> _childNames = new(StringComparer.Ordinal);

    public DeviceTreeNode(string name, string? unitAddress, SourceSpan origin)
    {
        Name = name;
        UnitAddress = unitAddress;
        Origin = origin;
    }

    /// <summary>The node name without unit address (empty for the root).</summary>
    public string Name { get; }

    /// <summary>Lower-case hex without <c>0x</c> and without leading zeros, or null.</summary>
    public string? UnitAddress { get; }

    /// <summary>The profile key the node was derived from.</summary>
    public SourceSpan Origin { get; }

    public DeviceTreeNode? Parent { get; private set; }

    public IReadOnlyList<DeviceTreeProperty> Properties => _properties;

    public IReadOnlyList<DeviceTreeNode> Children => _children;

    /// <summary>The name as it appears in the blob: <c>name@unit</c> or <c>name</c>.</summary>
    public string FullName => UnitAddress is null ? Name : $"{Name}@{UnitAddress}";

    /// <summary>The path from the root, e.g. <c>/cpus/cpu@0</c>.</summary>
    public string Path => Parent is null ? "/" : Parent.Parent is null ? "/" + FullName : Parent.Path + "/" + FullName;

    public DeviceTreeNode Add(string name, DeviceTreeValue value, SourceSpan origin)
    {
        if (_children.Count != 0)
        {
            throw new InvalidOperationException($"{Path}: properties precede child nodes");
        }

        if (Find(name) is not null)
        {
            throw new InvalidOperationException($"{Path}: property '{name}' added twice");
        }

        _properties.Add(new DeviceTreeProperty(name, value, origin));
        return this;
    }

    public DeviceTreeNode AddChild(DeviceTreeNode child)
    {
        if (child.Parent is not null)
        {
            throw new InvalidOperationException($"{child.FullName} already has a parent");
        }

        if (!_childNames.Add(child.FullName))
        {
            throw new InvalidOperationException($"{Path}: two children named {child.FullName}");
        }

        child.Parent = this;
        _children.Add(child);
        return child;
    }

    public DeviceTreeProperty? Find(string name) => _properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    /// <summary>A one-cell numeric property such as <c>#address-cells</c>, or null.</summary>
    public uint? FindU32(string name) =>
        Find(name) is { Value: { Kind: DeviceTreeValueKind.Cells, Cells.Count: 1 } value } && !value.Cells[0].IsReference
            ? value.Cells[0].Number
            : null;
}
