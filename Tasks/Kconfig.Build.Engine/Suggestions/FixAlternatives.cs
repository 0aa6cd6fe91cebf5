namespace Kconfig.Build.Engine.Suggestions;

/// <summary>
/// What one need (a symbol or expression reaching a value) takes: the smallest change sets found, or, when there
/// is none, the facts in the way. <see cref="Truncated"/> says a bound cut the search short, so an empty answer
/// is not a proof of impossibility.
/// </summary>
public sealed record FixAlternatives(IReadOnlyList<ChangeSet> Sets, IReadOnlyList<string> Blockers, bool Truncated)
{
    /// <summary>Already holds: the empty change set.</summary>
    public static FixAlternatives Satisfied { get; } = new([ChangeSet.Empty], [], false);

    /// <summary>A bound was reached before an answer.</summary>
    public static FixAlternatives Stopped { get; } = new([], [], true);

    public bool IsEmpty => Sets.Count == 0;

    public static FixAlternatives Blocked(string why) => new([], [why], false);
}
