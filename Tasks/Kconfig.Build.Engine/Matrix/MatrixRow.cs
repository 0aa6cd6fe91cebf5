using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Matrix;

/// <summary>One requirement (a profile request) and its cell in every column.</summary>
/// <param name="Profile">The profile given to the matrix.</param>
/// <param name="Symbol">The requested symbol.</param>
/// <param name="Request">The request as written (<c>y</c>, <c>{prefer: y}</c>, <c>{range: [14, 18]}</c> ...).</param>
/// <param name="Location">The request's key in its file (the profile or one it extends).</param>
/// <param name="Conditional">Whether the request sits in a <c>when</c> clause.</param>
/// <param name="Cells">One per column, in column order.</param>
public sealed record MatrixRow(string Profile, string Symbol, string Request, SourceSpan Location, bool Conditional, IReadOnlyList<MatrixCell> Cells);
