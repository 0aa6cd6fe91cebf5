namespace Kconfig.Build.Engine.Parsing;

/// <summary>What to read and with which environment, as conf sees it when the kernel Makefile runs it.</summary>
public sealed class KconfigLoadOptions
{
    /// <summary>The kernel source tree (<c>$srctree</c>): the second lookup root for <c>source</c>.</summary>
    public required string SourceTree { get; init; }

    /// <summary>The top-level Kconfig file, relative to the working directory or <see cref="SourceTree"/>.</summary>
    public string KconfigFile { get; init; } = "Kconfig";

    /// <summary>
    /// The directory conf runs in (the object tree): the first lookup root for <c>source</c>.
    /// Defaults to <see cref="SourceTree"/>. Never the process working directory.
    /// </summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>
    /// The environment the macro language sees (<c>$(ARCH)</c>, <c>$(CC)</c> ...) and <c>$(shell,...)</c>
    /// commands run with. Only these variables exist; the process environment is not consulted.
    /// </summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>File caching <c>$(shell,...)</c> results across runs; null disables the cache.</summary>
    public string? ProbeCachePath { get; init; }

    public CancellationToken CancellationToken { get; init; }

    /// <summary>Runs <c>$(shell,...)</c> commands; tests replace it to count or forbid process spawns.</summary>
    internal Preprocessing.IShellRunner? ShellRunner { get; init; }
}
