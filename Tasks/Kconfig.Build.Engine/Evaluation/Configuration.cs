using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Engine.Evaluation;

/// <summary>
/// One configuration of a model: user values and computed values of every symbol, evaluated lazily as
/// sym_calc_value() does. Each resolution owns its Configuration; the model underneath is shared.
/// </summary>
/// <remarks>
/// All state lives in arrays indexed by <see cref="Symbol.Index"/>. Values are computed on demand and
/// cached until something invalidates them, exactly as the kernel's SYMBOL_VALID flag works, because
/// the order in which conf computes symbols decides which warnings it prints and, through recursion,
/// a few values; a different strategy would not be byte-identical.
/// </remarks>
public sealed partial class Configuration
{
    private const int FlagValid = 1;
    private const int FlagWrite = 2;
    private const int FlagWritten = 4;
    private const int FlagDefUser = 8;
    private const int FlagDefAuto = 16;

    private readonly Symbol[] _symbols;
    private readonly int[] _flags;
    private readonly Tristate[] _currentTristate;
    private readonly string[] _currentString;
    private readonly Tristate[] _visible;
    private readonly Tristate[] _directDependency;
    private readonly Tristate[] _reverseDependency;
    private readonly Tristate[] _implied;
    private readonly Tristate[] _userTristate;
    private readonly string?[] _userString;
    private readonly Tristate[] _autoTristate;
    private readonly string?[] _autoString;
    private readonly Dictionary<MenuNode, List<Symbol>> _choicePriority = new();
    private readonly List<Diagnostic> _diagnostics = new();
    private Tristate _modulesValue;

    public Configuration(KconfigModel model)
    {
        Model = model;
        int count = model.Symbols.Count;
        _symbols = new Symbol[count];
        for (int i = 0; i < count; i++)
        {
            _symbols[i] = model.Symbols[i];
        }

        _flags = new int[count];
        _currentTristate = new Tristate[count];
        _currentString = new string[count];
        _visible = new Tristate[count];
        _directDependency = new Tristate[count];
        _reverseDependency = new Tristate[count];
        _implied = new Tristate[count];
        _userTristate = new Tristate[count];
        _userString = new string?[count];
        _autoTristate = new Tristate[count];
        _autoString = new string?[count];
        for (int i = 0; i < count; i++)
        {
            _currentString[i] = string.Empty;
        }

        InitializeConstant(model.Yes, Tristate.Yes, "y");
        InitializeConstant(model.Mod, Tristate.Mod, "m");
        InitializeConstant(model.No, Tristate.No, "n");
        HashOrder = SymbolHashOrder.For(model);

        // conf_parse() ends with the configuration marked changed.
        IsChanged = true;
    }

    public KconfigModel Model { get; }

    /// <summary>The <c>CONFIG_</c> prefix used when reading and writing (the <c>CONFIG_</c> environment variable).</summary>
    public string Prefix { get; set; } = "CONFIG_";

    /// <summary>Warn about unknown symbols in config files (KCONFIG_WARN_UNKNOWN_SYMBOLS is set).</summary>
    public bool WarnUnknownSymbols { get; set; }

    /// <summary>
    /// conf_get_changed(): the configuration differs from what was read, so .config must be rewritten.
    /// </summary>
    public bool IsChanged { get; set; }

    /// <summary>Symbols in the order the kernel's symbol hash table yields them (for_all_symbols).</summary>
    public IReadOnlyList<Symbol> HashOrder { get; }

    /// <summary>How many unmet-dependency warnings were raised (sym_warnings).</summary>
    public int DependencyWarningCount { get; private set; }

    /// <summary>How many warnings the last config file read raised (conf_warnings).</summary>
    public int ConfigWarningCount { get; private set; }

    /// <summary>The modules value in force (modules_val): n makes every tristate behave as bool.</summary>
    public Tristate ModulesValue => _modulesValue;

    /// <summary>Warnings raised so far, in the order conf prints them; <see cref="TakeDiagnostics"/> drains them.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Returns the warnings raised since the last call and forgets them.</summary>
    public IReadOnlyList<Diagnostic> TakeDiagnostics()
    {
        Diagnostic[] taken = _diagnostics.ToArray();
        _diagnostics.Clear();
        return taken;
    }

    /// <summary>The computed value as text: n/m/y for bool and tristate, the number or string otherwise.</summary>
    public string GetStringValue(Symbol symbol)
    {
        CalcValue(symbol);
        return CurrentStringValue(symbol);
    }

    /// <summary>The computed tristate value.</summary>
    public Tristate GetTristateValue(Symbol symbol)
    {
        CalcValue(symbol);
        return _currentTristate[symbol.Index];
    }

    /// <summary>The visibility of the symbol's prompts (sym-&gt;visible), computing the symbol first.</summary>
    public Tristate GetVisibility(Symbol symbol)
    {
        CalcValue(symbol);
        return _visible[symbol.Index];
    }

    /// <summary>Whether the symbol is written to .config (SYMBOL_WRITE), computing the symbol first.</summary>
    public bool IsWritten(Symbol symbol)
    {
        CalcValue(symbol);
        return (_flags[symbol.Index] & FlagWrite) != 0;
    }

    /// <summary>Whether the symbol has a user value (sym_has_value()).</summary>
    public bool HasUserValue(Symbol symbol) => (_flags[symbol.Index] & FlagDefUser) != 0;

    /// <summary>The user value as text, or null when there is none.</summary>
    public string? GetUserValue(Symbol symbol)
    {
        if (!HasUserValue(symbol))
        {
            return null;
        }

        return symbol.Type is SymbolType.Bool or SymbolType.Tristate
            ? TristateText(_userTristate[symbol.Index])
            : _userString[symbol.Index];
    }

    /// <summary>The effective type: tristate acts as bool while modules are off (sym_get_type()).</summary>
    public SymbolType EffectiveType(Symbol symbol) =>
        symbol.Type == SymbolType.Tristate && _modulesValue == Tristate.No ? SymbolType.Bool : symbol.Type;

    /// <summary>sym_is_changeable(): the user can move the value (visibility above what select forces).</summary>
    public bool IsChangeable(Symbol symbol)
    {
        CalcValue(symbol);
        return !symbol.IsChoice && _visible[symbol.Index] > _reverseDependency[symbol.Index];
    }

    /// <summary>The value as stored now, without computing it (sym_get_string_value()).</summary>
    public string CurrentStringValue(Symbol symbol) =>
        symbol.Type is SymbolType.Bool or SymbolType.Tristate
            ? TristateText(_currentTristate[symbol.Index])
            : _currentString[symbol.Index];

    public Tristate CurrentTristate(Symbol symbol) => _currentTristate[symbol.Index];

    internal static string TristateText(Tristate value) => value switch
    {
        Tristate.Yes => "y",
        Tristate.Mod => "m",
        _ => "n",
    };

    private void InitializeConstant(Symbol symbol, Tristate value, string text)
    {
        _currentTristate[symbol.Index] = value;
        _currentString[symbol.Index] = text;
        _flags[symbol.Index] = FlagValid;
    }

    private bool IsFixedConstant(Symbol symbol) =>
        ReferenceEquals(symbol, Model.Yes) || ReferenceEquals(symbol, Model.Mod) || ReferenceEquals(symbol, Model.No);

    private List<Symbol> ChoicePriority(MenuNode choice)
    {
        if (!_choicePriority.TryGetValue(choice, out List<Symbol>? list))
        {
            list = new List<Symbol>(choice.ChoiceMembers);
            _choicePriority.Add(choice, list);
        }

        return list;
    }

    /// <summary>The members of a choice in priority order (the order conf_read_simple() leaves them in).</summary>
    public IReadOnlyList<Symbol> GetChoicePriority(MenuNode choice) => ChoicePriority(choice);
}
