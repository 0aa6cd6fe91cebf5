using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Provenance;

namespace Kconfig.Build.Engine.Diffing;

/// <summary>
/// The attributed diff of two resolutions: the symbols whose .config line differs (a value changed, or one side
/// does not write the symbol, as scripts/diffconfig compares them), each with the provenance of both sides,
/// so the new side says which request or mechanism caused the change.
/// </summary>
public static class ConfigDiffer
{
    public static ConfigDiff Compare(ResolutionSnapshot a, ResolutionSnapshot b)
    {
        var oldAnalyzer = new ProvenanceAnalyzer(a);
        var newAnalyzer = new ProvenanceAnalyzer(b);
        Dictionary<Symbol, int> newOrder = MenuPath.MenuOrder(b.Model);
        Dictionary<Symbol, int> oldOrder = MenuPath.MenuOrder(a.Model);

        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach ((ResolutionSnapshot side, Symbol symbol) in Reportable(a).Concat(Reportable(b)))
        {
            if (side.Configuration.IsWritten(symbol))
            {
                names.Add(symbol.Name!);
            }
        }

        var changes = new List<(SymbolChange Change, string Menu, int Order)>();
        foreach (string name in names)
        {
            Symbol? oldSymbol = Defined(a, name);
            Symbol? newSymbol = Defined(b, name);
            string? oldValue = oldSymbol is not null && a.Configuration.IsWritten(oldSymbol) ? a.Configuration.GetStringValue(oldSymbol) : null;
            string? newValue = newSymbol is not null && b.Configuration.IsWritten(newSymbol) ? b.Configuration.GetStringValue(newSymbol) : null;
            if (string.Equals(oldValue, newValue, StringComparison.Ordinal))
            {
                continue;
            }

            SymbolProvenance? oldWhy = oldSymbol is null ? null : oldAnalyzer.Explain(oldSymbol, withWhy: false);
            SymbolProvenance? newWhy = newSymbol is null ? null : newAnalyzer.Explain(newSymbol, withWhy: false);
            string menu = newWhy?.MenuPath ?? oldWhy?.MenuPath ?? string.Empty;
            int order = newSymbol is not null && newOrder.TryGetValue(newSymbol, out int n) ? n
                : oldSymbol is not null && oldOrder.TryGetValue(oldSymbol, out int o) ? o : int.MaxValue;
            changes.Add((new SymbolChange(name, oldValue, newValue, oldWhy, newWhy), menu, order));
        }

        // Groups in the order their first symbol appears in the menu tree; symbols in menu order, then by name.
        List<DiffGroup> groups = changes
            .OrderBy(c => c.Order).ThenBy(c => c.Change.Name, StringComparer.Ordinal)
            .GroupBy(c => c.Menu, StringComparer.Ordinal)
            .Select(g => new DiffGroup(g.Key, g.Select(c => c.Change).ToList()))
            .ToList();
        return new ConfigDiff(groups);
    }

    private static IEnumerable<(ResolutionSnapshot, Symbol)> Reportable(ResolutionSnapshot snapshot) =>
        snapshot.Model.Symbols.Where(ProvenanceAnalyzer.IsReportable).Select(s => (snapshot, s));

    private static Symbol? Defined(ResolutionSnapshot snapshot, string name) =>
        snapshot.Model.FindSymbol(name) is { } symbol && ProvenanceAnalyzer.IsReportable(symbol) ? symbol : null;
}
