using Kconfig.Build.Engine.Diagnostics;

namespace Kconfig.Build.Engine.Matrix;

/// <summary>One (kernel tree, arch) of the matrix, with every diagnostic its resolutions reported.</summary>
/// <param name="SourceTree">The absolute source tree.</param>
/// <param name="Arch">ARCH.</param>
/// <param name="Label">The header: the arch, or <c>tree:arch</c> when the matrix has several trees.</param>
/// <param name="Diagnostics">The diagnostics of every profile resolved in this column, profile order.</param>
public sealed record MatrixColumn(string SourceTree, string Arch, string Label, IReadOnlyList<Diagnostic> Diagnostics);
