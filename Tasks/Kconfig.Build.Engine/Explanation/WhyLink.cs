using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Explanation;

/// <summary>
/// One link of a "why" chain: a statement about a symbol (with the operand values, in conf's notation),
/// where in the Kconfig files it comes from, and the links that explain it in turn.
/// </summary>
/// <param name="Text">The statement, such as <c>HYPERV [=n] depends on ACPI [=n]</c>.</param>
/// <param name="Location">The Kconfig line the statement is about; <see cref="SourceSpan.None"/> for a fact.</param>
/// <param name="Causes">The links explaining this one; empty at a root.</param>
/// <param name="IsFact">A root the profile cannot change (architecture, toolchain probe).</param>
/// <param name="IsProbe">A root that is a toolchain probe result.</param>
public sealed record WhyLink(string Text, SourceSpan Location, IReadOnlyList<WhyLink> Causes, bool IsFact = false, bool IsProbe = false)
{
    /// <summary>The leaves of this link's tree.</summary>
    public IEnumerable<WhyLink> Roots() => Causes.Count == 0 ? [this] : Causes.SelectMany(c => c.Roots());
}
