using System.Text;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Lexing;
using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Parsing;

/// <summary>
/// The checks conf_parse() runs after menu_finalize(): dependency loops (sym_check_deps, reporting the
/// chain exactly as sym_check_print_recursive prints it) and the sanity of choice members.
/// </summary>
internal sealed class DependencyChecker
{
    private readonly FrontEndLog _log;
    private readonly bool[] _checking;
    private readonly bool[] _checked;
    private readonly List<Frame> _stack = new();

    public DependencyChecker(FrontEndLog log, int symbolCount)
    {
        _log = log;
        _checking = new bool[symbolCount];
        _checked = new bool[symbolCount];
    }

    private enum Edge
    {
        None,
        DirectDependency,
        ReverseDependency,
        Implied,
        PropertyValue,
    }

    /// <summary>Runs every check over the tree in menu order; returns the number of errors (yynerrs).</summary>
    public int Check(MenuNode root)
    {
        int errors = 0;
        for (MenuNode? menu = Next(root, root); menu is not null; menu = Next(menu, root))
        {
            if (menu.Symbol is not null && CheckDeps(menu.Symbol) is not null)
            {
                errors++;
            }

            if (menu.Symbol is { IsChoice: true })
            {
                for (MenuNode? child = Next(menu, menu); child is not null; child = Next(child, menu))
                {
                    if (child.Symbol is not null && !CheckChoiceMember(child))
                    {
                        errors++;
                    }
                }
            }
        }

        return errors;
    }

    /// <summary>menu_next(): depth-first successor of <paramref name="menu"/> within <paramref name="root"/>.</summary>
    internal static MenuNode? Next(MenuNode menu, MenuNode root)
    {
        if (menu.FirstChild is not null)
        {
            return menu.FirstChild;
        }

        while (menu != root && menu.Next is null)
        {
            menu = menu.Parent!;
        }

        return menu == root ? null : menu.Next;
    }

    // choice_check_sanity()
    private bool CheckChoiceMember(MenuNode menu)
    {
        bool ok = true;
        foreach (Property property in menu.Symbol!.PropertyList)
        {
            if (property.Kind == PropertyKind.Default)
            {
                _log.ErrorWithPrefixAt(DiagnosticCodes.ChoiceMemberDefault, property.Location, "defaults for choice values not supported");
                ok = false;
            }

            if (property.Node != menu && property.Kind == PropertyKind.Prompt && property.Node.Parent != menu.Parent)
            {
                _log.ErrorWithPrefixAt(DiagnosticCodes.ChoicePromptOutsideGroup, property.Location, "choice value has a prompt outside its choice group");
                ok = false;
            }
        }

        return ok;
    }

    private Symbol? CheckDeps(Symbol symbol)
    {
        if (_checking[symbol.Index])
        {
            PrintRecursive(symbol);
            return symbol;
        }

        if (_checked[symbol.Index])
        {
            return null;
        }

        MenuNode? choice = MenuFinalizer.ChoiceMenuOf(symbol);
        Symbol? found;
        if (choice is not null)
        {
            // A choice member is checked through its choice block.
            Push(symbol);
            found = CheckDeps(choice.Symbol!);
            Pop();
        }
        else if (symbol.IsChoice)
        {
            found = CheckChoiceDeps(symbol);
        }
        else
        {
            _checking[symbol.Index] = _checked[symbol.Index] = true;
            found = CheckSymbolDeps(symbol);
            _checking[symbol.Index] = false;
        }

        return found;
    }

    private Symbol? CheckExpressionDeps(Expr? e)
    {
        if (e is null)
        {
            return null;
        }

        switch (e.Kind)
        {
            case ExprKind.Or:
            case ExprKind.And:
                return CheckExpressionDeps(e.Left) ?? CheckExpressionDeps(e.Right);
            case ExprKind.Not:
                return CheckExpressionDeps(e.Left);
            case ExprKind.Symbol:
                return CheckDeps(e.Symbol!);
            default:
                return CheckDeps(e.Symbol!) ?? CheckDeps(e.OtherSymbol!);
        }
    }

    private Symbol? CheckSymbolDeps(Symbol symbol)
    {
        Frame frame = Push(symbol);
        try
        {
            frame.Edge = Edge.DirectDependency;
            Symbol? found = CheckExpressionDeps(symbol.DirectDependency);
            if (found is not null)
            {
                return found;
            }

            frame.Edge = Edge.ReverseDependency;
            found = CheckExpressionDeps(symbol.ReverseDependency);
            if (found is not null)
            {
                return found;
            }

            frame.Edge = Edge.Implied;
            found = CheckExpressionDeps(symbol.Implied);
            if (found is not null)
            {
                return found;
            }

            frame.Edge = Edge.None;
            foreach (Property property in symbol.PropertyList)
            {
                if (property.Kind is PropertyKind.Select or PropertyKind.Imply)
                {
                    continue;
                }

                frame.Property = property;
                found = CheckExpressionDeps(property.Visible);
                if (found is not null)
                {
                    return found;
                }

                if (property.Kind != PropertyKind.Default || symbol.IsChoice)
                {
                    continue;
                }

                frame.Edge = Edge.PropertyValue;
                found = CheckExpressionDeps(property.Expr);
                if (found is not null)
                {
                    return found;
                }

                frame.Edge = Edge.None;
            }

            return null;
        }
        finally
        {
            Pop();
        }
    }

    private Symbol? CheckChoiceDeps(Symbol choice)
    {
        Push(choice);
        MenuNode choiceMenu = choice.Nodes[0];
        try
        {
            for (MenuNode? menu = Next(choiceMenu, choiceMenu); menu is not null; menu = Next(menu, choiceMenu))
            {
                if (menu.Symbol is not null)
                {
                    _checking[menu.Symbol.Index] = _checked[menu.Symbol.Index] = true;
                }
            }

            _checking[choice.Index] = _checked[choice.Index] = true;
            Symbol? found = CheckSymbolDeps(choice);
            _checking[choice.Index] = false;
            if (found is null)
            {
                for (MenuNode? menu = Next(choiceMenu, choiceMenu); menu is not null; menu = Next(menu, choiceMenu))
                {
                    if (menu.Symbol is null)
                    {
                        continue;
                    }

                    found = CheckSymbolDeps(menu.Symbol);
                    if (found is not null)
                    {
                        break;
                    }
                }
            }

            for (MenuNode? menu = Next(choiceMenu, choiceMenu); menu is not null; menu = Next(menu, choiceMenu))
            {
                if (menu.Symbol is not null)
                {
                    _checking[menu.Symbol.Index] = false;
                }
            }

            if (found is not null && MenuFinalizer.ChoiceMenuOf(found) == choiceMenu)
            {
                found = choice;
            }

            return found;
        }
        finally
        {
            Pop();
        }
    }

    private Frame Push(Symbol symbol)
    {
        var frame = new Frame(symbol);
        _stack.Add(frame);
        return frame;
    }

    private void Pop() => _stack.RemoveAt(_stack.Count - 1);

    private static string NameOf(Symbol symbol) => symbol.Name ?? "<choice>";

    // glibc prints a null %s as "(null)"; conf passes the raw name in the select and imply lines.
    private static string RawName(Symbol symbol) => symbol.Name ?? "(null)";

    private void PrintRecursive(Symbol last)
    {
        bool pushedMember = false;
        MenuNode? choice = MenuFinalizer.ChoiceMenuOf(last);
        if (choice is not null)
        {
            Push(last);
            pushedMember = true;
            last = choice.Symbol!;
        }

        int start = _stack.FindLastIndex(f => f.Symbol == last);
        var text = new StringBuilder();
        if (start < 0)
        {
            text.Append("unexpected recursive dependency error\n");
        }
        else
        {
            var chain = new StringBuilder();
            for (int i = start; i < _stack.Count; i++)
            {
                Frame frame = _stack[i];
                Symbol symbol = frame.Symbol;
                Symbol next = i + 1 < _stack.Count ? _stack[i + 1].Symbol : last;
                string propertyName = frame.Property is null ? "unknown" : PropertyTypeName(frame.Property.Kind);
                if (symbol == last)
                {
                    text.Append("error: recursive dependency detected!\n");
                }

                string line;
                if (next.IsChoice)
                {
                    MenuNode block = next.Nodes[0];
                    line = $"\tsymbol {NameOf(symbol)} is part of choice block at {block.Location.File}:{block.Location.Line}\n";
                }
                else
                {
                    line = frame.Edge switch
                    {
                        Edge.DirectDependency => $"\tsymbol {NameOf(symbol)} depends on {RawName(next)}\n",
                        Edge.ReverseDependency => $"\tsymbol {RawName(symbol)} is selected by {RawName(next)}\n",
                        Edge.Implied => $"\tsymbol {RawName(symbol)} is implied by {RawName(next)}\n",
                        Edge.PropertyValue => $"\tsymbol {NameOf(symbol)} {propertyName} value contains {RawName(next)}\n",
                        _ => $"\tsymbol {NameOf(symbol)} {propertyName} is visible depending on {RawName(next)}\n",
                    };
                }

                text.Append(line);
                chain.Append(line);
            }

            text.Append("For a resolution refer to Documentation/kbuild/kconfig-language.rst\n")
                .Append("subsection \"Kconfig recursive dependency limitations\"\n")
                .Append('\n');
        }

        string message = text.ToString();
        SourceSpan span = last.Nodes.Count > 0 ? last.Nodes[0].Location : SourceSpan.None;
        _log.Report(Diagnostic.Error(DiagnosticCodes.RecursiveDependency, span, message.TrimEnd('\n')), message);

        if (pushedMember)
        {
            Pop();
        }
    }

    internal static string PropertyTypeName(PropertyKind kind) => kind switch
    {
        PropertyKind.Prompt => "prompt",
        PropertyKind.Comment => "comment",
        PropertyKind.Menu => "menu",
        PropertyKind.Default => "default",
        PropertyKind.Select => "select",
        PropertyKind.Imply => "imply",
        _ => "range",
    };

    private sealed class Frame
    {
        public Frame(Symbol symbol)
        {
            Symbol = symbol;
        }

        public Symbol Symbol { get; }

        public Property? Property { get; set; }

        public Edge Edge { get; set; }
    }
}
