using System.Text;
using System.Text.Json;
using Kconfig.Build.Engine.Provenance;

namespace Kconfig.Build.Engine.Diffing;

/// <summary>Text and JSON renderings of a <see cref="ConfigDiff"/>.</summary>
public static class DiffFormat
{
    /// <summary>
    /// One block per menu path; per symbol <c>NAME: old -> new</c>, then <c>now:</c> (the cause) and <c>was:</c>.
    /// A side that does not write the symbol shows <c>(unset)</c>.
    /// </summary>
    public static string RenderText(ConfigDiff diff)
    {
        var text = new StringBuilder();
        foreach (DiffGroup group in diff.Groups)
        {
            text.Append(group.MenuPath.Length == 0 ? "(top level)" : group.MenuPath).Append('\n');
            foreach (SymbolChange change in group.Changes)
            {
                text.Append("  ").Append(change.Name).Append(": ").Append(Show(change.OldValue, change.Old)).Append(" -> ").Append(Show(change.NewValue, change.New)).Append('\n');
                if (change.New is { } now)
                {
                    text.Append("      now: ").Append(ProvenanceFormat.KindName(now.Origin.Kind)).Append(": ").Append(now.Origin.Text).Append(Where(now)).Append('\n');
                }

                if (change.Old is { } was)
                {
                    text.Append("      was: ").Append(ProvenanceFormat.KindName(was.Origin.Kind)).Append(": ").Append(was.Origin.Text).Append(Where(was)).Append('\n');
                }
            }
        }

        text.Append(diff.ChangeCount).Append(diff.ChangeCount == 1 ? " symbol changed\n" : " symbols changed\n");
        return text.ToString();
    }

    /// <summary><c>"changed": N, "groups": [{menu, changes: [{symbol, old, new, now: origin, was: origin}]}]</c> into an open object.</summary>
    public static void WriteJson(Utf8JsonWriter json, ConfigDiff diff)
    {
        json.WriteNumber("changed", diff.ChangeCount);
        json.WriteStartArray("groups");
        foreach (DiffGroup group in diff.Groups)
        {
            json.WriteStartObject();
            json.WriteString("menu", group.MenuPath);
            json.WriteStartArray("changes");
            foreach (SymbolChange change in group.Changes)
            {
                json.WriteStartObject();
                json.WriteString("symbol", change.Name);
                WriteValue(json, "old", change.OldValue);
                WriteValue(json, "new", change.NewValue);
                if (change.New is { } now)
                {
                    ProvenanceFormat.WriteOrigin(json, now.Origin, compact: false, "now");
                }

                if (change.Old is { } was)
                {
                    ProvenanceFormat.WriteOrigin(json, was.Origin, compact: false, "was");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static string Show(string? value, SymbolProvenance? p) =>
        value is null ? "(unset)" : p?.Type == "string" ? $"\"{value}\"" : value;

    private static string Where(SymbolProvenance p) =>
        p.Origin.Location.IsNone || p.Origin.Text.Contains(p.Origin.Location.ToFileLine(), StringComparison.Ordinal) ? string.Empty : $" ({p.Origin.Location.ToFileLine()})";
}
