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
        foreach (byte b in System.Text.Encoding.UTF8.GetBytes(name))
        {
            hash = unchecked((hash ^ (uint)(sbyte)b) * 0x01000193u);
        }

        return hash;
    }

    private static Symbol[] Compute(KconfigModel model)
    {
        var entries = new List<(uint Bucket, int Index, Symbol Symbol)>(model.Symbols.Count);
        foreach (Symbol symbol in model.Symbols)
        {
            // y, m and n are static in the kernel, never in the table.
            if (ReferenceEquals(symbol, model.Yes) || ReferenceEquals(symbol, model.Mod) || ReferenceEquals(symbol, model.No))
            {
                continue;
            }

            uint bucket = symbol.Name is null ? 0 : Hash(symbol.Name) % TableSize;
            entries.Add((bucket, symbol.Index, symbol));
        }

        entries.Sort((a, b) => a.Bucket != b.Bucket ? a.Bucket.CompareTo(b.Bucket) : b.Index.CompareTo(a.Index));
        var result = new Symbol[entries.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = entries[i].Symbol;
        }

        return result;
    }
}
