namespace Kconfig.Build.Engine.Matrix;

/// <summary>The verdict of one request in one column, the diagnostic code behind it (if any) and the short why.</summary>
/// <param name="Verdict">What became of the request.</param>
/// <param name="Value">The symbol's resolved value in this column; null when there is none.</param>
/// <param name="Code">The diagnostic about the request (KC3054 ...); null when none.</param>
/// <param name="Why">One line: the symbol's provenance, or the diagnostic that stopped the resolution; empty when ok.</param>
public sealed record MatrixCell(MatrixVerdict Verdict, string? Value, string? Code, string Why);
