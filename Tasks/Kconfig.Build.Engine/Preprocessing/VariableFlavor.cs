namespace Kconfig.Build.Engine.Preprocessing;

/// <summary>How a macro variable was assigned (<c>enum variable_flavor</c>).</summary>
internal enum VariableFlavor
{
    /// <summary><c>=</c>: stored raw, expanded at every use.</summary>
    Recursive,
    /// <summary><c>:=</c>: expanded once, at the assignment.</summary>
    Simple,
    /// <summary><c>+=</c>: appended with a space, keeping the existing flavour.</summary>
    Append,
}
