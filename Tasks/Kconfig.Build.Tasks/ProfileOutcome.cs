using Kconfig.Build.Engine.Resolution;

namespace Kconfig.Build.Tasks;

/// <summary>What resolving one profile produced, kept until every profile is done so logging stays in item order.</summary>
internal sealed record ProfileOutcome(ResolveResult Result, IReadOnlyList<string> Written, string Summary);
