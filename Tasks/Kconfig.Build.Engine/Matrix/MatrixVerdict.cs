namespace Kconfig.Build.Engine.Matrix;

/// <summary>What became of one profile request for one (tree, arch).</summary>
public enum MatrixVerdict
{
    /// <summary>The request holds.</summary>
    Ok,
    /// <summary>The request holds, but the base already gives it (KC3062).</summary>
    Redundant,
    /// <summary>The request does not hold (KC3052, KC3054-KC3058).</summary>
    NotTaken,
    /// <summary>A <c>prefer</c> request lost (KC3061).</summary>
    PreferLost,
    /// <summary>Outside the symbol's range or the requested range (KC3053).</summary>
    OutOfRange,
    /// <summary>A <c>forbid</c> request whose symbol is enabled anyway (KC3064).</summary>
    Forbidden,
    /// <summary>The tree does not define the symbol for this arch (KC3050, or KC3065-KC3067 when it can tell why).</summary>
    UnknownSymbol,
    /// <summary>The request is invalid here (wrong type KC3051, toolchain symbol KC3059).</summary>
    Invalid,
    /// <summary>The request's <c>when</c> condition does not hold for this arch or kernel.</summary>
    Inactive,
    /// <summary>A later request for the same symbol replaces it.</summary>
    Overridden,
    /// <summary>The resolution stopped before verification for another reason (see its diagnostics).</summary>
    NotResolved,
}
