using Kconfig.Build.Engine.Diagnostics;

namespace Kconfig.Build.Engine.Environment;

/// <summary>
/// The environment conf would get, and what is wrong with the inputs. <see cref="Environment"/> is null
/// only when no environment could be computed at all (no tree, unknown ARCH); a missing compiler still
/// yields one, with an error, because conf itself would start and then stop in scripts/Kconfig.include.
/// </summary>
public sealed record KernelEnvironmentResult(KernelEnvironment? Environment, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Environment is not null && !Diagnostics.Any(d => d.IsError);
}
