namespace Kconfig.Build.Engine.Model;

/// <summary>
/// A parsed and finalised Kconfig tree: the menu tree, the symbol table and what was read to build it.
/// Immutable after loading, safe to share between evaluations on several threads.
/// </summary>
public sealed class KconfigModel
{
    public KconfigModel(
        MenuNode rootMenu,
        IReadOnlyList<Symbol> symbols,
        IReadOnlyDictionary<string, Symbol> symbolsByName,
        Symbol yes,
        Symbol mod,
        Symbol no,
        Symbol? modulesSymbol,
        IReadOnlyList<string> files,
        IReadOnlyList<KeyValuePair<string, string?>> environmentVariables)
    {
        RootMenu = rootMenu;
        Symbols = symbols;
        SymbolsByName = symbolsByName;
        Yes = yes;
        Mod = mod;
        No = no;
        ModulesSymbol = modulesSymbol;
        Files = files;
        EnvironmentVariables = environmentVariables;
    }

    /// <summary>The root node; its prompt is the expanded <c>mainmenu</c> title ("Main menu" without one).</summary>
    public MenuNode RootMenu { get; }

    /// <summary>The expanded mainmenu title, as written in the header of every output file.</summary>
    public string MainMenuTitle => RootMenu.Prompt?.Text ?? "Main menu";

    /// <summary>
    /// Every symbol, indexed by <see cref="Symbol.Index"/>: named (defined or only referenced), constants
    /// and the anonymous choice symbols.
    /// </summary>
    public IReadOnlyList<Symbol> Symbols { get; }

    /// <summary>Non-constant named symbols by name (without CONFIG_).</summary>
    public IReadOnlyDictionary<string, Symbol> SymbolsByName { get; }

    /// <summary>The constant symbols <c>y</c>, <c>m</c> and <c>n</c> (symbol_yes, symbol_mod, symbol_no).</summary>
    public Symbol Yes { get; }

    public Symbol Mod { get; }

    public Symbol No { get; }

    /// <summary>The symbol carrying the <c>modules</c> attribute (MODULES), or null when none does.</summary>
    public Symbol? ModulesSymbol { get; }

    /// <summary>Every Kconfig file read, in the order it was first opened (for auto.conf.cmd and incremental builds).</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Environment variables read through macros, in first-read order, with the value seen (null if unset).</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> EnvironmentVariables { get; }

    public Symbol? FindSymbol(string name) => SymbolsByName.TryGetValue(name, out Symbol? s) ? s : null;

    private SymbolNameIndex? _nameIndex;

    /// <summary>The symbol of that name, or null, without a string to look it up (built on first use; thread-safe).</summary>
    internal Symbol? FindSymbol(ReadOnlySpan<char> name) =>
        LazyInitializer.EnsureInitialized(ref _nameIndex, () => new SymbolNameIndex(SymbolsByName)).Find(name);
}
