namespace Kconfig.Build.Engine.Model;

/// <summary>A symbol's type, as <c>enum symbol_type</c> in scripts/kconfig/expr.h.</summary>
public enum SymbolType : byte
{
    /// <summary>No type yet (S_UNKNOWN): undefined symbols and constant words such as <c>64</c>.</summary>
    Unknown,
    Bool,
    Tristate,
    Int,
    Hex,
    String,
}
