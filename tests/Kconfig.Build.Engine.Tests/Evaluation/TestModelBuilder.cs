using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Tests.Evaluation;

/// <summary>
/// Builds small finalised models by hand, doing what menu_finalize() would: node dependencies include
/// the parents', property conditions include the node's dependencies, select/imply terms carry the
/// selector's location dependencies, and dir_dep is the OR over definitions. For unit tests of the
/// evaluator without the front end.
/// </summary>
internal sealed class TestModelBuilder
{
    private readonly List<Symbol> _symbols = new();
    private readonly Dictionary<string, Symbol> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Symbol> _constants = new(StringComparer.Ordinal);
    private readonly Stack<MenuNode> _parents = new();
    private readonly Stack<Expr?> _visibleIf = new();
    private readonly MenuNode _root;
    private Symbol? _modules;
    private int _line;

    public TestModelBuilder(string? mainMenu = null)
    {
        Yes = NewSymbol("y", SymbolFlags.Constant, SymbolType.Tristate);
        Mod = NewSymbol("m", SymbolFlags.Constant, SymbolType.Tristate);
        No = NewSymbol("n", SymbolFlags.Constant, SymbolType.Tristate);
        _root = new MenuNode(MenuNodeKind.Root, Here());
        _root.Prompt = new Property(PropertyKind.Menu, _root, Here()) { Text = mainMenu ?? "Main menu" };
        _parents.Push(_root);
        _visibleIf.Push(null);
    }

    public Symbol Yes { get; }

    public Symbol Mod { get; }

    public Symbol No { get; }

    /// <summary>A named symbol (created on first use, as sym_lookup() does).</summary>
    public Symbol Sym(string name)
    {
        if (name is "y")
        {
            return Yes;
        }

        if (name is "m")
        {
            return Mod;
        }

        if (name is "n")
        {
            return No;
        }

        if (!_byName.TryGetValue(name, out Symbol? symbol))
        {
            symbol = NewSymbol(name, SymbolFlags.None, SymbolType.Unknown);
            _byName.Add(name, symbol);
        }

        return symbol;
    }

    /// <summary>A constant word or string used as a value (<c>default 5</c>, <c>range 10 20</c>).</summary>
    public Symbol Const(string text)
    {
        if (!_constants.TryGetValue(text, out Symbol? symbol))
        {
            symbol = NewSymbol(text, SymbolFlags.Constant, SymbolType.Unknown);
            _constants.Add(text, symbol);
        }

        return symbol;
    }

    public static Expr E(Symbol symbol) => Expr.Sym(symbol);

    /// <summary>A <c>config</c> entry under the current menu; returns its node.</summary>
    public MenuNode Config(string name, SymbolType type, string? prompt = null, Expr? dependsOn = null, Expr? promptIf = null, bool modules = false)
    {
        Symbol symbol = Sym(name);
        symbol.Type = symbol.Type == SymbolType.Unknown ? type : symbol.Type;
        symbol.Flags |= SymbolFlags.Defined;
        if (modules)
        {
            symbol.Flags |= SymbolFlags.Modules;
            _modules = symbol;
        }

        MenuNode node = AddNode(MenuNodeKind.Config, dependsOn);
        node.Symbol = symbol;
        symbol.Nodes.Add(node);
        symbol.DirectDependency = symbol.Nodes.Count == 1 ? node.Dependency : Expr.OrOptional(symbol.DirectDependency, node.Dependency ?? E(Yes));
        if (prompt is not null)
        {
            var property = new Property(PropertyKind.Prompt, node, Here())
            {
                Text = prompt,
                Visible = Expr.AndOptional(Expr.AndOptional(promptIf, node.Dependency), _visibleIf.Peek()),
            };
            node.Prompt = property;
            symbol.Properties.Add(property);
        }

        if (_parents.Peek().Kind == MenuNodeKind.Choice)
        {
            symbol.ChoiceNode = _parents.Peek();
            _parents.Peek().AddChoiceMember(symbol);
            symbol.DirectDependency = null;
        }

        return node;
    }

    public void Default(MenuNode node, Expr value, Expr? condition = null)
    {
        node.Symbol!.Properties.Add(new Property(PropertyKind.Default, node, Here())
        {
            Expr = value,
            Visible = Expr.AndOptional(condition, node.Dependency),
        });
    }

    public void Range(MenuNode node, Symbol low, Symbol high, Expr? condition = null)
    {
        node.Symbol!.Properties.Add(new Property(PropertyKind.Range, node, Here())
        {
            RangeLow = low,
            RangeHigh = high,
            Visible = Expr.AndOptional(condition, node.Dependency),
        });
    }

    public void Select(MenuNode node, Symbol target, Expr? condition = null) => Reverse(node, target, condition, PropertyKind.Select);

    public void Imply(MenuNode node, Symbol target, Expr? condition = null) => Reverse(node, target, condition, PropertyKind.Imply);

    public MenuNode Menu(string title, Expr? dependsOn = null, Expr? visibleIf = null)
    {
        MenuNode node = AddNode(MenuNodeKind.Menu, dependsOn);
        node.Visibility = visibleIf;
        node.Prompt = new Property(PropertyKind.Menu, node, Here()) { Text = title, Visible = node.Dependency };
        _parents.Push(node);
        _visibleIf.Push(Expr.AndOptional(_visibleIf.Peek(), visibleIf));
        return node;
    }

    public void Comment(string text, Expr? dependsOn = null)
    {
        MenuNode node = AddNode(MenuNodeKind.Comment, dependsOn);
        node.Prompt = new Property(PropertyKind.Comment, node, Here()) { Text = text, Visible = node.Dependency };
    }

    public MenuNode Choice(string prompt, Expr? dependsOn = null)
    {
        Symbol symbol = NewSymbol(null, SymbolFlags.Choice, SymbolType.Bool);
        MenuNode node = AddNode(MenuNodeKind.Choice, dependsOn);
        node.Symbol = symbol;
        symbol.Nodes.Add(node);
        symbol.DirectDependency = node.Dependency;
        var property = new Property(PropertyKind.Prompt, node, Here()) { Text = prompt, Visible = Expr.AndOptional(node.Dependency, _visibleIf.Peek()) };
        node.Prompt = property;
        symbol.Properties.Add(property);
        _parents.Push(node);
        _visibleIf.Push(_visibleIf.Peek());
        return node;
    }

    public void End()
    {
        _parents.Pop();
        _visibleIf.Pop();
    }

    public KconfigModel Build() =>
        new(_root, _symbols, _byName, Yes, Mod, No, _modules, new[] { "Kconfig" }, Array.Empty<KeyValuePair<string, string?>>());

    private void Reverse(MenuNode node, Symbol target, Expr? condition, PropertyKind kind)
    {
        Expr? visible = Expr.AndOptional(condition, node.Dependency);
        node.Symbol!.Properties.Add(new Property(kind, node, Here()) { Expr = E(target), Visible = visible });
        Expr term = Expr.AndOptional(E(node.Symbol!), visible)!;
        if (kind == PropertyKind.Select)
        {
            target.ReverseDependency = Expr.OrOptional(target.ReverseDependency, term);
        }
        else
        {
            target.Implied = Expr.OrOptional(target.Implied, term);
        }
    }

    private MenuNode AddNode(MenuNodeKind kind, Expr? dependsOn)
    {
        MenuNode parent = _parents.Peek();
        var node = new MenuNode(kind, Here())
        {
            Parent = parent,
            Dependency = Expr.AndOptional(parent.Kind == MenuNodeKind.Root ? null : parent.Dependency, dependsOn),
        };
        if (parent.FirstChild is null)
        {
            parent.FirstChild = node;
        }
        else
        {
            MenuNode last = parent.FirstChild;
            while (last.Next is not null)
            {
                last = last.Next;
            }

            last.Next = node;
        }

        return node;
    }

    private Symbol NewSymbol(string? name, SymbolFlags flags, SymbolType type)
    {
        var symbol = new Symbol(name, _symbols.Count, flags) { Type = type };
        _symbols.Add(symbol);
        return symbol;
    }

    private SourceSpan Here() => SourceSpan.AtLine("Kconfig", ++_line);
}
