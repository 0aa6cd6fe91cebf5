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

    /// <summary><c>extends</c> forms a cycle; the message names it.</summary>
    public const string ProfileExtendsCycle = "KC3012";

    /// <summary>An <c>extends</c> entry names a preset or file that cannot be found, or leaves the project folder.</summary>
    public const string ProfileExtendsNotFound = "KC3013";

    /// <summary>A relative <c>extends</c> leaves the project folder without the option allowing it.</summary>
    public const string ProfileExtendsOutsideProject = "KC3014";

    /// <summary>The <c>kernel</c> window is malformed.</summary>
    public const string ProfileInvalidKernelWindow = "KC3015";

    /// <summary>The source tree's kernel version is outside the profile's <c>kernel</c> window.</summary>
    public const string ProfileKernelOutsideWindow = "KC3016";

    /// <summary>An intent mapping (<c>{prefer: y}</c> ...) is malformed, or a <c>range</c> is reversed.</summary>
    public const string ProfileInvalidIntent = "KC3017";

    /// <summary>A <c>when</c> condition is malformed, or its <c>expr</c> names an unknown symbol.</summary>
    public const string ProfileInvalidCondition = "KC3018";

    /// <summary>The build's ARCH is not among the profile's architectures.</summary>
    public const string ProfileArchNotListed = "KC3019";

    /// <summary>The profile breaks a limit of the loader: file size, nesting depth, or nodes with aliases expanded ("billion laughs").</summary>
    public const string ProfileTooLarge = "KC3020";

    /// <summary>An int or hex request lies outside the symbol's active range.</summary>
    public const string RequestOutOfRange = "KC3053";

    /// <summary>Not taken: a direct dependency of the symbol is unmet (the chain goes to the root).</summary>
    public const string RequestDependencyUnmet = "KC3054";

    /// <summary>Not taken: selects force the symbol above the request (the selectors are named).</summary>
    public const string RequestForcedBySelect = "KC3055";

    /// <summary>Not taken: the symbol has no prompt here, so only its defaults and selects set it.</summary>
    public const string RequestNoPrompt = "KC3056";

    /// <summary>Not taken: another member of the symbol's choice won.</summary>
    public const string RequestChoiceConflict = "KC3057";

    /// <summary>Not taken: a toolchain probe result the profile cannot change holds the symbol.</summary>
    public const string RequestProbeFalse = "KC3058";

    /// <summary>A request for a toolchain-identity symbol (CC_VERSION_TEXT, CC_HAS_*, ...): read them in <c>when</c>, never require them.</summary>
    public const string RequestToolchainSymbol = "KC3059";

    /// <summary>A request overridden by a later profile line with another value (warning at the earlier line).</summary>
    public const string RequestOverridden = "KC3060";

    /// <summary>A <c>{prefer: ...}</c> request that did not take (warning).</summary>
    public const string RequestPreferLost = "KC3061";

    /// <summary>A request that changes nothing: the result is the same without it (warning).</summary>
    public const string RequestRedundant = "KC3062";

    /// <summary>A select of a symbol whose direct dependencies are unmet (the kernel's warning), as an error.</summary>
    public const string RequestSelectUnmetDependencies = "KC3063";

    /// <summary>A <c>{forbid: true}</c> symbol that is not n in the result.</summary>
    public const string RequestForbiddenEnabled = "KC3064";

    /// <summary>A requested symbol the build's ARCH does not define but another architecture of the same tree does (the message names it).</summary>
    public const string RequestSymbolOfOtherArch = "KC3065";

    /// <summary>A requested symbol this kernel no longer has: it was renamed (the new name is given) or removed.</summary>
    public const string RequestSymbolRemoved = "KC3066";

    /// <summary>A requested symbol that only later kernel versions define (the version is given).</summary>
    public const string RequestSymbolNewerKernel = "KC3067";
}
