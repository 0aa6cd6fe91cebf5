using System.Text;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Engine.Evaluation;

public sealed partial class Configuration
{
    /// <summary>sym_calc_value(): computes the symbol once per validity epoch.</summary>
    public void CalcValue(Symbol? symbol)
    {
        if (symbol is null)
        {
            return;
        }

        int i = symbol.Index;
        if ((_flags[i] & FlagValid) != 0)
        {
            return;
        }

        _flags[i] |= FlagValid;
        Tristate oldTristate = _currentTristate[i];
        string newString;
        switch (symbol.Type)
        {
            case SymbolType.Int:
                newString = "0";
                break;
            case SymbolType.Hex:
                newString = "0x0";
                break;
            case SymbolType.String:
                newString = string.Empty;
                break;
            case SymbolType.Bool:
            case SymbolType.Tristate:
                newString = "n";
                break;
            default:
                _currentString[i] = symbol.Name ?? string.Empty;
                _currentTristate[i] = Tristate.No;
                return;
        }

        _flags[i] &= ~FlagWrite;
        CalcVisibility(symbol);
        if (_visible[i] != Tristate.No)
        {
            _flags[i] |= FlagWrite;
        }

        // A recursive reference to this symbol sees the type's fallback value.
        _currentTristate[i] = Tristate.No;
        _currentString[i] = newString;
        Tristate newTristate = Tristate.No;

        switch (EffectiveType(symbol))
        {
            case SymbolType.Bool:
            case SymbolType.Tristate:
                if (symbol.ChoiceNode is { } choice)
                {
                    CalcChoice(choice);
                    newTristate = _currentTristate[i];
                }
                else
                {
                    if (_visible[i] != Tristate.No && (_flags[i] & FlagDefUser) != 0)
                    {
                        newTristate = Min(_userTristate[i], _visible[i]);
                    }
                    else
                    {
                        if (_reverseDependency[i] != Tristate.No)
                        {
                            _flags[i] |= FlagWrite;
                        }

                        if (!symbol.IsChoice)
                        {
                            Property? prop = DefaultProperty(symbol, out Tristate condition);
                            if (prop is not null)
                            {
                                newTristate = Min(Eval(prop.Expr), condition);
                                if (newTristate != Tristate.No)
                                {
                                    _flags[i] |= FlagWrite;
                                }
                            }

                            if (_implied[i] != Tristate.No)
                            {
                                _flags[i] |= FlagWrite;
                                newTristate = Max(newTristate, _implied[i]);
                                newTristate = Min(newTristate, _directDependency[i]);
                            }
                        }
                    }

                    if (_directDependency[i] < _reverseDependency[i])
                    {
                        WarnUnmetDependency(symbol);
                    }

                    newTristate = Max(newTristate, _reverseDependency[i]);
                }

                if (newTristate == Tristate.Mod && EffectiveType(symbol) == SymbolType.Bool)
                {
                    newTristate = Tristate.Yes;
                }

                break;
            default:
                if (_visible[i] != Tristate.No && (_flags[i] & FlagDefUser) != 0)
                {
                    newString = _userString[i]!;
                    break;
                }

                Property? def = DefaultProperty(symbol, out _);
                if (def?.Expr is { Kind: ExprKind.Symbol, Symbol: { } source })
                {
                    _flags[i] |= FlagWrite;
                    CalcValue(source);
                    newString = _currentString[source.Index];
                }

                break;
        }

        _currentTristate[i] = newTristate;
        _currentString[i] = newString;
        ValidateRange(symbol);

        if (ReferenceEquals(symbol, Model.ModulesSymbol) && oldTristate != newTristate)
        {
            _modulesValue = newTristate;
        }

        if (symbol.IsChoice)
        {
            _flags[i] &= ~FlagWrite;
        }
    }

    /// <summary>sym_clear_all_valid(): forget every computed value; the next read recomputes lazily.</summary>
    public void ClearAllValid()
    {
        for (int i = 0; i < _flags.Length; i++)
        {
            if (!IsFixedConstant(_symbols[i]))
            {
                _flags[i] &= ~FlagValid;
            }
        }

        IsChanged = true;
        CalcValue(Model.ModulesSymbol);
    }

    /// <summary>expr_calc_value(): the tristate value of an expression; null is y.</summary>
    public Tristate Eval(Expr? expr)
    {
        if (expr is null)
        {
            return Tristate.Yes;
        }

        switch (expr.Kind)
        {
            case ExprKind.Symbol:
                CalcValue(expr.Symbol);
                return _currentTristate[expr.Symbol!.Index];
            case ExprKind.And:
                {
                    Tristate left = Eval(expr.Left);
                    return Min(left, Eval(expr.Right));
                }

            case ExprKind.Or:
                {
                    Tristate left = Eval(expr.Left);
                    return Max(left, Eval(expr.Right));
                }

            case ExprKind.Not:
                return (Tristate)(2 - (int)Eval(expr.Left));
            default:
                return Compare(expr);
        }
    }

    private Tristate Compare(Expr expr)
    {
        Symbol left = expr.Symbol!;
        Symbol right = expr.OtherSymbol!;
        CalcValue(left);
        CalcValue(right);
        string leftText = CurrentStringValue(left);
        string rightText = CurrentStringValue(right);
        NumberKind leftKind = NumberKind.String;
        NumberKind rightKind = NumberKind.String;
        long leftSigned = 0, rightSigned = 0;
        ulong leftUnsigned = 0, rightUnsigned = 0;
        if (left.Type != SymbolType.String || right.Type != SymbolType.String)
        {
            leftKind = ParseForComparison(leftText, left.Type, out leftSigned, out leftUnsigned);
            rightKind = ParseForComparison(rightText, right.Type, out rightSigned, out rightUnsigned);
        }

        int result;
        if (leftKind == NumberKind.String || rightKind == NumberKind.String)
        {
            result = Math.Sign(string.CompareOrdinal(leftText, rightText));
        }
        else if (leftKind == NumberKind.Unsigned || rightKind == NumberKind.Unsigned)
        {
            result = leftUnsigned.CompareTo(rightUnsigned);
        }
        else
        {
            result = leftSigned.CompareTo(rightSigned);
        }

        bool holds = expr.Kind switch
        {
            ExprKind.Equal => result == 0,
            ExprKind.Unequal => result != 0,
            ExprKind.LessThan => result < 0,
            ExprKind.LessOrEqual => result <= 0,
            ExprKind.GreaterThan => result > 0,
            _ => result >= 0,
        };
        return holds ? Tristate.Yes : Tristate.No;
    }

    private enum NumberKind
    {
        String,
        Signed,
        Unsigned,
    }

    // expr_parse_string(): a union of signed and unsigned in C, so both views are kept.
    private static NumberKind ParseForComparison(string text, SymbolType type, out long signed, out ulong unsigned)
    {
        int tail;
        bool overflow;
        NumberKind kind;
        switch (type)
        {
            case SymbolType.Bool:
            case SymbolType.Tristate:
                signed = text switch { "n" => 0, "m" => 1, "y" => 2, _ => -1 };
                unsigned = unchecked((ulong)signed);
                return NumberKind.Signed;
            case SymbolType.Int:
                signed = CNumber.ParseSigned(text, 10, out tail, out overflow);
                unsigned = unchecked((ulong)signed);
                kind = NumberKind.Signed;
                break;
            case SymbolType.Hex:
                unsigned = CNumber.ParseUnsigned(text, 16, out tail, out overflow);
                signed = unchecked((long)unsigned);
                kind = NumberKind.Unsigned;
                break;
            default:
                signed = CNumber.ParseSigned(text, 0, out tail, out overflow);
                unsigned = unchecked((ulong)signed);
                kind = NumberKind.Signed;
                break;
        }

        bool valid = !overflow && tail == text.Length && tail > 0 && CNumber.IsXDigit(text[tail - 1]);
        return valid ? kind : NumberKind.String;
    }

    /// <summary>sym_calc_visibility(): prompt visibility and the values of the three dependency expressions.</summary>
    private void CalcVisibility(Symbol symbol)
    {
        int i = symbol.Index;
        Tristate visible = Tristate.No;
        List<Property> properties = symbol.PropertyList;
        for (int p = 0; p < properties.Count; p++)
        {
            Property prop = properties[p];
            if (prop.Text is not null && prop.Kind is PropertyKind.Prompt or PropertyKind.Menu)
            {
                visible = Max(visible, Eval(prop.Visible));
            }
        }

        if (visible == Tristate.Mod && (symbol.Type != SymbolType.Tristate || _modulesValue == Tristate.No))
        {
            visible = Tristate.Yes;
        }

        _visible[i] = visible;
        if (symbol.IsChoiceMember)
        {
            return;
        }

        bool isBool = EffectiveType(symbol) == SymbolType.Bool;
        Tristate value = symbol.DirectDependency is null ? Tristate.Yes : Eval(symbol.DirectDependency);
        _directDependency[i] = value == Tristate.Mod && isBool ? Tristate.Yes : value;
        value = symbol.ReverseDependency is null ? Tristate.No : Eval(symbol.ReverseDependency);
        _reverseDependency[i] = value == Tristate.Mod && isBool ? Tristate.Yes : value;
        value = symbol.Implied is null ? Tristate.No : Eval(symbol.Implied);
        _implied[i] = value == Tristate.Mod && isBool ? Tristate.Yes : value;
    }

    private Property? DefaultProperty(Symbol symbol, out Tristate condition)
    {
        List<Property> properties = symbol.PropertyList;
        for (int p = 0; p < properties.Count; p++)
        {
            Property prop = properties[p];
            if (prop.Kind != PropertyKind.Default)
            {
                continue;
            }

            condition = Eval(prop.Visible);
            if (condition != Tristate.No)
            {
                return prop;
            }
        }

        condition = Tristate.No;
        return null;
    }

    private Property? RangeProperty(Symbol symbol)
    {
        List<Property> properties = symbol.PropertyList;
        for (int p = 0; p < properties.Count; p++)
        {
            Property prop = properties[p];
            if (prop.Kind == PropertyKind.Range && Eval(prop.Visible) != Tristate.No)
            {
                return prop;
            }
        }

        return null;
    }

    /// <summary>The active range of an int or hex symbol (the first whose condition is not n), as bound symbols.</summary>
    public (Symbol Low, Symbol High)? GetActiveRange(Symbol symbol)
    {
        Property? prop = RangeProperty(symbol);
        return prop is { RangeLow: { } low, RangeHigh: { } high } ? (low, high) : null;
    }

    private long RangeValue(Symbol bound, int numberBase)
    {
        CalcValue(bound);
        numberBase = bound.Type switch
        {
            SymbolType.Int => 10,
            SymbolType.Hex => 16,
            _ => numberBase,
        };
        return CNumber.ParseSigned(_currentString[bound.Index], numberBase);
    }

    // sym_validate_range(): an out-of-range value takes the bound's text, not a reformatted number.
    private void ValidateRange(Symbol symbol)
    {
        int numberBase;
        switch (symbol.Type)
        {
            case SymbolType.Int:
                numberBase = 10;
                break;
            case SymbolType.Hex:
                numberBase = 16;
                break;
            default:
                return;
        }

        Property? prop = RangeProperty(symbol);
        if (prop?.RangeLow is not { } low || prop.RangeHigh is not { } high)
        {
            return;
        }

        long value = CNumber.ParseSigned(_currentString[symbol.Index], numberBase);
        Symbol bound = low;
        long boundValue = RangeValue(low, numberBase);
        if (value >= boundValue)
        {
            bound = high;
            boundValue = RangeValue(high, numberBase);
            if (value <= boundValue)
            {
                return;
            }
        }

        _currentString[symbol.Index] = _currentString[bound.Index];
    }

    /// <summary>sym_calc_choice(): picks the member that is y; returns it (null when no member is visible).</summary>
    public Symbol? CalcChoice(MenuNode choice)
    {
        List<Symbol> priority = ChoicePriority(choice);
        Symbol? result = null;
        foreach (Symbol member in priority)
        {
            CalcVisibility(member);
            if (_visible[member.Index] == Tristate.No)
            {
                continue;
            }

            if ((_flags[member.Index] & FlagDefUser) != 0 && _userTristate[member.Index] == Tristate.Yes)
            {
                result = member;
                break;
            }
        }

        if (result is null)
        {
            result = ChoiceDefault(choice);
            if (result is not null && (_flags[result.Index] & FlagDefUser) != 0 && _userTristate[result.Index] == Tristate.No)
            {
                result = null;
            }
        }

        if (result is null)
        {
            for (MenuNode? node = NextNode(choice, choice); node is not null; node = NextNode(node, choice))
            {
                if (node.Symbol is { } member && _visible[member.Index] != Tristate.No && (_flags[member.Index] & FlagDefUser) == 0)
                {
                    result = member;
                    break;
                }
            }
        }

        if (result is null)
        {
            // The least prioritised member: with every member n, the first one read wins.
            for (int p = priority.Count - 1; p >= 0; p--)
            {
                if (_visible[priority[p].Index] != Tristate.No)
                {
                    result = priority[p];
                    break;
                }
            }
        }

        for (MenuNode? node = NextNode(choice, choice); node is not null; node = NextNode(node, choice))
        {
            if (node.Symbol is not { } member || _visible[member.Index] == Tristate.No)
            {
                continue;
            }

            _currentTristate[member.Index] = ReferenceEquals(member, result) ? Tristate.Yes : Tristate.No;
            _flags[member.Index] |= FlagValid | FlagWrite;
        }

        return result;
    }

    /// <summary>sym_choice_default(): the first active default that is visible, else the first visible member.</summary>
    public Symbol? ChoiceDefault(MenuNode choice)
    {
        if (choice.Symbol is { } choiceSymbol)
        {
            foreach (Property prop in choiceSymbol.PropertyList)
            {
                if (prop.Kind != PropertyKind.Default || Eval(prop.Visible) == Tristate.No)
                {
                    continue;
                }

                if (prop.Expr is { Kind: ExprKind.Symbol, Symbol: { } target } && _visible[target.Index] != Tristate.No)
                {
                    return target;
                }
            }
        }

        for (MenuNode? node = NextNode(choice, choice); node is not null; node = NextNode(node, choice))
        {
            if (node.Symbol is { } member && _visible[member.Index] != Tristate.No)
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>menu_next(): pre-order walk of the subtree under <paramref name="root"/>.</summary>
    internal static MenuNode? NextNode(MenuNode node, MenuNode root)
    {
        if (node.FirstChild is not null)
        {
            return node.FirstChild;
        }

        while (!ReferenceEquals(node, root) && node.Next is null)
        {
            node = node.Parent!;
        }

        return ReferenceEquals(node, root) ? null : node.Next;
    }

    private void WarnUnmetDependency(Symbol symbol)
    {
        int i = symbol.Index;
        var text = new StringBuilder();
        text.Append("unmet direct dependencies detected for ").Append(symbol.Name).Append('\n');
        text.Append("  Depends on [").Append(_directDependency[i] == Tristate.Mod ? 'm' : 'n').Append("]: ");
        ExprPrinter.Print(symbol.DirectDependency, text, CurrentStringValue);
        text.Append('\n');
        AppendReverseDependencies(text, symbol.ReverseDependency, Tristate.Yes, "  Selected by [y]:\n");
        AppendReverseDependencies(text, symbol.ReverseDependency, Tristate.Mod, "  Selected by [m]:\n");
        _diagnostics.Add(Diagnostic.Warning(
            DiagnosticCodes.UnmetDirectDependencies,
            symbol.Nodes.Count > 0 ? symbol.Nodes[0].Location : default,
            text.ToString()));
        DependencyWarningCount++;
    }

    private void AppendReverseDependencies(StringBuilder text, Expr? expr, Tristate wanted, string title)
    {
        string? pendingTitle = title;
        AppendReverseDependencyTerms(text, expr, wanted, ref pendingTitle);
    }

    private void AppendReverseDependencyTerms(StringBuilder text, Expr? expr, Tristate wanted, ref string? title)
    {
        if (expr is null)
        {
            return;
        }

        if (expr.Kind == ExprKind.Or)
        {
            AppendReverseDependencyTerms(text, expr.Left, wanted, ref title);
            AppendReverseDependencyTerms(text, expr.Right, wanted, ref title);
            return;
        }

        if (Eval(expr) != wanted)
        {
            return;
        }

        if (title is not null)
        {
            text.Append(title);
            title = null;
        }

        text.Append("  - ");
        ExprPrinter.Print(expr, text, CurrentStringValue);
        text.Append('\n');
    }

    private static Tristate Min(Tristate a, Tristate b) => a < b ? a : b;

    private static Tristate Max(Tristate a, Tristate b) => a > b ? a : b;
}
