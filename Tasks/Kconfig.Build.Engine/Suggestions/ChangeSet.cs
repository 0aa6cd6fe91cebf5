namespace Kconfig.Build.Engine.Suggestions;

/// <summary>
/// A candidate fix: symbol values to write into the profile, at most one per symbol, kept sorted by name so that
/// equal sets compare and print the same whichever way the search built them.
/// </summary>
public sealed class ChangeSet : IEquatable<ChangeSet>
{
    private readonly SymbolChange[] _changes;

    private ChangeSet(SymbolChange[] changes)
    {
        _changes = changes;
        Key = string.Join(", ", changes.Select(c => c.ToString()));
    }

    /// <summary>Nothing to change: the need already holds.</summary>
    public static ChangeSet Empty { get; } = new([]);

    public IReadOnlyList<SymbolChange> Changes => _changes;

    public int Count => _changes.Length;

    /// <summary>The changes as profile lines, such as <c>ACPI: y, HYPERV: y</c>.</summary>
    public string Key { get; }

    public static ChangeSet Of(SymbolChange change) => new([change]);

    /// <summary>Both sets together; false when they set one symbol to two values.</summary>
    public bool TryUnion(ChangeSet other, out ChangeSet union)
    {
        var merged = new List<SymbolChange>(_changes);
        foreach (SymbolChange change in other._changes)
        {
            int existing = merged.FindIndex(c => ReferenceEquals(c.Symbol, change.Symbol));
            if (existing < 0)
            {
                merged.Add(change);
            }
            else if (!string.Equals(merged[existing].ValueText, change.ValueText, StringComparison.Ordinal))
            {
                union = Empty;
                return false;
            }
        }

        merged.Sort((a, b) => string.CompareOrdinal(a.Symbol.Name, b.Symbol.Name));
        union = new ChangeSet([.. merged]);
        return true;
    }

    /// <summary>Whether every change of this set is also in <paramref name="other"/>.</summary>
    public bool IsSubsetOf(ChangeSet other) => _changes.All(c => other._changes.Contains(c));

    public bool Equals(ChangeSet? other) => other is not null && string.Equals(Key, other.Key, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as ChangeSet);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    public override string ToString() => Key;
}
