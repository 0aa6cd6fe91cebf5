using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Engine.Evaluation;

public sealed partial class Configuration
{
    /// <summary>Sets a user value as sym_set_string_value() does; false when the value is invalid for the type.</summary>
    public bool SetUserValue(Symbol symbol, string value)
    {
        switch (symbol.Type)
        {
            case SymbolType.Bool:
            case SymbolType.Tristate:
                return value.Length > 0 && value[0] switch
                {
                    'y' or 'Y' => SetTristateValue(symbol, Tristate.Yes),
                    'm' or 'M' => SetTristateValue(symbol, Tristate.Mod),
                    'n' or 'N' => SetTristateValue(symbol, Tristate.No),
                    _ => false,
                };
        }

        if (!StringWithinRange(symbol, value))
        {
            return false;
        }

        int i = symbol.Index;
        _flags[i] |= FlagDefUser;
        string stored = symbol.Type == SymbolType.Hex && !HasHexPrefix(value) ? "0x" + value : value;
        if (string.Equals(_userString[i], stored, StringComparison.Ordinal) && stored.Length == value.Length)
        {
            return true;
        }

        _userString[i] = stored;
        Invalidate(symbol);
        return true;
    }

    /// <summary>sym_set_tristate_value(): refused when the value is outside what select and visibility allow.</summary>
    public bool SetTristateValue(Symbol symbol, Tristate value)
    {
        Tristate old = GetTristateValue(symbol);
        if (!TristateWithinRange(symbol, value))
        {
            return false;
        }

        int i = symbol.Index;
        _flags[i] |= FlagDefUser;
        _userTristate[i] = value;
        if (old != value)
        {
            Invalidate(symbol);
        }

        return true;
    }

    /// <summary>
    /// When true, a changed user value (<see cref="SetUserValue"/>, <see cref="SetTristateValue"/>)
    /// invalidates only the symbols that can read it, transitively, instead of every symbol as
    /// sym_clear_all_valid() does. Values are the same either way; conf's stderr is not, because conf
    /// re-prints the unmet-dependency warning of every symbol it recomputes. Off by default, so the
    /// conf front end stays byte-identical; the SDK's resolution turns it on.
    /// </summary>
    public bool IncrementalInvalidation { get; set; }

    private void Invalidate(Symbol changed)
    {
        if (!IncrementalInvalidation || ReferenceEquals(changed, Model.ModulesSymbol))
        {
            // MODULES changes the effective type of every tristate.
            ClearAllValid();
            return;
        }

        SymbolDependents dependents = SymbolDependents.For(Model);
        var pending = new Stack<int>();
        pending.Push(changed.Index);
        _flags[changed.Index] &= ~FlagValid;
        while (pending.Count > 0)
        {
            foreach (int reader in dependents.Of(_symbols[pending.Pop()]))
            {
                if ((_flags[reader] & FlagValid) != 0 && !IsFixedConstant(_symbols[reader]))
                {
                    _flags[reader] &= ~FlagValid;
                    pending.Push(reader);
                }
            }
        }

        IsChanged = true;
    }

    /// <summary>sym_tristate_within_range().</summary>
    public bool TristateWithinRange(Symbol symbol, Tristate value)
    {
        CalcValue(symbol);
        SymbolType type = EffectiveType(symbol);
        int i = symbol.Index;
        if (_visible[i] == Tristate.No || type is not (SymbolType.Bool or SymbolType.Tristate))
        {
            return false;
        }

        if (type == SymbolType.Bool && value == Tristate.Mod)
        {
            return false;
        }

        if (_visible[i] <= _reverseDependency[i])
        {
            return false;
        }

        return value >= _reverseDependency[i] && value <= _visible[i];
    }

    /// <summary>sym_string_within_range(): valid for the type and inside the active range.</summary>
    public bool StringWithinRange(Symbol symbol, string value)
    {
        switch (symbol.Type)
        {
            case SymbolType.String:
                return true;
            case SymbolType.Int:
            case SymbolType.Hex:
                if (!IsValidString(symbol.Type, value))
                {
                    return false;
                }

                Property? prop = RangeProperty(symbol);
                if (prop?.RangeLow is not { } low || prop.RangeHigh is not { } high)
                {
                    return true;
                }

                int numberBase = symbol.Type == SymbolType.Int ? 10 : 16;
                long parsed = CNumber.ParseSigned(value, numberBase);
                return parsed >= RangeValue(low, numberBase) && parsed <= RangeValue(high, numberBase);
            case SymbolType.Bool:
            case SymbolType.Tristate:
                return value.Length > 0 && value[0] switch
                {
                    'y' or 'Y' => TristateWithinRange(symbol, Tristate.Yes),
                    'm' or 'M' => TristateWithinRange(symbol, Tristate.Mod),
                    'n' or 'N' => TristateWithinRange(symbol, Tristate.No),
                    _ => false,
                };
            default:
                return false;
        }
    }

    /// <summary>sym_string_valid(): the syntax check conf applies to values read from config files.</summary>
    public static bool IsValidString(SymbolType type, string value)
    {
        switch (type)
        {
            case SymbolType.String:
                return true;
            case SymbolType.Int:
                {
                    int p = 0;
                    if (p < value.Length && value[p] == '-')
                    {
                        p++;
                    }

                    if (p >= value.Length || !CNumber.IsDigit(value[p]))
                    {
                        return false;
                    }

                    // No leading zeros: "08" is not a number to conf.
                    if (value[p] == '0' && p + 1 < value.Length)
                    {
                        return false;
                    }

                    for (p++; p < value.Length; p++)
                    {
                        if (!CNumber.IsDigit(value[p]))
                        {
                            return false;
                        }
                    }

                    return true;
                }

            case SymbolType.Hex:
                {
                    int p = HasHexPrefix(value) ? 2 : 0;
                    if (p >= value.Length)
                    {
                        return false;
                    }

                    for (; p < value.Length; p++)
                    {
                        if (!CNumber.IsXDigit(value[p]))
                        {
                            return false;
                        }
                    }

                    return true;
                }

            case SymbolType.Bool:
            case SymbolType.Tristate:
                return value.Length > 0 && value[0] is 'y' or 'Y' or 'm' or 'M' or 'n' or 'N';
            default:
                return false;
        }
    }

    private static bool HasHexPrefix(string value) =>
        value.Length >= 2 && value[0] == '0' && (value[1] == 'x' || value[1] == 'X');

    /// <summary>
    /// choice_set_value(): makes <paramref name="chosen"/> the user's pick and moves every visible member
    /// to the front of the priority list, as an interactive answer does.
    /// </summary>
    public void ChoiceSetValue(MenuNode choice, Symbol chosen)
    {
        List<Symbol> priority = ChoicePriority(choice);
        bool changed = false;
        for (MenuNode? node = NextNode(choice, choice); node is not null; node = NextNode(node, choice))
        {
            if (node.Symbol is not { } member || _visible[member.Index] == Tristate.No)
            {
                continue;
            }

            Tristate value = ReferenceEquals(member, chosen) ? Tristate.Yes : Tristate.No;
            if (_currentTristate[member.Index] != value)
            {
                changed = true;
            }

            _userTristate[member.Index] = value;
            _flags[member.Index] |= FlagDefUser;
            MoveToFront(priority, member);
        }

        if (changed)
        {
            ClearAllValid();
        }
    }

    /// <summary>
    /// Gives a symbol a user tristate value without any check, as conf_set_all_new_symbols() does; the
    /// caller invalidates afterwards (<see cref="ClearAllValid"/>).
    /// </summary>
    public void SetUserTristateUnchecked(Symbol symbol, Tristate value)
    {
        _userTristate[symbol.Index] = value;
        _flags[symbol.Index] |= FlagDefUser;
    }

    /// <summary>Gives a choice member the user value y and the lowest priority (randconfig's pick).</summary>
    public void SetRandomChoicePick(MenuNode choice, Symbol member)
    {
        SetUserTristateUnchecked(member, Tristate.Yes);
        List<Symbol> priority = ChoicePriority(choice);
        priority.Remove(member);
        priority.Add(member);
    }

    /// <summary>conf_rewrite_tristates(): turns user values <paramref name="from"/> into <paramref name="to"/> on tristates.</summary>
    public void RewriteTristates(Tristate from, Tristate to)
    {
        foreach (Symbol symbol in HashOrder)
        {
            if (EffectiveType(symbol) == SymbolType.Tristate && _userTristate[symbol.Index] == from)
            {
                _userTristate[symbol.Index] = to;
            }
        }

        ClearAllValid();
    }

    /// <summary>sym_get_string_default(): what the symbol would be without a user value (savedefconfig's test).</summary>
    public string GetStringDefault(Symbol symbol)
    {
        CalcVisibility(symbol);
        CalcValue(Model.ModulesSymbol);
        int i = symbol.Index;
        string text = string.Empty;
        Tristate value = Tristate.No;
        Property? prop = DefaultProperty(symbol, out Tristate condition);
        if (prop is not null)
        {
            if (symbol.Type is SymbolType.Bool or SymbolType.Tristate)
            {
                value = Min(Eval(prop.Expr), condition);
            }
            else if (prop.Expr is { Kind: ExprKind.Symbol, Symbol: { } source })
            {
                CalcValue(source);
                text = _currentString[source.Index];
            }
        }

        value = Max(value, _reverseDependency[i]);
        Tristate modules = Model.ModulesSymbol is { } m ? _currentTristate[m.Index] : Tristate.No;
        if (value == Tristate.Mod && !symbol.IsChoiceMember && modules == Tristate.No)
        {
            value = Tristate.Yes;
        }

        if (symbol.Type == SymbolType.Bool && value == Tristate.Mod)
        {
            value = Tristate.Yes;
        }

        if (value < _implied[i])
        {
            value = _implied[i];
        }

        return symbol.Type switch
        {
            SymbolType.Bool or SymbolType.Tristate => TristateText(value),
            SymbolType.Int => text.Length == 0 ? "0" : text,
            SymbolType.Hex => text.Length == 0 ? "0x0" : text,
            _ => text,
        };
    }

    private static void MoveToFront(List<Symbol> priority, Symbol member)
    {
        priority.Remove(member);
        priority.Insert(0, member);
    }
}
