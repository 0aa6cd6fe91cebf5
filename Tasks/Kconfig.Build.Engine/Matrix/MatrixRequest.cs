namespace Kconfig.Build.Engine.Matrix;

/// <summary>A profile family, the arches and the kernel trees to resolve it for.</summary>
public sealed class MatrixRequest
{
    /// <summary>The profiles (rows come from each, in this order).</summary>
    public required IReadOnlyList<string> Profiles { get; init; }

    /// <summary>The arches (columns, inner order).</summary>
    public required IReadOnlyList<string> Arches { get; init; }

    /// <summary>The kernel trees (columns, outer order).</summary>
    public required IReadOnlyList<string> SourceTrees { get; init; }

    public IReadOnlyList<string> PresetDirectories { get; init; } = [];

    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Resolutions run at once; 0 means one per processor.</summary>
    public int MaxParallelism { get; init; }

    public CancellationToken CancellationToken { get; init; }
}
