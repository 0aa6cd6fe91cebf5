using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Explanation;

/// <summary>
/// The "why" engine: explains why a bool or tristate symbol is below (or above) a wanted value in an evaluated
/// configuration, as a chain of links from the symbol down to roots the profile can change (a symbol with a
/// prompt) or cannot (the architecture, a toolchain probe). Every link prints its expression with each
/// operand's value (<see cref="ExprPrinter.Print(Expr?, Func{Symbol, string}?)"/>) and its Kconfig file:line.
/// </summary>
public sealed class ValueExplainer
{
    private const int MaxDepth = 12;
    private readonly Configuration _configuration;
    private readonly string? _arch;

    private readonly Dictionary<string, string[]?> _sourceLines = new(StringComparer.Ordinal);

    public ValueExplainer(Configuration configuration, string? arch = null)
    {
        _configuration = configuration;
        _arch = arch;
    }

    /// <summary>
    /// The kernel tree the model was read from (Kconfig locations are relative to it). When set, a toolchain probe
    /// in a chain is named by its Kconfig text as written, before macro expansion (<c>def_bool $(cc-option,...)</c>),
    /// since the model only holds the expanded y or n.
    /// </summary>
    public string? SourceTree { get; init; }

    /// <summary>Explains why <paramref name="symbol"/> is not at <paramref name="wanted"/>.</summary>
    public ValueExplanation Explain(Symbol symbol, Tristate wanted)
    {
        Tristate actual = _configuration.GetTristateValue(symbol);
        if (wanted > actual)
        {
            return ExplainTooLow(symbol, wanted);
        }

        if (wanted < actual)
        {
            return ExplainTooHigh(symbol, wanted);
        }

        return new ValueExplanation(NotTakenReason.Unexplained, []);
    }

    private string ValueOf(Symbol s) => _configuration.GetStringValue(s);

    private string Print(Expr expr) => ExprPrinter.Print(expr, ValueOf);

    private ValueExplanation ExplainTooLow(Symbol symbol, Tristate wanted)
    {
        if (symbol.ChoiceNode?.Symbol is { } choice)
        {
            Symbol? winner = choice.ChoiceNode is null
                ? null
                : symbol.ChoiceNode.ChoiceMembers.FirstOrDefault(m => !ReferenceEquals(m, symbol) && _configuration.GetTristateValue(m) == Tristate.Yes);
            winner ??= _configuration.Model.Symbols.FirstOrDefault(m => ReferenceEquals(m.ChoiceNode, symbol.ChoiceNode) && !ReferenceEquals(m, symbol) && _configuration.GetTristateValue(m) == Tristate.Yes);
            if (winner is not null && _configuration.Eval(symbol.DirectDependency) >= wanted)
            {
                var link = new WhyLink($"{symbol.Name} is a member of a choice in which {winner.Name} [=y] is selected; ask for {winner.Name}: n or for only one member", DefinitionOf(symbol), []);
                return new ValueExplanation(NotTakenReason.ChoiceConflict, [link]);
            }
        }

        var visited = new HashSet<Symbol>();
        WhyLink chain = Below(symbol, wanted, 0, visited);
        NotTakenReason reason;
        if (chain.IsProbe || (chain.Causes.Count > 0 && chain.Roots().All(r => r.IsProbe)))
        {
            reason = NotTakenReason.ProbeFalse;
        }
        else if (symbol.DirectDependency is { } depends && _configuration.Eval(depends) < wanted)
        {
            reason = NotTakenReason.DependencyUnmet;
        }
        else if (!HasPrompt(symbol))
        {
            reason = NotTakenReason.NoPrompt;
        }
        else
        {
            reason = NotTakenReason.Unexplained;
        }

        return new ValueExplanation(reason, [chain]);
    }

    private ValueExplanation ExplainTooHigh(Symbol symbol, Tristate wanted)
    {
        List<WhyLink> selectors = Selectors(symbol, wanted).ToList();
        if (selectors.Count > 0)
        {
            return new ValueExplanation(NotTakenReason.ForcedBySelect, selectors.Select(s => s with { Text = "selected by " + s.Text }).ToList());
        }

        if (!HasPrompt(symbol))
        {
            return new ValueExplanation(NotTakenReason.NoPrompt, [NoPromptLink(symbol)]);
        }

        return new ValueExplanation(NotTakenReason.Unexplained, []);
    }

    /// <summary>The selects in force on <paramref name="symbol"/>, above <paramref name="wanted"/>, each at its Kconfig line.</summary>
    public IEnumerable<WhyLink> Selectors(Symbol symbol, Tristate wanted)
    {
        foreach (Symbol owner in _configuration.Model.Symbols)
        {
            foreach (Property select in owner.PropertiesOf(PropertyKind.Select))
            {
                if (!ReferenceEquals(select.Target, symbol) || _configuration.GetTristateValue(owner) <= wanted)
                {
                    continue;
                }

                if (select.Visible is { } condition && _configuration.Eval(condition) <= wanted)
                {
                    continue;
                }

                string condText = select.Visible is { } c ? " if " + Print(c) : string.Empty;
                yield return new WhyLink($"{owner.Name} [={ValueOf(owner)}]{condText}", select.Location, []);
            }
        }
    }

    private WhyLink Below(Symbol symbol, Tristate wanted, int depth, HashSet<Symbol> visited)
    {
        string name = symbol.Name ?? "<choice>";
        if (!symbol.IsDefined)
        {
            string where = _arch is null ? "in this tree" : $"for ARCH={_arch}";
            return new WhyLink($"{name} is not defined {where} (a fact of the architecture)", SourceSpan.None, [], IsFact: true);
        }

        if (ToolchainSymbols.IsToolchainIdentity(name))
        {
            Property? probe = symbol.PropertiesOf(PropertyKind.Default).FirstOrDefault(d => ProbeText(d.Location) is not null);
            string text = probe is null ? string.Empty : ": " + ProbeText(probe.Location);
            return new WhyLink($"{name} [={ValueOf(symbol)}] is a toolchain probe result{text}", probe?.Location ?? DefinitionOf(symbol), [], IsFact: true, IsProbe: true);
        }

        if (depth >= MaxDepth || !visited.Add(symbol))
        {
            return new WhyLink($"{name} [={ValueOf(symbol)}]", DefinitionOf(symbol), []);
        }

        if (symbol.DirectDependency is { } depends && _configuration.Eval(depends) < wanted)
        {
            var causes = new List<WhyLink>();
            Blocking(depends, wanted, depth, visited, causes);
            return new WhyLink($"{name} [={ValueOf(symbol)}] depends on {Print(depends)}", DefinitionOf(symbol), causes);
        }

        if (!HasPrompt(symbol))
        {
            return NoPromptLink(symbol);
        }

        Tristate visibility = _configuration.GetVisibility(symbol);
        if (visibility < wanted)
        {
            Property? prompt = symbol.Nodes.Select(n => n.Prompt).FirstOrDefault(p => p is not null);
            string condition = prompt?.Visible is { } v ? Print(v) : "its menu";
            return new WhyLink($"the prompt of {name} is hidden: {condition}", prompt?.Location ?? DefinitionOf(symbol), []);
        }

        return new WhyLink($"{name} [={ValueOf(symbol)}] can be set by the profile", DefinitionOf(symbol), []);
    }

    // The operands holding an expression below `wanted`: for && those below it, for || every operand.
    private void Blocking(Expr expr, Tristate wanted, int depth, HashSet<Symbol> visited, List<WhyLink> causes)
    {
        switch (expr.Kind)
        {
            case ExprKind.Symbol when expr.Symbol is { IsConstant: false } s:
                if (_configuration.Eval(expr) < wanted)
                {
                    causes.Add(Below(s, wanted, depth + 1, visited));
                }

                break;
            case ExprKind.And:
                foreach (Expr operand in new[] { expr.Left!, expr.Right! })
                {
                    if (_configuration.Eval(operand) < wanted)
                    {
                        Blocking(operand, wanted, depth, visited, causes);
                    }
                }

                break;
            case ExprKind.Or:
                Blocking(expr.Left!, wanted, depth, visited, causes);
                Blocking(expr.Right!, wanted, depth, visited, causes);
                break;
            case ExprKind.Not when expr.Left is { Kind: ExprKind.Symbol, Symbol: { IsConstant: false } negated }:
                List<WhyLink> selectors = Selectors(negated, Tristate.No).ToList();
                string by = selectors.Count > 0 ? " (selected by " + string.Join(", ", selectors.Select(l => l.Text)) + ")" : string.Empty;
                causes.Add(new WhyLink($"{negated.Name} [={ValueOf(negated)}] must be n{by}", DefinitionOf(negated), selectors.Where(l => !l.Location.IsNone).ToList()));
                break;
            default:
                if (expr.Kind != ExprKind.Symbol)
                {
                    causes.Add(new WhyLink($"{Print(expr)} is false", SourceSpan.None, []));
                }

                break;
        }
    }

    private WhyLink NoPromptLink(Symbol symbol)
    {
        var causes = new List<WhyLink>();
        foreach (Property d in symbol.PropertiesOf(PropertyKind.Default))
        {
            string condition = d.Visible is { } v ? " if " + Print(v) : string.Empty;
            causes.Add(new WhyLink($"default {Print(d.Expr!)}{condition}", d.Location, []));
        }

        foreach (Symbol owner in _configuration.Model.Symbols)
        {
            foreach (Property select in owner.PropertiesOf(PropertyKind.Select).Concat(owner.PropertiesOf(PropertyKind.Imply)))
            {
                if (ReferenceEquals(select.Target, symbol))
                {
                    string kind = select.Kind == PropertyKind.Select ? "selected" : "implied";
                    causes.Add(new WhyLink($"{kind} by {owner.Name} [={ValueOf(owner)}]", select.Location, []));
                }
            }
        }

        return new WhyLink($"{symbol.Name} [={ValueOf(symbol)}] has no prompt: only its defaults and selects set it; ask for one of these instead", DefinitionOf(symbol), causes);
    }

    /// <summary>The Kconfig line at <paramref name="location"/> as written, when it holds a macro call ($(...)); else null.</summary>
    private string? ProbeText(SourceSpan location)
    {
        if (SourceTree is null || location.IsNone || location.Line < 1)
        {
            return null;
        }

        string file = Path.IsPathRooted(location.File) ? location.File : Path.Combine(SourceTree, location.File);
        if (!_sourceLines.TryGetValue(file, out string[]? lines))
        {
            try
            {
                lines = File.ReadAllLines(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                lines = null;
            }

            _sourceLines[file] = lines;
        }

        if (lines is null || location.Line > lines.Length)
        {
            return null;
        }

        string text = lines[location.Line - 1].Trim();
        return text.Contains("$(", StringComparison.Ordinal) ? text : null;
    }

    private static bool HasPrompt(Symbol symbol) => symbol.Nodes.Any(n => n.Prompt is not null);

    /// <summary>Where the symbol is defined: the first menu node with a prompt, else the first.</summary>
    public static SourceSpan DefinitionOf(Symbol symbol) =>
        (symbol.Nodes.FirstOrDefault(n => n.Prompt is not null) ?? symbol.Nodes.FirstOrDefault())?.Location ?? SourceSpan.None;
}
