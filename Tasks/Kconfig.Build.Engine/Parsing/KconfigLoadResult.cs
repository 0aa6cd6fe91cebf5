using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Engine.Parsing;

/// <summary>The outcome of loading a tree: a model when no error stopped it, and every diagnostic.</summary>
/// <param name="Model">The finalised model; null when an error made the tree unusable.</param>
/// <param name="Diagnostics">Errors, warnings and <c>$(info,...)</c> messages, in the order found.</param>
public sealed record KconfigLoadResult(KconfigModel? Model, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>What conf would have printed on stdout and stderr while parsing, in order.</summary>
    public IReadOnlyList<ConfOutput> ConfTranscript { get; init; } = Array.Empty<ConfOutput>();
}
