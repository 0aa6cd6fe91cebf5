namespace Kconfig.Build.Engine.Model;

/// <summary>
/// A Kconfig symbol (<c>struct symbol</c>) as parsed and finalised. Immutable after finalisation:
/// values live in an evaluation's Configuration, indexed by <see cref="Index"/>, so one parsed model
/// can serve several resolutions at once.
/// </summary>
public sealed class Symbol
{
    private readonly List<Property> _properties = new();
    private readonly List<MenuNode> _nodes = new();

    public Symbol(string? name, int index, SymbolFlags flags = SymbolFlags.None)
    {
        Name = name;
        Index = index;
        Flags = flags;
    }

    /// <summary>The name without the CONFIG_ prefix; null for the anonymous symbol of a choice.</summary>
    public string? Name { get; }

    /// <summary>Dense index (0..n-1) into per-configuration value arrays.</summary>
    public int Index { get; }

    public SymbolType Type { get; set; }

    public SymbolFlags Flags { get; set; }

    public bool IsConstant => (Flags & SymbolFlags.Constant) != 0;

    public bool IsChoice => (Flags & SymbolFlags.Choice) != 0;

    public bool IsDefined => (Flags & SymbolFlags.Defined) != 0;

    /// <summary>All properties, in definition order across every location (<c>sym-&gt;prop</c>).</summary>
    public IList<Property> Properties => _properties;

    /// <summary>Every menu node that defines this symbol, in source order (<c>sym-&gt;menus</c>).</summary>
    public IList<MenuNode> Nodes => _nodes;

    // The same lists, typed as what they are, for the engine's loops over every symbol: through IList each
    // foreach boxed an enumerator and each element was an interface call.
    internal List<Property> PropertyList => _properties;

    internal List<MenuNode> NodeList => _nodes;

    /// <summary>Direct dependencies: OR over definition locations of their dependencies (<c>dir_dep</c>).</summary>
    public Expr? DirectDependency { get; set; }

    /// <summary>Reverse dependencies: OR of every selector term (<c>rev_dep</c>).</summary>
    public Expr? ReverseDependency { get; set; }

    /// <summary>Weak reverse dependencies: OR of every imply term (<c>implied</c>).</summary>
    public Expr? Implied { get; set; }

    /// <summary>For a choice member: the menu node of its choice block; otherwise null.</summary>
    public MenuNode? ChoiceNode { get; set; }

    public bool IsChoiceMember => ChoiceNode is not null;

    /// <summary>The <see cref="Expr.Sym"/> node of this symbol, made once (a race makes two equal nodes, which is harmless).</summary>
    internal Expr? SymbolExpr { get; set; }

    public IEnumerable<Property> PropertiesOf(PropertyKind kind)
    {
        foreach (Property p in _properties)
        {
            if (p.Kind == kind)
            {
                yield return p;
            }
        }
    }

    public override string ToString() => Name ?? "<choice>";
}
