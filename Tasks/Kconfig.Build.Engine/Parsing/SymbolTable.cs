using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Engine.Parsing;

/// <summary>
/// Interns symbols as sym_lookup() does: <c>y</c>, <c>m</c> and <c>n</c> are the constants whether quoted
/// or not; other quoted strings are constant symbols; unquoted words are ordinary symbols, defined or not
/// (a word such as <c>64</c> is an undefined symbol whose value is its name). Indexes are dense, in
/// creation order.
/// </summary>
internal sealed class SymbolTable
{
    // Sized for a kernel tree (~18 500 symbols on arm64, a few thousand constants): growing from empty copied
    // and rehashed the table a dozen times per load, 1-2 MB of garbage arrays.
    private const int ExpectedSymbols = 24 * 1024;

    private readonly List<Symbol> _all = new(ExpectedSymbols);
    private readonly Dictionary<string, Symbol> _byName = new(ExpectedSymbols, StringComparer.Ordinal);
    private readonly Dictionary<string, Symbol> _constants = new(StringComparer.Ordinal);

    public SymbolTable()
    {
        Yes = CreateConstant("y");
        Mod = CreateConstant("m");
        No = CreateConstant("n");
    }

    public Symbol Yes { get; }

    public Symbol Mod { get; }

    public Symbol No { get; }

    public IReadOnlyList<Symbol> All => _all;

    public IReadOnlyDictionary<string, Symbol> ByName => _byName;

    /// <summary>The symbol named by an unquoted word.</summary>
    public Symbol Lookup(string name)
    {
        if (Special(name) is { } special)
        {
            return special;
        }

        if (!_byName.TryGetValue(name, out Symbol? symbol))
        {
            symbol = new Symbol(name, _all.Count);
            _all.Add(symbol);
            _byName.Add(name, symbol);
        }

        return symbol;
    }

    /// <summary>The constant symbol of a quoted string.</summary>
    public Symbol LookupConstant(string text)
    {
        if (Special(text) is { } special)
        {
            return special;
        }

        if (!_constants.TryGetValue(text, out Symbol? symbol))
        {
            symbol = new Symbol(text, _all.Count, SymbolFlags.Constant);
            _all.Add(symbol);
            _constants.Add(text, symbol);
        }

        return symbol;
    }

    /// <summary>A new anonymous symbol for a choice block.</summary>
    public Symbol CreateChoice()
    {
        var symbol = new Symbol(null, _all.Count, SymbolFlags.Choice);
        _all.Add(symbol);
        return symbol;
    }

    private Symbol? Special(string name) => name switch
    {
        "y" => Yes,
        "m" => Mod,
        "n" => No,
        _ => null,
    };

    private Symbol CreateConstant(string name)
    {
        var symbol = new Symbol(name, _all.Count, SymbolFlags.Constant) { Type = SymbolType.Tristate };
        _all.Add(symbol);
        return symbol;
    }
}
