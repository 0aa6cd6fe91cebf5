using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.Profiles;

namespace Kconfig.Build.Engine.Suggestions;

/// <summary>A resolution whose requests did not all take, and the means to resolve it again with other requests.</summary>
/// <param name="Configuration">The evaluated configuration of the failed resolution.</param>
/// <param name="Arch">ARCH.</param>
/// <param name="Requests">The active requests, in profile order.</param>
/// <param name="Diagnostics">The resolution's diagnostics: the errors at request lines are what gets a suggestion.</param>
/// <param name="Reresolve">
/// The same resolution (same tree, base and environment, nothing written) with other requests; returns its
/// diagnostics. Candidate lines are added as requests located at the line they would be written before.
/// </param>
public sealed record FixSuggestionContext(
    Configuration Configuration,
    string? Arch,
    IReadOnlyList<ConfigRequest> Requests,
    IReadOnlyList<Diagnostic> Diagnostics,
    Func<IReadOnlyList<ConfigRequest>, IReadOnlyList<Diagnostic>> Reresolve)
{
    public FixSearchLimits Limits { get; init; } = FixSearchLimits.Default;
}
