namespace Kconfig.Build.Engine.Resolution;

/// <summary>One well-known symbol that a profile may name but that a given kernel version does not define.</summary>
/// <param name="Name">The symbol name, without CONFIG_.</param>
/// <param name="Change">Renamed, removed, or added later.</param>
/// <param name="Version">The kernel version of the change (for <see cref="SymbolChange.Added"/>: the first version with the symbol); null when not recorded.</param>
/// <param name="Replacement">The symbol to request instead, if there is one.</param>
/// <param name="Note">One sentence for the user, without a final period.</param>
public sealed record SymbolHistoryEntry(string Name, SymbolChange Change, string? Version, string? Replacement, string Note);
