namespace Kconfig.Build.Engine.Diagnostics;

/// <summary>KC3600-KC3699: provenance (<c>kconfig explain</c>), attributed diff and the arch matrix.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>An input of explain, diff or matrix (profile or configuration file) does not exist.</summary>
    public const string InsightInputMissing = "KC3600";

    /// <summary>A configuration file was given without an architecture (--arch).</summary>
    public const string InsightConfigNeedsArch = "KC3601";

    /// <summary>The symbol to explain is not defined by the tree for this architecture.</summary>
    public const string InsightUnknownSymbol = "KC3602";

    /// <summary>A side of a diff, or a cell of the matrix, stopped before its requests were verified.</summary>
    public const string InsightNotResolved = "KC3603";
}
