namespace Kconfig.Build.Engine.Model;

/// <summary>
/// The model's symbols by name, looked up by a span of characters: reading a .config or auto.conf finds a
/// symbol per line, and a string per line only to look it up was most of what reading allocated.
/// Open addressing, linear probing, ordinal; built once per model from <see cref="KconfigModel.SymbolsByName"/>,
/// so it finds exactly what <see cref="KconfigModel.FindSymbol(string)"/> finds.
/// </summary>
internal sealed class SymbolNameIndex
{
    private readonly string?[] _names;
    private readonly Symbol?[] _symbols;
    private readonly int[] _hashes;

    public SymbolNameIndex(IReadOnlyDictionary<string, Symbol> symbolsByName)
    {
        // At most two thirds full: short probe runs without a table twice that size to build per model.
        int size = 16;
        while (size * 2 < symbolsByName.Count * 3)
        {
            size *= 2;
        }

        _names = new string?[size];
        _symbols = new Symbol?[size];
        _hashes = new int[size];
        int mask = size - 1;
        foreach ((string name, Symbol symbol) in symbolsByName)
        {
            int hash = string.GetHashCode(name.AsSpan());
            int i = hash & mask;
            while (_names[i] is not null)
            {
                i = (i + 1) & mask;
            }

            _names[i] = name;
            _symbols[i] = symbol;
            _hashes[i] = hash;
        }
    }

    public Symbol? Find(ReadOnlySpan<char> name)
    {
        int hash = string.GetHashCode(name);
        int mask = _names.Length - 1;
        for (int i = hash & mask; _names[i] is { } candidate; i = (i + 1) & mask)
        {
            if (_hashes[i] == hash && name.SequenceEqual(candidate))
            {
                return _symbols[i];
            }
        }

        return null;
    }
}
