namespace Kconfig.Build.Engine.Resolution;

/// <summary>What happened to a well-known symbol between kernel versions.</summary>
public enum SymbolChange
{
    /// <summary>The symbol was renamed; <see cref="SymbolHistoryEntry.Replacement"/> is its new name.</summary>
    Renamed,
    /// <summary>The symbol is gone; the entry's note says what to use instead.</summary>
    Removed,
    /// <summary>The symbol only exists from a later kernel version on.</summary>
    Added,
}
