using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.Explanation;
using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Profiles;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Provenance;

/// <summary>
/// Per-symbol provenance of a resolution: the value and the mechanism that gave it, decided the way
/// sym_calc_value() computes it (user value if the prompt is visible, else the first default whose
/// condition holds, raised by imply and select; ranges clamp int and hex). Requests, base-file lines and
/// Kconfig properties are named at their file:line. The why chains of hidden prompts come from
/// <see cref="ValueExplainer"/>.
/// </summary>
public sealed class ProvenanceAnalyzer
{
    private static readonly HashSet<string> VerificationCodes = new(StringComparer.Ordinal)
    {
        DiagnosticCodes.RequestNotTaken, DiagnosticCodes.RequestOutOfRange, DiagnosticCodes.RequestDependencyUnmet,
        DiagnosticCodes.RequestForcedBySelect, DiagnosticCodes.RequestNoPrompt, DiagnosticCodes.RequestChoiceConflict,
        DiagnosticCodes.RequestProbeFalse, DiagnosticCodes.RequestPreferLost, DiagnosticCodes.RequestForbiddenEnabled,
    };

    private readonly ResolutionSnapshot _snapshot;
    private readonly Configuration _configuration;
    private readonly Dictionary<string, ConfigRequest> _requests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _baseLines;
    private readonly string? _baseFile;
    private readonly Dictionary<Symbol, List<Property>> _selects = new();
    private readonly Dictionary<Symbol, List<Property>> _implies = new();
    private readonly ValueExplainer _explainer;

    public ProvenanceAnalyzer(ResolutionSnapshot snapshot)
    {
        _snapshot = snapshot;
        _configuration = snapshot.Configuration;

        // Writing .config clears each symbol's write flag (as conf_write does); recomputing restores it and,
        // olddefconfig's result being a fixed point, changes no value.
        _configuration.ClearAllValid();
        foreach (ConfigRequest request in snapshot.ActiveRequests)
        {
            _requests[request.SymbolName] = request;
        }

        _baseFile = snapshot.BaseFile is { } file ? Relative(file, snapshot.SourceTree) : null;
        _baseLines = snapshot.BaseFile is { } path && File.Exists(path) ? ConfigFileLines.Read(File.ReadAllText(path)) : new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Symbol owner in snapshot.Model.Symbols)
        {
            foreach (Property property in owner.Properties)
            {
                if (property.Kind is PropertyKind.Select or PropertyKind.Imply && property.Target is { } target)
                {
                    Dictionary<Symbol, List<Property>> index = property.Kind == PropertyKind.Select ? _selects : _implies;
                    if (!index.TryGetValue(target, out List<Property>? list))
                    {
                        index[target] = list = [];
                    }

                    list.Add(property);
                }
            }
        }

        _explainer = new ValueExplainer(_configuration, snapshot.Arch);
    }

    /// <summary>Every defined, named, typed symbol in menu order; <paramref name="writtenOrRequestedOnly"/> keeps those conf writes to .config plus the requested ones.</summary>
    public IReadOnlyList<SymbolProvenance> ExplainAll(bool writtenOrRequestedOnly)
    {
        Dictionary<Symbol, int> order = MenuPath.MenuOrder(_snapshot.Model);
        return _snapshot.Model.Symbols
            .Where(IsReportable)
            .Where(s => !writtenOrRequestedOnly || _configuration.IsWritten(s) || _requests.ContainsKey(s.Name!))
            .OrderBy(s => order.TryGetValue(s, out int p) ? p : int.MaxValue)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => Explain(s, withWhy: false))
            .ToList();
    }

    /// <summary>Whether a symbol has a value worth reporting: defined, named, not a constant or a choice.</summary>
    public static bool IsReportable(Symbol symbol) =>
        symbol.IsDefined && !symbol.IsConstant && !symbol.IsChoice && symbol.Name is not null
        && symbol.Type is SymbolType.Bool or SymbolType.Tristate or SymbolType.Int or SymbolType.Hex or SymbolType.String;

    /// <summary>The provenance of one symbol; <paramref name="withWhy"/> adds the why chain of a hidden prompt.</summary>
    public SymbolProvenance Explain(Symbol symbol, bool withWhy = true)
    {
        string value = _configuration.GetStringValue(symbol);
        SymbolOrigin origin = Decide(symbol, value, withWhy);
        if (_requests.TryGetValue(symbol.Name!, out ConfigRequest? request))
        {
            bool taken = !_snapshot.Diagnostics.Any(d => VerificationCodes.Contains(d.Code) && (d.Span == request.Location || d.Span == request.ValueLocation));
            IReadOnlyList<SourceSpan> overrides = _snapshot.Diagnostics
                .Where(d => d.Code == DiagnosticCodes.RequestOverridden && d.Message.StartsWith(symbol.Name + ": ", StringComparison.Ordinal))
                .Select(d => d.Span)
                .ToList();
            origin = origin with { Request = request.Location, RequestTaken = taken, Overrides = overrides };
        }

        return new SymbolProvenance(symbol.Name!, symbol.Type.ToString().ToLowerInvariant(), value, _configuration.IsWritten(symbol), MenuPath.Of(symbol), origin);
    }

    private SymbolOrigin Decide(Symbol symbol, string value, bool withWhy)
    {
        string name = symbol.Name!;
        if (ToolchainSymbols.IsToolchainIdentity(name) && ActiveDefault(symbol, out _) is { } probe)
        {
            return new SymbolOrigin(OriginKind.ToolchainProbe, $"toolchain probe result: default {Print(probe.Expr)}{Condition(probe)}", probe.Location, []);
        }

        bool visible = _configuration.GetVisibility(symbol) != Tristate.No;
        string? user = _configuration.HasUserValue(symbol) ? _configuration.GetUserValue(symbol) : null;
        _requests.TryGetValue(name, out ConfigRequest? request);
        bool fromRequest = request is { SetsValue: true } && user is not null;
        return symbol.Type is SymbolType.Bool or SymbolType.Tristate
            ? DecideTristate(symbol, value, visible, user, fromRequest ? request : null, withWhy)
            : DecideString(symbol, value, visible, user, fromRequest ? request : null, withWhy);
    }

    private SymbolOrigin DecideTristate(Symbol symbol, string value, bool visible, string? user, ConfigRequest? request, bool withWhy)
    {
        Tristate actual = _configuration.GetTristateValue(symbol);
        Tristate reverse = EvalOrNo(symbol.ReverseDependency);
        List<WhyLink> selectors = Links(symbol, _selects, "selected by ");
        if (symbol.ChoiceNode is { } choice)
        {
            return ChoiceOrigin(symbol, choice, actual, visible, user, request);
        }

        if (visible && user is not null)
        {
            Tristate userValue = ToTristate(user);
            Tristate limited = Min(userValue, _configuration.GetVisibility(symbol));
            if (reverse > limited && actual == reverse)
            {
                return new SymbolOrigin(OriginKind.Selected, SelectedText(selectors), selectors.FirstOrDefault()?.Location ?? SourceSpan.None, selectors);
            }

            string limit = limited < userValue ? $" (limited to {Text(limited)} by its dependencies: {Print(symbol.DirectDependency)})" : string.Empty;
            if (request is not null)
            {
                return new SymbolOrigin(OriginKind.Requested, $"requested as {request.Value} at {request.Location.ToFileLine()}{limit}", request.Location, selectors);
            }

            return FromBase(symbol, value, limit, () => WithoutUserValue(symbol, actual, reverse, selectors, withWhy));
        }

        return WithoutUserValue(symbol, actual, reverse, selectors, withWhy);
    }

    // What the symbol gets from its defaults, implies and selects alone (no user value, or a hidden prompt).
    private SymbolOrigin WithoutUserValue(Symbol symbol, Tristate actual, Tristate reverse, List<WhyLink> selectors, bool withWhy)
    {
        Property? def = ActiveDefault(symbol, out Tristate condition);
        Tristate fromDefault = def is null ? Tristate.No : Min(_configuration.Eval(def.Expr), condition);
        Tristate implied = Min(EvalOrNo(symbol.Implied), _configuration.Eval(symbol.DirectDependency));
        if (actual != Tristate.No && reverse >= actual && fromDefault < actual && implied < actual)
        {
            return new SymbolOrigin(OriginKind.Selected, SelectedText(selectors), selectors.FirstOrDefault()?.Location ?? SourceSpan.None, selectors);
        }

        if (actual != Tristate.No && implied >= actual && fromDefault < actual)
        {
            List<WhyLink> implying = Links(symbol, _implies, "implied by ");
            return new SymbolOrigin(OriginKind.Implied, string.Join(", ", implying.Select(l => l.Text)), implying.FirstOrDefault()?.Location ?? SourceSpan.None, implying);
        }

        if (def is not null && (actual != Tristate.No || _configuration.GetVisibility(symbol) != Tristate.No || HasPrompt(symbol) is false))
        {
            return new SymbolOrigin(OriginKind.Default, $"default {Print(def.Expr)}{Condition(def)}", def.Location, selectors);
        }

        return Hidden(symbol, withWhy);
    }

    private SymbolOrigin Hidden(Symbol symbol, bool withWhy)
    {
        if (!HasPrompt(symbol))
        {
            return new SymbolOrigin(OriginKind.NoPrompt, "no prompt, and no default or select gives it a value", ValueExplainer.DefinitionOf(symbol), withWhy ? _explainer.Explain(symbol, Tristate.Yes).Chain : []);
        }

        if (_configuration.GetVisibility(symbol) == Tristate.No)
        {
            string dependency = symbol.DirectDependency is { } depends && _configuration.Eval(depends) == Tristate.No
                ? $"depends on {Print(depends)}"
                : "its prompt is hidden";
            return new SymbolOrigin(OriginKind.NotVisible, $"not visible: {dependency}", ValueExplainer.DefinitionOf(symbol), withWhy ? _explainer.Explain(symbol, Tristate.Yes).Chain : []);
        }

        return new SymbolOrigin(OriginKind.Default, "no default applies", ValueExplainer.DefinitionOf(symbol), []);
    }

    private SymbolOrigin ChoiceOrigin(Symbol symbol, MenuNode choice, Tristate actual, bool visible, string? user, ConfigRequest? request)
    {
        string prompt = choice.Prompt?.Text ?? "<choice>";
        if (actual != Tristate.No && visible && user is not null && ToTristate(user) == Tristate.Yes)
        {
            if (request is not null)
            {
                return new SymbolOrigin(OriginKind.Requested, $"requested as {request.Value} at {request.Location.ToFileLine()} (member of choice \"{prompt}\")", request.Location, []);
            }

            bool inBaseFile = _baseFile is not null && _baseLines.ContainsKey(symbol.Name!);
            if (!inBaseFile && ReferenceEquals(_configuration.ChoiceDefault(choice), symbol))
            {
                return new SymbolOrigin(OriginKind.Choice, $"default of choice \"{prompt}\"", choice.Location, []);
            }

            return FromBase(symbol, Text(actual), $" (member of choice \"{prompt}\")", () => new SymbolOrigin(OriginKind.Choice, $"default of choice \"{prompt}\"", choice.Location, []));
        }

        if (actual != Tristate.No)
        {
            return new SymbolOrigin(OriginKind.Choice, $"default of choice \"{prompt}\"", choice.Location, []);
        }

        Symbol? chosen = choice.ChoiceMembers.FirstOrDefault(m => !ReferenceEquals(m, symbol) && _configuration.GetTristateValue(m) == Tristate.Yes);
        return chosen is not null
            ? new SymbolOrigin(OriginKind.Choice, $"choice \"{prompt}\" picked {chosen.Name}", choice.Location, [])
            : Hidden(symbol, withWhy: false) with { Kind = _configuration.GetVisibility(symbol) == Tristate.No ? OriginKind.NotVisible : OriginKind.Choice };
    }

    private SymbolOrigin DecideString(Symbol symbol, string value, bool visible, string? user, ConfigRequest? request, bool withWhy)
    {
        if (visible && user is not null)
        {
            if (user != value && RangeOf(symbol) is { } clamped)
            {
                return clamped with { Text = $"{clamped.Text}: {Show(user)} became {Show(value)}" };
            }

            if (request is not null)
            {
                return new SymbolOrigin(OriginKind.Requested, $"requested as {request.Value} at {request.Location.ToFileLine()}", request.Location, []);
            }

            return FromBase(symbol, value, string.Empty, () => StringDefault(symbol, value, withWhy));
        }

        return StringDefault(symbol, value, withWhy);
    }

    private SymbolOrigin StringDefault(Symbol symbol, string value, bool withWhy)
    {
        if (ActiveDefault(symbol, out _) is { } def && _configuration.Eval(symbol.DirectDependency) != Tristate.No)
        {
            string given = def.Expr is { Kind: ExprKind.Symbol, Symbol: { } source } ? _configuration.GetStringValue(source) : value;
            if (given != value && RangeOf(symbol) is { } clamped)
            {
                return clamped with { Text = $"{clamped.Text}: default {Show(given)} ({def.Location.ToFileLine()}) became {Show(value)}" };
            }

            return new SymbolOrigin(OriginKind.Default, $"default {Print(def.Expr)}{Condition(def)}", def.Location, []);
        }

        return Hidden(symbol, withWhy);
    }

    // A value the base configuration holds as a user value: its line in the base file, or (a value conf wrote
    // into the base from a default) the mechanism that still gives it, else "kept from the base".
    private SymbolOrigin FromBase(Symbol symbol, string value, string suffix, Func<SymbolOrigin> mechanism)
    {
        if (_baseFile is not null && _baseLines.TryGetValue(symbol.Name!, out int line))
        {
            var at = SourceSpan.AtLine(_baseFile, line);
            return new SymbolOrigin(OriginKind.BaseConfig, $"base configuration {at.ToFileLine()}{suffix}", at, []);
        }

        SymbolOrigin computed = mechanism();
        if (computed.Kind is not (OriginKind.NotVisible or OriginKind.NoPrompt) && SameAsComputed(symbol, value, computed))
        {
            return computed;
        }

        string from = _baseFile ?? _snapshot.Profile.Base.Kind.ToString().ToLowerInvariant();
        return new SymbolOrigin(OriginKind.BaseConfig, $"kept from the base configuration ({from}){suffix}", SourceSpan.None, []);
    }

    private bool SameAsComputed(Symbol symbol, string value, SymbolOrigin computed)
    {
        if (symbol.Type is SymbolType.Bool or SymbolType.Tristate)
        {
            Property? def = ActiveDefault(symbol, out Tristate condition);
            Tristate fromDefault = def is null ? Tristate.No : Min(_configuration.Eval(def.Expr), condition);
            Tristate implied = Min(EvalOrNo(symbol.Implied), _configuration.Eval(symbol.DirectDependency));
            Tristate result = Max(Max(fromDefault, implied), EvalOrNo(symbol.ReverseDependency));
            if (result == Tristate.Mod && _configuration.EffectiveType(symbol) == SymbolType.Bool)
            {
                result = Tristate.Yes;
            }

            return Text(result) == value;
        }

        if (computed.Kind == OriginKind.RangeClamped)
        {
            // The default moved into the range is what conf wrote into the base.
            return true;
        }

        if (computed.Kind != OriginKind.Default)
        {
            return false;
        }

        // Without a default conf starts int, hex and string symbols at 0, 0x0 and "".
        return ActiveDefault(symbol, out _) is { } active
            ? active.Expr is { Kind: ExprKind.Symbol, Symbol: { } source } && _configuration.GetStringValue(source) == value
            : value == symbol.Type switch { SymbolType.Int => "0", SymbolType.Hex => "0x0", _ => string.Empty };
    }

    private SymbolOrigin? RangeOf(Symbol symbol)
    {
        foreach (Property range in symbol.PropertiesOf(PropertyKind.Range))
        {
            if (_configuration.Eval(range.Visible) != Tristate.No && range.RangeLow is { } low && range.RangeHigh is { } high)
            {
                return new SymbolOrigin(OriginKind.RangeClamped, $"clamped by range {_configuration.GetStringValue(low)}..{_configuration.GetStringValue(high)}", range.Location, []);
            }
        }

        return null;
    }

    private List<WhyLink> Links(Symbol symbol, Dictionary<Symbol, List<Property>> index, string prefix)
    {
        var links = new List<WhyLink>();
        if (!index.TryGetValue(symbol, out List<Property>? properties))
        {
            return links;
        }

        foreach (Property property in properties)
        {
            if (property.Owner is not { } owner || _configuration.GetTristateValue(owner) == Tristate.No
                || (property.Visible is { } condition && _configuration.Eval(condition) == Tristate.No))
            {
                continue;
            }

            string cond = property.Visible is { } c ? " if " + Print(c) : string.Empty;
            links.Add(new WhyLink($"{prefix}{owner.Name} [={_configuration.GetStringValue(owner)}]{cond}", property.Location, []));
        }

        return links;
    }

    private static string SelectedText(List<WhyLink> selectors) =>
        selectors.Count == 0 ? "selected" : string.Join(", ", selectors.Select(l => l.Text));

    private Property? ActiveDefault(Symbol symbol, out Tristate condition)
    {
        foreach (Property property in symbol.PropertiesOf(PropertyKind.Default))
        {
            condition = _configuration.Eval(property.Visible);
            if (condition != Tristate.No)
            {
                return property;
            }
        }

        condition = Tristate.No;
        return null;
    }

    private string Condition(Property property) =>
        property.Visible is { } visible && !(visible.Kind == ExprKind.Symbol && ReferenceEquals(visible.Symbol, _snapshot.Model.Yes)) ? " if " + Print(visible) : string.Empty;

    // A missing reverse dependency or imply is n; a missing condition (Eval's null) is y.
    private Tristate EvalOrNo(Expr? expr) => expr is null ? Tristate.No : _configuration.Eval(expr);

    private string Print(Expr? expr) => ExprPrinter.Print(expr, _configuration.GetStringValue);

    private static bool HasPrompt(Symbol symbol) => symbol.Nodes.Any(n => n.Prompt is not null);

    private static string Show(string value) => value.Length == 0 ? "\"\"" : value;

    private static Tristate ToTristate(string value) => value switch { "y" => Tristate.Yes, "m" => Tristate.Mod, _ => Tristate.No };

    private static string Text(Tristate value) => value switch { Tristate.Yes => "y", Tristate.Mod => "m", _ => "n" };

    private static Tristate Min(Tristate a, Tristate b) => a < b ? a : b;

    private static Tristate Max(Tristate a, Tristate b) => a > b ? a : b;

    private static string Relative(string path, string sourceTree)
    {
        string relative = Path.GetRelativePath(sourceTree, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }
}
