namespace Kconfig.Build.Engine.Provenance;

/// <summary>A symbol's value in a resolution and why it has it.</summary>
/// <param name="Name">The symbol name without CONFIG_.</param>
/// <param name="Type">bool, tristate, int, hex or string.</param>
/// <param name="Value">The value as conf computes it (n/m/y, number, string).</param>
/// <param name="Written">Whether conf writes it to .config (visible or given a value).</param>
/// <param name="MenuPath">The prompts of the menus above the symbol, outermost first, joined with " > ".</param>
/// <param name="Origin">Why it has the value.</param>
public sealed record SymbolProvenance(string Name, string Type, string Value, bool Written, string MenuPath, SymbolOrigin Origin);
