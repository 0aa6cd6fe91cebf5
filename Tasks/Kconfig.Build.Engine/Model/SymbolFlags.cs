namespace Kconfig.Build.Engine.Model;

/// <summary>Static facts about a symbol, fixed after parsing (the SYMBOL_* flags that are not evaluation state).</summary>
[Flags]
public enum SymbolFlags : ushort
{
    None = 0,
    /// <summary>A constant: <c>y</c>, <c>m</c>, <c>n</c>, or a quoted string / word used as a value (SYMBOL_CONST).</summary>
    Constant = 1 << 0,
    /// <summary>The anonymous symbol behind a <c>choice</c> block.</summary>
    Choice = 1 << 1,
    /// <summary>Declared with <c>config</c>/<c>menuconfig</c> at least once (otherwise only referenced).</summary>
    Defined = 1 << 2,
    /// <summary>Carries the <c>modules</c> attribute (the MODULES symbol in the kernel).</summary>
    Modules = 1 << 3,
}
