using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.Explanation;
using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Engine.Suggestions;

/// <summary>
/// Finds the smallest sets of profile lines that would raise (or lower) a symbol to a wanted value, reasoning on
/// the evaluated configuration with Kconfig's tristate logic: an AND needs every operand, an OR any one, a NOT
/// turns a raise into a lower; a symbol with a prompt is set by a line once its prompt is visible; a symbol without
/// one needs a selector, an active default or an implier; a select that holds a symbol up must lose its selector
/// or its condition. Symbols the profile cannot set (not defined for the architecture, toolchain probe results,
/// comparisons of numbers and strings) end the search with the fact named. The answers are candidates only: the
/// caller verifies each by resolving again.
/// </summary>
public sealed class FixSearch
{
    private readonly Configuration _configuration;
    private readonly string? _arch;
    private readonly IReadOnlyDictionary<string, Tristate> _lines;
    private readonly FixSearchLimits _limits;
    private readonly Dictionary<(int Index, bool Raise, Tristate Value), FixAlternatives> _memo = new();
    private readonly HashSet<(int Index, bool Raise)> _onPath = new();
    private Dictionary<Symbol, List<Property>>? _reverse;
    private int _steps;

    /// <param name="configuration">The evaluated configuration in which the request did not take.</param>
    /// <param name="arch">ARCH, named in the facts.</param>
    /// <param name="lines">The tristate values the profile already writes, by symbol name: a line giving the wanted value is no change.</param>
    /// <param name="limits">The bounds.</param>
    public FixSearch(Configuration configuration, string? arch, IReadOnlyDictionary<string, Tristate> lines, FixSearchLimits limits)
    {
        _configuration = configuration;
        _arch = arch;
        _lines = lines;
        _limits = limits;
    }

    /// <summary>How many symbol expansions the search made.</summary>
    public int Steps => _steps;

    /// <summary>
    /// The ways to make <paramref name="symbol"/>, whose own profile line asks for <paramref name="wanted"/>, end at that
    /// value. For an int, hex or string symbol <paramref name="wanted"/> is m: its prompt must become visible.
    /// </summary>
    /// <param name="symbol">The requested symbol.</param>
    /// <param name="wanted">The requested value.</param>
    /// <param name="atLeast">The request is <c>at_least</c>: m turning into y without modules is fine.</param>
    public FixAlternatives ForRequest(Symbol symbol, Tristate wanted, bool atLeast = false)
    {
        string name = symbol.Name ?? "<choice>";
        FixAlternatives found;
        if (symbol.Type is not (SymbolType.Bool or SymbolType.Tristate))
        {
            found = Raise(Visibility(symbol), Tristate.Mod, name, 0);
        }
        else
        {
            Tristate actual = _configuration.GetTristateValue(symbol);
            found = wanted > actual ? RaiseRequested(symbol, wanted, name, atLeast)
                : wanted < actual ? LowerRequested(symbol, wanted, name)
                : FixAlternatives.Satisfied;
        }

        // The request's own line stays: a set that would rewrite it is no fix of it.
        return Keep(found.Sets.Where(s => !s.Changes.Any(c => ReferenceEquals(c.Symbol, symbol) && c.Value != wanted)), found.Blockers, found.Truncated);
    }

    private FixAlternatives RaiseRequested(Symbol symbol, Tristate wanted, string name, bool atLeast)
    {
        _onPath.Add((symbol.Index, true));
        if (symbol.ChoiceNode is { } choice && _configuration.GetVisibility(symbol) >= wanted)
        {
            // The choice picked another member: that member's line (or its default) must give way.
            Symbol? winner = choice.ChoiceMembers.FirstOrDefault(m => !ReferenceEquals(m, symbol) && _configuration.GetTristateValue(m) == Tristate.Yes);
            return winner is null ? FixAlternatives.Blocked($"{name} is a choice member no other member holds off") : Keep([ChangeSet.Of(new SymbolChange(winner, Tristate.No))], [], false);
        }

        if (HasPrompt(symbol))
        {
            FixAlternatives visible = Raise(Visibility(symbol), wanted, name, 0);
            return wanted == Tristate.Mod && !atLeast && symbol.Type == SymbolType.Tristate && _configuration.Model.ModulesSymbol is { } modules
                ? Cross(visible, RaiseSymbol(modules, Tristate.Yes, name, 1))
                : visible;
        }

        return RaiseWithoutPrompt(symbol, wanted, name, 0);
    }

    private FixAlternatives LowerRequested(Symbol symbol, Tristate wanted, string name)
    {
        _onPath.Add((symbol.Index, false));
        FixAlternatives selectors = LowerSelectors(symbol, wanted, 0);
        if (HasPrompt(symbol))
        {
            // The request's own line counts only while its prompt shows; hidden, the defaults decide.
            return _configuration.GetVisibility(symbol) > Tristate.No
                ? selectors
                : Cross(selectors, Union(Raise(Visibility(symbol), Tristate.Mod, name, 0), LowerWithoutPrompt(symbol, wanted, name, 0)));
        }

        return Cross(selectors, LowerWithoutPrompt(symbol, wanted, name, 0));
    }

    /// <summary>Ways to make <paramref name="expr"/> at least <paramref name="wanted"/>; <paramref name="owner"/> names whose dependency it is.</summary>
    private FixAlternatives Raise(Expr? expr, Tristate wanted, string owner, int depth)
    {
        if (_configuration.Eval(expr) >= wanted)
        {
            return FixAlternatives.Satisfied;
        }

        switch (expr!.Kind)
        {
            case ExprKind.Symbol:
                // A constant that is too low is no fact worth naming: the symbol it belongs to is named by the caller.
                return expr.Symbol!.IsConstant ? Nothing : RaiseSymbol(expr.Symbol, wanted, owner, depth + 1);
            case ExprKind.Not:
                return Lower(expr.Left, Negate(wanted), owner, depth);
            case ExprKind.And:
                return Cross(Raise(expr.Left, wanted, owner, depth), Raise(expr.Right, wanted, owner, depth));
            case ExprKind.Or:
                return Union(Raise(expr.Left, wanted, owner, depth), Raise(expr.Right, wanted, owner, depth));
            default:
                return Compare(expr, wantTrue: true, owner, depth);
        }
    }

    /// <summary>Ways to make <paramref name="expr"/> at most <paramref name="wanted"/>.</summary>
    private FixAlternatives Lower(Expr? expr, Tristate wanted, string owner, int depth)
    {
        if (_configuration.Eval(expr) <= wanted)
        {
            return FixAlternatives.Satisfied;
        }

        if (expr is null)
        {
            return Nothing;
        }

        switch (expr.Kind)
        {
            case ExprKind.Symbol:
                return expr.Symbol!.IsConstant ? Nothing : LowerSymbol(expr.Symbol, wanted, owner, depth + 1);
            case ExprKind.Not:
                return Raise(expr.Left, Negate(wanted), owner, depth);
            case ExprKind.And:
                return Union(Lower(expr.Left, wanted, owner, depth), Lower(expr.Right, wanted, owner, depth));
            case ExprKind.Or:
                return Cross(Lower(expr.Left, wanted, owner, depth), Lower(expr.Right, wanted, owner, depth));
            default:
                return Compare(expr, wantTrue: false, owner, depth);
        }
    }

    // A comparison of a bool or tristate with y, m or n is a need on that symbol; any other comparison (numbers,
    // strings, two symbols) is a fact this search does not change.
    private FixAlternatives Compare(Expr expr, bool wantTrue, string owner, int depth)
    {
        Symbol left = expr.Symbol!;
        Symbol right = expr.OtherSymbol!;
        Symbol? subject = null;
        Tristate? constant = ConstantOf(right);
        if (constant is not null)
        {
            subject = left;
        }
        else if ((constant = ConstantOf(left)) is not null)
        {
            subject = right;
        }

        bool equal = expr.Kind == ExprKind.Equal;
        if (subject is null && NumberNeed(expr, wantTrue, owner, depth) is { } number)
        {
            return number;
        }

        if (subject is null || constant is not { } value || subject.IsConstant || subject.Type is not (SymbolType.Bool or SymbolType.Tristate)
            || expr.Kind is not (ExprKind.Equal or ExprKind.Unequal))
        {
            return FixAlternatives.Blocked($"{owner} needs {ExprPrinter.Print(expr, _configuration.GetStringValue)} to be {(wantTrue ? "true" : "false")}, which no profile line decides directly");
        }

        // "S = v" wanted true, or "S != v" wanted false: S exactly v.
        if (equal == wantTrue)
        {
            return Cross(RaiseSymbol(subject, value, owner, depth + 1), LowerSymbol(subject, value, owner, depth + 1));
        }

        // S anything but v.
        FixAlternatives above = value < Tristate.Yes ? RaiseSymbol(subject, value + 1, owner, depth + 1) : Nothing;
        FixAlternatives below = value > Tristate.No ? LowerSymbol(subject, value - 1, owner, depth + 1) : Nothing;
        return Union(above, below);
    }

    // An int or hex symbol with a prompt compared with a number: the profile line giving it the nearest value that
    // makes the comparison come out as wanted (its range is checked when the candidate is verified).
    private FixAlternatives? NumberNeed(Expr expr, bool wantTrue, string owner, int depth)
    {
        // A number in an expression is a symbol of that name: constant when quoted, undefined otherwise.
        (Symbol variable, Symbol constant, ExprKind kind) = expr.Symbol!.IsDefined
            ? (expr.Symbol, expr.OtherSymbol!, expr.Kind)
            : (expr.OtherSymbol!, expr.Symbol, Mirror(expr.Kind));
        if (!variable.IsDefined || constant.IsDefined || constant.Name is null || variable.Type is not (SymbolType.Int or SymbolType.Hex) || !HasPrompt(variable)
            || !TryParseNumber(variable.Type, constant.Name, out long bound))
        {
            return null;
        }

        ExprKind needed = wantTrue ? kind : Invert(kind);
        long value = needed switch
        {
            ExprKind.LessThan => bound - 1,
            ExprKind.GreaterThan or ExprKind.Unequal => bound + 1,
            _ => bound,
        };
        string text = variable.Type == SymbolType.Hex
            ? "0x" + value.ToString("x", System.Globalization.CultureInfo.InvariantCulture)
            : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var line = new FixAlternatives([ChangeSet.Of(new SymbolChange(variable, Tristate.No, text))], [], false);
        return Cross(Raise(Visibility(variable), Tristate.Mod, variable.Name ?? owner, depth + 1), line);
    }

    private static bool TryParseNumber(SymbolType type, string text, out long value)
    {
        if (type == SymbolType.Hex)
        {
            string digits = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
            return long.TryParse(digits, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out value);
        }

        return long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    // "c < S" is "S > c".
    private static ExprKind Mirror(ExprKind kind) => kind switch
    {
        ExprKind.LessThan => ExprKind.GreaterThan,
        ExprKind.LessOrEqual => ExprKind.GreaterOrEqual,
        ExprKind.GreaterThan => ExprKind.LessThan,
        ExprKind.GreaterOrEqual => ExprKind.LessOrEqual,
        _ => kind,
    };

    // The comparison that holds exactly when this one does not.
    private static ExprKind Invert(ExprKind kind) => kind switch
    {
        ExprKind.Equal => ExprKind.Unequal,
        ExprKind.Unequal => ExprKind.Equal,
        ExprKind.LessThan => ExprKind.GreaterOrEqual,
        ExprKind.LessOrEqual => ExprKind.GreaterThan,
        ExprKind.GreaterThan => ExprKind.LessOrEqual,
        _ => ExprKind.LessThan,
    };

    private Tristate? ConstantOf(Symbol symbol)
    {
        KconfigModel model = _configuration.Model;
        return ReferenceEquals(symbol, model.Yes) ? Tristate.Yes
            : ReferenceEquals(symbol, model.Mod) ? Tristate.Mod
            : ReferenceEquals(symbol, model.No) ? Tristate.No
            : null;
    }

    /// <summary>Ways to make the symbol at least <paramref name="wanted"/>.</summary>
    private FixAlternatives RaiseSymbol(Symbol symbol, Tristate wanted, string owner, int depth)
    {
        if (symbol.Type == SymbolType.Bool && wanted == Tristate.Mod)
        {
            // A bool meets "at least m" only as y.
            wanted = Tristate.Yes;
        }

        Tristate actual = _configuration.GetTristateValue(symbol);
        if (actual >= wanted)
        {
            return FixAlternatives.Satisfied;
        }

        string name = symbol.Name ?? "<choice>";
        string needs = $"{owner} needs {name}{(wanted == Tristate.Mod ? " [at least m]" : string.Empty)}";
        if (!symbol.IsDefined)
        {
            return FixAlternatives.Blocked($"{needs}, which is not user-settable: it is not defined for {ArchText} (a fact of the architecture)");
        }

        if (ToolchainSymbols.IsToolchainIdentity(name))
        {
            return FixAlternatives.Blocked($"{needs}, which is a toolchain probe result [={Show(actual)}] the profile cannot set (change the toolchain instead)");
        }

        if (symbol.IsChoice || symbol.Type is not (SymbolType.Bool or SymbolType.Tristate))
        {
            return FixAlternatives.Blocked($"{needs} [={_configuration.GetStringValue(symbol)}], which no profile line sets directly");
        }

        return Expand(symbol, raise: true, wanted, depth, () =>
        {
            if (HasPrompt(symbol))
            {
                FixAlternatives line = Cross(Raise(Visibility(symbol), wanted, name, depth), Line(symbol, wanted));
                if (wanted == Tristate.Mod && symbol.Type == SymbolType.Tristate && _configuration.Model.ModulesSymbol is { } modules)
                {
                    // m needs modules enabled; y meets "at least m" too, and may need nothing else.
                    line = Union(
                        Cross(line, RaiseSymbol(modules, Tristate.Yes, name, depth + 1)),
                        Cross(Raise(Visibility(symbol), Tristate.Yes, name, depth), Line(symbol, Tristate.Yes)));
                }

                // A settable symbol whose prompt can never show may still be selected.
                return line.IsEmpty ? Union(line, RaiseWithoutPrompt(symbol, wanted, name, depth)) : line;
            }

            FixAlternatives found = RaiseWithoutPrompt(symbol, wanted, name, depth);
            return found.IsEmpty && found.Blockers.Count == 0 && !found.Truncated
                ? FixAlternatives.Blocked($"{needs}, which is not user-settable: it has no prompt, and no select, default or imply can turn it on")
                : found;
        });
    }

    /// <summary>Ways to make the symbol at most <paramref name="wanted"/>.</summary>
    private FixAlternatives LowerSymbol(Symbol symbol, Tristate wanted, string owner, int depth)
    {
        Tristate actual = _configuration.GetTristateValue(symbol);
        if (actual <= wanted || !symbol.IsDefined)
        {
            return FixAlternatives.Satisfied;
        }

        string name = symbol.Name ?? "<choice>";
        if (ToolchainSymbols.IsToolchainIdentity(name))
        {
            return FixAlternatives.Blocked($"{owner} needs {name} to be {Show(wanted)}, but it is a toolchain probe result [={Show(actual)}] the profile cannot set");
        }

        if (symbol.IsChoice || symbol.Type is not (SymbolType.Bool or SymbolType.Tristate))
        {
            return FixAlternatives.Blocked($"{owner} needs {name} [={_configuration.GetStringValue(symbol)}] to be {Show(wanted)}, which no profile line sets directly");
        }

        return Expand(symbol, raise: false, wanted, depth, () =>
        {
            FixAlternatives selectors = LowerSelectors(symbol, wanted, depth);
            FixAlternatives own = !HasPrompt(symbol) ? LowerWithoutPrompt(symbol, wanted, name, depth)
                : _configuration.GetVisibility(symbol) > Tristate.No ? Line(symbol, wanted)
                : Union(Cross(Line(symbol, wanted), Raise(Visibility(symbol), Tristate.Mod, name, depth)), LowerWithoutPrompt(symbol, wanted, name, depth));
            if (HasPrompt(symbol) && symbol.IsChoiceMember)
            {
                own = Union(own, Line(symbol, wanted));
            }

            if (own.IsEmpty && !own.Truncated && !HasPrompt(symbol))
            {
                own = own with { Blockers = [$"{owner} needs {name} [={Show(actual)}] to be {Show(wanted)}, but {name} is not user-settable: it has no prompt, and nothing the profile can set turns it off"] };
            }

            return Cross(selectors, own);
        });
    }

    private FixAlternatives Expand(Symbol symbol, bool raise, Tristate wanted, int depth, Func<FixAlternatives> compute)
    {
        if (_memo.TryGetValue((symbol.Index, raise, wanted), out FixAlternatives? known))
        {
            return known;
        }

        if (depth > _limits.MaxDepth || _steps >= _limits.MaxSteps)
        {
            return FixAlternatives.Stopped;
        }

        // A need that comes back to itself gives nothing new along this path.
        if (!_onPath.Add((symbol.Index, raise)))
        {
            return Nothing;
        }

        _steps++;
        FixAlternatives found = compute();
        _onPath.Remove((symbol.Index, raise));
        _memo[(symbol.Index, raise, wanted)] = found;
        return found;
    }

    // The profile line setting the symbol; nothing to add when the profile already writes that value.
    private FixAlternatives Line(Symbol symbol, Tristate value) =>
        _lines.TryGetValue(symbol.Name!, out Tristate written) && written == value
            ? FixAlternatives.Satisfied
            : new FixAlternatives([ChangeSet.Of(new SymbolChange(symbol, value))], [], false);

    // No prompt: a selector with its condition, a default with its condition, or an implier, each with the direct
    // dependency met (a select past unmet dependencies is the kernel's warning, never a fix).
    private FixAlternatives RaiseWithoutPrompt(Symbol symbol, Tristate wanted, string name, int depth)
    {
        var ways = new List<FixAlternatives>();
        foreach (Property select in ReverseOf(symbol).Take(_limits.MaxBranches))
        {
            Symbol selector = select.Owner!;
            FixAlternatives way = Cross(RaiseSymbol(selector, wanted, name, depth + 1), Raise(select.Visible, wanted, selector.Name ?? name, depth));
            ways.Add(Cross(way, Raise(symbol.DirectDependency, wanted, name, depth)));
        }

        foreach (Property fallback in symbol.PropertiesOf(PropertyKind.Default).Take(_limits.MaxBranches))
        {
            ways.Add(Cross(Cross(Raise(symbol.DirectDependency, wanted, name, depth), Raise(fallback.Expr, wanted, name, depth)), Raise(fallback.Visible, wanted, name, depth)));
        }

        return ways.Aggregate(new FixAlternatives([], [], ReverseOf(symbol).Count > _limits.MaxBranches), Union);
    }

    private FixAlternatives LowerWithoutPrompt(Symbol symbol, Tristate wanted, string name, int depth)
    {
        // Every active default must give way (its condition or value lowered), or the direct dependency drops.
        FixAlternatives defaults = FixAlternatives.Satisfied;
        foreach (Property fallback in symbol.PropertiesOf(PropertyKind.Default))
        {
            if (_configuration.Eval(fallback.Visible) > Tristate.No)
            {
                defaults = Cross(defaults, Union(Lower(fallback.Visible, Tristate.No, name, depth), Lower(fallback.Expr, wanted, name, depth)));
            }
        }

        return Union(Lower(symbol.DirectDependency, wanted, name, depth), defaults);
    }

    // Every select holding the symbol above the wanted value must lose its selector or its condition.
    private FixAlternatives LowerSelectors(Symbol symbol, Tristate wanted, int depth)
    {
        FixAlternatives all = FixAlternatives.Satisfied;
        foreach (Property select in ReverseOf(symbol))
        {
            Symbol selector = select.Owner!;
            if (select.Kind != PropertyKind.Select || Min(_configuration.GetTristateValue(selector), _configuration.Eval(select.Visible)) <= wanted)
            {
                continue;
            }

            string by = $"{symbol.Name} (selected by {selector.Name})";
            all = Cross(all, Union(LowerSymbol(selector, wanted, by, depth + 1), Lower(select.Visible, wanted, by, depth)));
            if (all.IsEmpty)
            {
                break;
            }
        }

        return all;
    }

    // Selects first, then implies, in model order.
    private IReadOnlyList<Property> ReverseOf(Symbol symbol)
    {
        if (_reverse is null)
        {
            _reverse = new Dictionary<Symbol, List<Property>>();
            foreach (PropertyKind kind in new[] { PropertyKind.Select, PropertyKind.Imply })
            {
                foreach (Symbol owner in _configuration.Model.Symbols)
                {
                    foreach (Property p in owner.PropertiesOf(kind))
                    {
                        if (p.Target is { } target)
                        {
                            if (!_reverse.TryGetValue(target, out List<Property>? list))
                            {
                                _reverse[target] = list = new List<Property>();
                            }

                            list.Add(p);
                        }
                    }
                }
            }
        }

        return _reverse.TryGetValue(symbol, out List<Property>? found) ? found : [];
    }

    /// <summary>Both needs at once: every pair of their sets that does not set one symbol two ways.</summary>
    private FixAlternatives Cross(FixAlternatives a, FixAlternatives b)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            return new FixAlternatives([], [.. (a.IsEmpty ? a.Blockers : []), .. (b.IsEmpty ? b.Blockers : [])], a.Truncated || b.Truncated);
        }

        var sets = new List<ChangeSet>();
        foreach (ChangeSet x in a.Sets)
        {
            foreach (ChangeSet y in b.Sets)
            {
                if (x.TryUnion(y, out ChangeSet union))
                {
                    sets.Add(union);
                }
            }
        }

        return Keep(sets, sets.Count == 0 ? [$"its needs conflict: they set {string.Join(", ", a.Sets.Concat(b.Sets).SelectMany(s => s.Changes).Select(c => c.Symbol.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))} to different values"] : [], a.Truncated || b.Truncated);
    }

    /// <summary>Either need: the sets of both, smallest first.</summary>
    private FixAlternatives Union(FixAlternatives a, FixAlternatives b)
    {
        if (a.IsEmpty && b.IsEmpty)
        {
            return new FixAlternatives([], [.. a.Blockers, .. b.Blockers], a.Truncated || b.Truncated);
        }

        return Keep(a.Sets.Concat(b.Sets), [], a.Truncated || b.Truncated);
    }

    // Distinct, minimal (no set that contains another), smallest first, then new lines before rewritten ones.
    private FixAlternatives Keep(IEnumerable<ChangeSet> sets, IReadOnlyList<string> blockers, bool truncated)
    {
        List<ChangeSet> ordered = sets.Distinct()
            .OrderBy(s => s.Count)
            .ThenBy(s => s.Changes.Count(c => _lines.ContainsKey(c.Symbol.Name!)))
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
        var kept = new List<ChangeSet>();
        foreach (ChangeSet set in ordered)
        {
            if (kept.Count < _limits.MaxAlternatives && !kept.Any(k => k.IsSubsetOf(set)))
            {
                kept.Add(set);
            }
        }

        return new FixAlternatives(kept, kept.Count == 0 ? blockers.Distinct(StringComparer.Ordinal).ToList() : [], truncated);
    }

    // Where a prompt shows: any of its prompts' conditions (each already includes its menu's dependencies).
    private static Expr? Visibility(Symbol symbol)
    {
        Expr? visible = null;
        foreach (MenuNode node in symbol.Nodes)
        {
            if (node.Prompt is { } prompt)
            {
                if (prompt.Visible is null)
                {
                    return null;
                }

                visible = Expr.OrOptional(visible, prompt.Visible);
            }
        }

        return visible ?? symbol.DirectDependency;
    }

    private static FixAlternatives Nothing { get; } = new([], [], false);

    private string ArchText => _arch is null ? "this tree" : "ARCH=" + _arch;

    private static bool HasPrompt(Symbol symbol) => symbol.Nodes.Any(n => n.Prompt is not null);

    private static Tristate Negate(Tristate value) => (Tristate)(2 - (int)value);

    private static Tristate Min(Tristate a, Tristate b) => a < b ? a : b;

    private static string Show(Tristate value) => value switch
    {
        Tristate.Yes => "y",
        Tristate.Mod => "m",
        _ => "n",
    };
}
