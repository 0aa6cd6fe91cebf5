namespace Kconfig.Build.Engine.Matrix;

/// <summary>Requirement x (tree, arch): the rows in profile order, the columns in (tree, arch) order.</summary>
public sealed record MatrixReport(IReadOnlyList<MatrixColumn> Columns, IReadOnlyList<MatrixRow> Rows)
{
    /// <summary>Whether every cell is ok, redundant, inactive or overridden.</summary>
    public bool AllHold => Rows.All(r => r.Cells.All(c => c.Verdict is MatrixVerdict.Ok or MatrixVerdict.Redundant or MatrixVerdict.Inactive or MatrixVerdict.Overridden));
}
