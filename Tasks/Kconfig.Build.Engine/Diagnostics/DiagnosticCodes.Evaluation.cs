namespace Kconfig.Build.Engine.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>A symbol is selected while its direct dependencies are not met (conf's "unmet direct dependencies").</summary>
    public const string UnmetDirectDependencies = "KC2001";

    /// <summary>A config file gives a value that is not valid for the symbol's type ("symbol value 'x' invalid for S").</summary>
    public const string ConfigValueInvalid = "KC2002";

    /// <summary>A config file assigns the same symbol twice; the last assignment wins.</summary>
    public const string ConfigOverride = "KC2003";

    /// <summary>A config file names a symbol the Kconfig tree does not define (KCONFIG_WARN_UNKNOWN_SYMBOLS).</summary>
    public const string ConfigUnknownSymbol = "KC2004";

    /// <summary>A config file line is neither an assignment, an "is not set" comment, a comment nor blank.</summary>
    public const string ConfigUnexpectedData = "KC2005";

    /// <summary>A quoted string value in a config file has no closing quote.</summary>
    public const string ConfigInvalidString = "KC2006";

    /// <summary>A config file that must be read cannot be found or read.</summary>
    public const string ConfigFileNotFound = "KC2007";

    /// <summary>An output file (.config, auto.conf, autoconf.h ...) cannot be written.</summary>
    public const string ConfigWriteFailed = "KC2008";
}
