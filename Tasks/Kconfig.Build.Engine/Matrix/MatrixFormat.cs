using System.Text;
using System.Text.Json;
using Kconfig.Build.Engine.Diagnostics;

namespace Kconfig.Build.Engine.Matrix;

/// <summary>Text and JSON renderings of a <see cref="MatrixReport"/>.</summary>
public static class MatrixFormat
{
    /// <summary>The verdict as printed: ok, redundant, not taken, prefer lost, out of range, forbidden ...</summary>
    public static string VerdictName(MatrixVerdict verdict) => verdict switch
    {
        MatrixVerdict.Ok => "ok",
        MatrixVerdict.Redundant => "redundant",
        MatrixVerdict.NotTaken => "not taken",
        MatrixVerdict.PreferLost => "prefer lost",
        MatrixVerdict.OutOfRange => "out of range",
        MatrixVerdict.Forbidden => "forbidden",
        MatrixVerdict.UnknownSymbol => "unknown symbol",
        MatrixVerdict.Invalid => "invalid",
        MatrixVerdict.Inactive => "inactive",
        MatrixVerdict.Overridden => "overridden",
        _ => "not resolved",
    };

    /// <summary>
    /// The table (requirement x column, the verdict in each cell, padded columns), then one line per cell that
    /// is not ok with its short why. Requirements are <c>file:line SYMBOL=request</c>, the file by name only.
    /// </summary>
    public static string RenderText(MatrixReport report)
    {
        var labels = report.Rows.Select(Label).ToList();
        int first = Math.Max("requirement".Length, labels.Count == 0 ? 0 : labels.Max(l => l.Length));
        int[] widths = report.Columns.Select((c, i) => Math.Max(c.Label.Length, report.Rows.Count == 0 ? 0 : report.Rows.Max(r => Cell(r.Cells[i]).Length))).ToArray();
        var text = new StringBuilder();
        text.Append(Row("requirement", report.Columns.Select(c => c.Label), first, widths));
        for (int r = 0; r < report.Rows.Count; r++)
        {
            text.Append(Row(labels[r], report.Rows[r].Cells.Select(Cell), first, widths));
        }

        bool header = false;
        for (int r = 0; r < report.Rows.Count; r++)
        {
            for (int c = 0; c < report.Columns.Count; c++)
            {
                MatrixCell cell = report.Rows[r].Cells[c];
                if (cell.Why.Length == 0 || cell.Verdict is MatrixVerdict.Ok or MatrixVerdict.Redundant or MatrixVerdict.Inactive)
                {
                    continue;
                }

                if (!header)
                {
                    text.Append("\nwhy:\n");
                    header = true;
                }

                text.Append("  ").Append(labels[r]).Append(" on ").Append(report.Columns[c].Label).Append(": ").Append(VerdictName(cell.Verdict))
                    .Append(cell.Code is null ? string.Empty : $" ({cell.Code})").Append(": ").Append(cell.Why).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary><c>"columns": [{label, arch, srctree, diagnostics}], "rows": [{profile, symbol, request, at, when, cells: [{verdict, value, code, why}]}]</c>.</summary>
    public static void WriteJson(Utf8JsonWriter json, MatrixReport report)
    {
        json.WriteStartArray("columns");
        foreach (MatrixColumn column in report.Columns)
        {
            json.WriteStartObject();
            json.WriteString("label", column.Label);
            json.WriteString("arch", column.Arch);
            json.WriteString("srctree", column.SourceTree);
            DiagnosticJson.WriteArray(json, "diagnostics", column.Diagnostics);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (MatrixRow row in report.Rows)
        {
            json.WriteStartObject();
            json.WriteString("profile", row.Profile);
            json.WriteString("symbol", row.Symbol);
            json.WriteString("request", row.Request);
            json.WriteString("at", row.Location.ToFileLine());
            json.WriteBoolean("when", row.Conditional);
            json.WriteStartArray("cells");
            foreach (MatrixCell cell in row.Cells)
            {
                json.WriteStartObject();
                json.WriteString("verdict", VerdictName(cell.Verdict));
                if (cell.Value is null)
                {
                    json.WriteNull("value");
                }
                else
                {
                    json.WriteString("value", cell.Value);
                }

                if (cell.Code is not null)
                {
                    json.WriteString("code", cell.Code);
                }

                json.WriteString("why", cell.Why);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Label(MatrixRow row) =>
        $"{Path.GetFileName(row.Location.File)}:{row.Location.Line} {row.Symbol}={row.Request}{(row.Conditional ? " (when)" : string.Empty)}";

    private static string Cell(MatrixCell cell) => VerdictName(cell.Verdict);

    private static string Row(string first, IEnumerable<string> cells, int firstWidth, int[] widths)
    {
        var line = new StringBuilder(first.PadRight(firstWidth));
        int i = 0;
        foreach (string cell in cells)
        {
            line.Append("  ").Append(cell.PadRight(widths[i++]));
        }

        return line.ToString().TrimEnd() + "\n";
    }
}
