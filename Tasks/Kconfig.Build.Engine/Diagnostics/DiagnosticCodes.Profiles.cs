namespace Kconfig.Build.Engine.Diagnostics;

/// <summary>KC3000-KC3099: loading a YAML profile and verifying what it asked for against the result.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>The profile file cannot be read (missing, or an I/O error).</summary>
    public const string ProfileUnreadable = "KC3000";

    /// <summary>The profile is not well-formed YAML.</summary>
    public const string ProfileInvalidYaml = "KC3001";

    /// <summary>A node has the wrong YAML kind (for example a list where a mapping is expected).</summary>
    public const string ProfileWrongNodeType = "KC3002";

    /// <summary>A top-level key the profile format does not define.</summary>
    public const string ProfileUnknownKey = "KC3003";

    /// <summary>A top-level key the format defines but this version does not implement yet.</summary>
    public const string ProfileKeyNotSupported = "KC3004";

    /// <summary>The same mapping key twice in one mapping.</summary>
    public const string ProfileDuplicateKey = "KC3005";

    /// <summary>The same symbol requested twice in <c>config</c> (with or without the CONFIG_ prefix).</summary>
    public const string ProfileDuplicateSymbol = "KC3006";

    /// <summary>A <c>config</c> key that is not a valid symbol name.</summary>
    public const string ProfileInvalidSymbolName = "KC3007";

    /// <summary>A <c>config</c> value that is none of y, m, n, a number or a quoted string.</summary>
    public const string ProfileInvalidValue = "KC3008";

    /// <summary>The <c>base</c> value is not defconfig, allnoconfig, alldefconfig or a readable file.</summary>
    public const string ProfileInvalidBase = "KC3010";

    /// <summary>The <c>arch</c> value is not an architecture of the source tree.</summary>
    public const string ProfileUnknownArch = "KC3011";

    /// <summary>A requested symbol is defined by no Kconfig file of the tree.</summary>
    public const string RequestUnknownSymbol = "KC3050";

    /// <summary>A requested value is not valid for the symbol's type.</summary>
    public const string RequestInvalidForType = "KC3051";

    /// <summary>A request did not take: after olddefconfig the symbol has another value.</summary>
    public const string RequestNotTaken = "KC3052";
}
