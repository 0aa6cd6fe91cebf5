namespace Kconfig.Build.Engine.Suggestions;

/// <summary>The bounds of the fix search. The defaults answer on the real kernel tree in well under a second per request.</summary>
public sealed record FixSearchLimits
{
    public static FixSearchLimits Default { get; } = new();

    /// <summary>How many symbols deep the search follows dependencies (a symbol needs a symbol that needs ...).</summary>
    public int MaxDepth { get; init; } = 8;

    /// <summary>How many alternatives each need keeps, the smallest first.</summary>
    public int MaxAlternatives { get; init; } = 8;

    /// <summary>How many selectors, defaults and implies of one symbol are explored as ways to turn it on.</summary>
    public int MaxBranches { get; init; } = 24;

    /// <summary>How many symbol expansions one request's search may make in all.</summary>
    public int MaxSteps { get; init; } = 20_000;

    /// <summary>How many candidates of one request are verified by resolving again.</summary>
    public int MaxVerifications { get; init; } = 6;

    /// <summary>Wall-clock budget for all suggestions of one resolution; requests left when it runs out are reported as not searched.</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(30);
}
