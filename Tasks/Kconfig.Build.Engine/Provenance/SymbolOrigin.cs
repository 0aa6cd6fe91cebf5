using Kconfig.Build.Engine.Explanation;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Provenance;

/// <summary>Why a symbol has its value.</summary>
/// <param name="Kind">The deciding mechanism.</param>
/// <param name="Text">One line: the mechanism with its expression and operand values, e.g. <c>default y if PCI [=y]</c>.</param>
/// <param name="Location">The line that decided: the profile request, the base file line, or the Kconfig property; may be none.</param>
/// <param name="Causes">Supporting links (selectors, implying symbols, the why chain of a hidden prompt), each at its Kconfig line.</param>
public sealed record SymbolOrigin(OriginKind Kind, string Text, SourceSpan Location, IReadOnlyList<WhyLink> Causes)
{
    /// <summary>The request for this symbol, when the profile has one (taken or not).</summary>
    public SourceSpan Request { get; init; } = SourceSpan.None;

    /// <summary>Whether the request (if any) holds in the result.</summary>
    public bool RequestTaken { get; init; } = true;

    /// <summary>Earlier profile lines for the same symbol that the request overrides (KC3060).</summary>
    public IReadOnlyList<SourceSpan> Overrides { get; init; } = [];
}
