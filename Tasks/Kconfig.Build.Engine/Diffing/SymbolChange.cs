using Kconfig.Build.Engine.Provenance;

namespace Kconfig.Build.Engine.Diffing;

/// <summary>One symbol whose .config line differs between two resolutions, with the provenance of each side.</summary>
/// <param name="Name">The symbol name without CONFIG_.</param>
/// <param name="OldValue">The value in A's .config; null when A does not write the symbol.</param>
/// <param name="NewValue">The value in B's .config; null when B does not write the symbol.</param>
/// <param name="Old">Why A has its value; null when A's tree does not define the symbol.</param>
/// <param name="New">Why B has its value (the cause of the change); null when B's tree does not define it.</param>
public sealed record SymbolChange(string Name, string? OldValue, string? NewValue, SymbolProvenance? Old, SymbolProvenance? New);
