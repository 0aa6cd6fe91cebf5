using System.Runtime.CompilerServices;
using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Engine.Evaluation;

/// <summary>
/// The order in which the kernel's for_all_symbols() visits symbols: buckets of a 16384-entry table keyed
/// by the 32-bit FNV-1 hash of the name (0 for a choice), newest first inside a bucket. conf writes
/// auto.conf, autoconf.h and rustc_cfg, and evaluates symbols after reading a config, in this order; the
/// order of the unmet-dependency warnings it prints depends on it.
/// </summary>
/// <remarks>Relies on <see cref="Symbol.Index"/> following creation order (sym_lookup() order).</remarks>
public static class SymbolHashOrder
{
    private const uint TableSize = 1u << 14;
    private static readonly ConditionalWeakTable<KconfigModel, Symbol[]> Cache = new();

    public static IReadOnlyList<Symbol> For(KconfigModel model) => Cache.GetValue(model, Compute);

    /// <summary>The kernel's hash_str(): FNV-1 over the name's bytes, each sign-extended as a C char.</summary>
    public static uint Hash(string name)
    {
        uint hash = 2166136261u;
        // Names are ASCII but for rare exceptions: those are hashed over their UTF-8 bytes, without a byte
        // array per symbol (this ran for every symbol of every model).
        if (!System.Text.Ascii.IsValid(name))
        {
            foreach (byte b in System.Text.Encoding.UTF8.GetBytes(name))
            {
                hash = unchecked((hash ^ (uint)(sbyte)b) * 0x01000193u);
            }

            return hash;
        }

        foreach (char c in name)
        {
            hash = unchecked((hash ^ c) * 0x01000193u);
        }

        return hash;
    }

    // A counting sort by bucket: buckets in table order, and inside a bucket the newest symbol (highest
    // index) first, as sym_lookup() prepends to its bucket's list.
    private static Symbol[] Compute(KconfigModel model)
    {
        IReadOnlyList<Symbol> symbols = model.Symbols;
        var buckets = new int[symbols.Count];
        var starts = new int[TableSize + 1];
        int count = 0;
        for (int i = 0; i < symbols.Count; i++)
        {
            Symbol symbol = symbols[i];
            // y, m and n are static in the kernel, never in the table.
            if (ReferenceEquals(symbol, model.Yes) || ReferenceEquals(symbol, model.Mod) || ReferenceEquals(symbol, model.No))
            {
                buckets[i] = -1;
                continue;
            }

            int bucket = symbol.Name is null ? 0 : (int)(Hash(symbol.Name) % TableSize);
            buckets[i] = bucket;
            starts[bucket + 1]++;
            count++;
        }

        for (int b = 0; b < TableSize; b++)
        {
            starts[b + 1] += starts[b];
        }

        var result = new Symbol[count];
        // Walking the symbols from the newest fills each bucket newest first.
        for (int i = symbols.Count - 1; i >= 0; i--)
        {
            if (buckets[i] >= 0)
            {
                result[starts[buckets[i]]++] = symbols[i];
            }
        }

        return result;
    }
}
