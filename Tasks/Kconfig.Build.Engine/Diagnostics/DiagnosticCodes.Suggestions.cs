namespace Kconfig.Build.Engine.Diagnostics;

/// <summary>KC3500-KC3599: fix suggestions for requests that did not take (informational, each at the request's line).</summary>
public static partial class DiagnosticCodes
{
    /// <summary>The smallest set of profile lines found that makes the request take, verified by resolving again with them.</summary>
    public const string FixVerified = "KC3500";

    /// <summary>No change of settable symbols can make the request take; the message names the fact in the way.</summary>
    public const string FixImpossible = "KC3501";

    /// <summary>No verified fix within the search bounds (depth, candidates, time); the message says which bound stopped it.</summary>
    public const string FixNotFound = "KC3502";
}
