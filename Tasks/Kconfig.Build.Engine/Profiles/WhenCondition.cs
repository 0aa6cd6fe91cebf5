using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Profiles;

/// <summary>
/// The <c>if</c> of a <c>when</c> clause. Every part given must hold: <c>arch</c> (one of), <c>kernel</c>
/// (a version window), <c>expr</c> (a Kconfig expression over the base configuration), <c>all</c> (every
/// nested condition) and <c>any</c> (at least one nested condition).
/// </summary>
public sealed record WhenCondition(
    IReadOnlyList<ProfileScalar> Arches,
    ProfileScalar? Kernel,
    ProfileScalar? Expression,
    IReadOnlyList<WhenCondition> All,
    IReadOnlyList<WhenCondition> Any,
    SourceSpan Location);
