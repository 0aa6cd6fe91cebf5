namespace Kconfig.Build.Engine.Profiles;

/// <summary>How a requested value was written in the profile, which decides the symbol types it fits.</summary>
public enum ConfigValueKind
{
    /// <summary>A plain <c>y</c>, <c>m</c> or <c>n</c>: for bool and tristate symbols.</summary>
    Tristate,
    /// <summary>A plain decimal or 0x-prefixed hexadecimal number: for int and hex symbols.</summary>
    Number,
    /// <summary>A quoted string: for string symbols.</summary>
    String,
}
