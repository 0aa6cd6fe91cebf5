using Kconfig.Build.Engine.Resolution;

namespace Kconfig.Build.Tasks;

/// <summary>What resolving one profile produced, kept until every profile is done so logging stays in item order.</summary>
/// <param name="TreeReused">The parsed tree came from the node's cache, not parsed for this profile.</param>
internal sealed record ProfileOutcome(ResolveResult Result, IReadOnlyList<string> Written, string Summary, bool TreeReused = false);
