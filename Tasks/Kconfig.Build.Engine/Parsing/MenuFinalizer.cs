using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Lexing;
using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Engine.Parsing;

/// <summary>
/// menu_finalize(): propagates dependencies down the menu tree (with rewrite_m and the same
/// simplifications as expr.c, which shape the text of later warnings), ANDs them into every property
/// condition, builds reverse dependencies from select and imply, direct dependencies from every
/// definition location, creates implicit submenus under symbols, flattens <c>if</c> blocks, and
/// checks each symbol's properties once (sym_check_prop).
/// </summary>
internal sealed class MenuFinalizer
{
    private readonly ExprSimplifier _simplifier;
    private readonly SymbolTable _symbols;
    private readonly Symbol _modules;
    private readonly FrontEndLog _log;
    // By symbol index: a HashSet<Symbol> hashed every symbol by identity, a tenth of the whole front end.
    private bool[] _checked;

    public MenuFinalizer(ExprSimplifier simplifier, SymbolTable symbols, Symbol modules, FrontEndLog log)
    {
        _simplifier = simplifier;
        _symbols = symbols;
        _modules = modules;
        _log = log;
        _checked = new bool[symbols.All.Count];
    }

    // Expressions are immutable: a subtree without a literal m is shared, not copied (conf copies because it
    // edits expressions in place).
    private Expr RewriteTwo(Expr e)
    {
        Expr left = RewriteM(e.Left)!;
        Expr right = RewriteM(e.Right)!;
        return ReferenceEquals(left, e.Left) && ReferenceEquals(right, e.Right) ? e
            : e.Kind == ExprKind.And ? Expr.And(left, right) : Expr.Or(left, right);
    }

    public void Finalize(MenuNode root) => FinalizeNode(root, insideChoice: false);

    // rewrite_m(): a literal m in a condition becomes "m && MODULES", so it is n without modules.
    private Expr? RewriteM(Expr? e)
    {
        if (e is null)
        {
            return null;
        }

        return e.Kind switch
        {
            ExprKind.Not => RewriteM(e.Left) is var operand && ReferenceEquals(operand, e.Left) ? e : Expr.Not(operand!),
            ExprKind.And or ExprKind.Or => RewriteTwo(e),
            ExprKind.Symbol when e.Symbol == _symbols.Mod => Expr.And(e, Expr.Sym(_modules)),
            _ => e,
        };
    }

    private void FinalizeNode(MenuNode parent, bool insideChoice)
    {
        Symbol? symbol = parent.Symbol;
        if (parent.FirstChild is not null)
        {
            for (MenuNode? menu = parent.FirstChild; menu is not null; menu = menu.Next)
            {
                Expr? baseDependency = _simplifier.Transform(RewriteM(menu.Dependency));
                baseDependency = _simplifier.EliminateDups(Expr.AndOptional(parent.Dependency, baseDependency));
                menu.Dependency = baseDependency;

                // Indexed over the symbol's list itself: an enumerator boxed through IList for each of ~40 000
                // menu nodes, and a one-element array per symbol-less node, were most of what this loop allocated.
                List<Property>? properties = menu.Symbol?.PropertyList;
                int count = properties?.Count ?? (menu.Prompt is not null ? 1 : 0);
                for (int i = 0; i < count; i++)
                {
                    Property property = properties is not null ? properties[i] : menu.Prompt!;
                    if (property.Node != menu)
                    {
                        continue;
                    }

                    Expr? dependency = _simplifier.Transform(RewriteM(property.Visible));
                    dependency = _simplifier.EliminateDups(Expr.AndOptional(baseDependency, dependency));
                    property.Visible = dependency;

                    if (property.Kind == PropertyKind.Select)
                    {
                        Symbol target = property.Target!;
                        target.ReverseDependency = Expr.OrOptional(target.ReverseDependency, Expr.AndOptional(Expr.Sym(menu.Symbol!), dependency));
                    }
                    else if (property.Kind == PropertyKind.Imply)
                    {
                        Symbol target = property.Target!;
                        target.Implied = Expr.OrOptional(target.Implied, Expr.AndOptional(Expr.Sym(menu.Symbol!), dependency));
                    }
                }
            }

            bool childrenInChoice = symbol is not null && symbol.IsChoice;
            for (MenuNode? menu = parent.FirstChild; menu is not null; menu = menu.Next)
            {
                FinalizeNode(menu, childrenInChoice);
            }
        }
        else if (!insideChoice && symbol is not null)
        {
            BuildImplicitSubmenu(parent, symbol);
            symbol.DirectDependency = Expr.OrOptional(symbol.DirectDependency, parent.Dependency);
        }

        // Flatten 'if' blocks and submenus of promptless entries: their children move up a level.
        for (MenuNode? menu = parent.FirstChild; menu is not null; menu = menu.Next)
        {
            if (menu.FirstChild is not null && (menu.Prompt is null || menu.Prompt.Text is null))
            {
                MenuNode last = menu.FirstChild;
                while (true)
                {
                    last.Parent = parent;
                    if (last.Next is null)
                    {
                        break;
                    }

                    last = last.Next;
                }

                last.Next = menu.Next;
                menu.Next = menu.FirstChild;
                menu.FirstChild = null;
            }
        }

        if (symbol is not null && MarkChecked(symbol))
        {
            if (symbol.Type == SymbolType.Unknown)
            {
                _log.WarnAt(DiagnosticCodes.SymbolWithoutType, parent.Location, "config symbol defined without type");
            }

            CheckProperties(symbol);
        }
    }

    private bool MarkChecked(Symbol symbol)
    {
        if (symbol.Index >= _checked.Length)
        {
            Array.Resize(ref _checked, Math.Max(symbol.Index + 1, _checked.Length * 2));
        }

        if (_checked[symbol.Index])
        {
            return false;
        }

        _checked[symbol.Index] = true;
        return true;
    }

    // Consecutive entries after a symbol that depend on it become its children (menu.c's automatic submenu).
    private void BuildImplicitSubmenu(MenuNode parent, Symbol symbol)
    {
        // menu.c computes the symbol's "visible != n" form for every symbol, but it is needed only when a
        // following entry mentions the symbol without depending on it, which is rare; computing it copied the
        // whole dependency chain of each symbol, half of the front end's allocations. Computing it late
        // changes nothing printed: the visibility is already transformed, so no "tested for 'm'" comparison
        // is left in it for Transform to report.
        Expr? baseDependency = null;
        bool haveBaseDependency = false;

        MenuNode? lastMenu = null;
        for (MenuNode? menu = parent.Next; menu is not null; menu = menu.Next)
        {
            Expr? dependency = menu.Prompt is not null ? menu.Prompt.Visible : menu.Dependency;
            if (!ExprSimplifier.ContainsSymbol(dependency, symbol))
            {
                break;
            }

            if (!_simplifier.DependsOnSymbol(dependency, symbol))
            {
                dependency = _simplifier.TransCompare(dependency, ExprKind.Unequal, _symbols.No);
                dependency = _simplifier.EliminateDups(_simplifier.Transform(dependency));
                if (!haveBaseDependency)
                {
                    baseDependency = _simplifier.TransCompare(parent.Prompt?.Visible, ExprKind.Unequal, _symbols.No);
                    baseDependency = _simplifier.EliminateDups(_simplifier.Transform(baseDependency));
                    haveBaseDependency = true;
                }

                Expr? other = baseDependency;
                _simplifier.EliminateEq(ref dependency, ref other);
                if (!_simplifier.IsYes(other))
                {
                    break;
                }
            }

            FinalizeNode(menu, insideChoice: false);
            menu.Parent = parent;
            lastMenu = menu;
        }

        if (lastMenu is not null)
        {
            parent.FirstChild = parent.Next;
            parent.Next = lastMenu.Next;
            lastMenu.Next = null;
        }
    }

    private static bool IsNumber(Symbol owner, Symbol bound) =>
        bound.Type is SymbolType.Int or SymbolType.Hex ||
        (bound.Type == SymbolType.Unknown && SymbolValueSyntax.IsValid(owner.Type, bound.Name!));

    // sym_check_prop()
    private void CheckProperties(Symbol symbol)
    {
        foreach (Property property in symbol.PropertyList)
        {
            switch (property.Kind)
            {
                case PropertyKind.Default:
                {
                    if (symbol.Type is SymbolType.String or SymbolType.Int or SymbolType.Hex && property.Expr!.Kind != ExprKind.Symbol)
                    {
                        _log.WarnAt(DiagnosticCodes.DefaultNotSingleSymbol, property.Location, $"default for config symbol '{symbol.Name}' must be a single symbol");
                    }

                    if (property.Expr!.Kind != ExprKind.Symbol)
                    {
                        break;
                    }

                    Symbol value = property.Expr.Symbol!;
                    if (symbol.Type is SymbolType.Hex or SymbolType.Int && !IsNumber(symbol, value))
                    {
                        _log.WarnAt(DiagnosticCodes.InvalidNumber, property.Location, $"'{symbol.Name}': number is invalid");
                    }

                    if (symbol.IsChoice)
                    {
                        MenuNode? choice = ChoiceMenuOf(value);
                        if (choice is null || choice.Symbol != symbol)
                        {
                            _log.WarnAt(DiagnosticCodes.ChoiceDefaultNotInChoice, property.Location, $"choice default symbol '{value.Name}' is not contained in the choice");
                        }
                    }

                    break;
                }

                case PropertyKind.Select:
                case PropertyKind.Imply:
                {
                    string use = property.Kind == PropertyKind.Select ? "select" : "imply";
                    Symbol target = property.Target!;
                    if (symbol.Type is not SymbolType.Bool and not SymbolType.Tristate)
                    {
                        _log.WarnAt(DiagnosticCodes.SelectFromNonBoolean, property.Location, $"config symbol '{symbol.Name}' uses {use}, but is not bool or tristate");
                    }
                    else if (target.Type is not SymbolType.Unknown and not SymbolType.Bool and not SymbolType.Tristate)
                    {
                        _log.WarnAt(DiagnosticCodes.SelectOfNonBoolean, property.Location, $"'{target.Name}' has wrong type. '{use}' only accept arguments of bool and tristate type");
                    }

                    break;
                }

                case PropertyKind.Range:
                    if (symbol.Type is not SymbolType.Int and not SymbolType.Hex)
                    {
                        _log.WarnAt(DiagnosticCodes.RangeOnNonNumber, property.Location, "range is only allowed for int or hex symbols");
                    }

                    if (!IsNumber(symbol, property.RangeLow!) || !IsNumber(symbol, property.RangeHigh!))
                    {
                        _log.WarnAt(DiagnosticCodes.RangeInvalid, property.Location, "range is invalid");
                    }

                    break;
            }
        }
    }

    /// <summary>sym_get_choice_menu(): the choice block around the first prompted definition of a symbol.</summary>
    internal static MenuNode? ChoiceMenuOf(Symbol symbol)
    {
        MenuNode? menu = null;
        foreach (MenuNode node in symbol.NodeList)
        {
            if (node.Prompt is not null)
            {
                menu = node;
                break;
            }
        }

        if (menu is null)
        {
            return null;
        }

        do
        {
            menu = menu.Parent;
        }
        while (menu is not null && menu.Symbol is null);

        return menu is { Symbol: { IsChoice: true } } ? menu : null;
    }
}
