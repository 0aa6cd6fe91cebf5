using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Profiles;

/// <summary>One entry of <c>when</c>: requests that apply only if <see cref="Condition"/> holds.</summary>
public sealed record WhenClause(WhenCondition Condition, IReadOnlyList<ConfigRequest> Requests, SourceSpan Location);
