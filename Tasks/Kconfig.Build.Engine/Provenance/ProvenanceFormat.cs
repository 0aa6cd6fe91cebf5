using System.Text;
using System.Text.Json;
using Kconfig.Build.Engine.Explanation;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Provenance;

/// <summary>Text and JSON renderings of <see cref="SymbolProvenance"/>.</summary>
public static class ProvenanceFormat
{
    /// <summary>The JSON writer options every insight output uses: indented, readable operators, <c>\n</c>.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,

        // Read by tools and people, never embedded in HTML: keep && and quotes readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The origin kind as written in JSON and text: requested, base, default, selected ...</summary>
    public static string KindName(OriginKind kind) => kind switch
    {
        OriginKind.Requested => "requested",
        OriginKind.BaseConfig => "base",
        OriginKind.Default => "default",
        OriginKind.Selected => "selected",
        OriginKind.Implied => "implied",
        OriginKind.RangeClamped => "range",
        OriginKind.ToolchainProbe => "probe",
        OriginKind.Choice => "choice",
        OriginKind.NotVisible => "not-visible",
        OriginKind.NoPrompt => "no-prompt",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>One line: <c>NAME=value: kind: text</c>, with the request's fate when there is one.</summary>
    public static string Line(SymbolProvenance p)
    {
        string request = p.Origin.Request.IsNone ? string.Empty : p.Origin.RequestTaken ? string.Empty : $" [request at {p.Origin.Request.ToFileLine()} not taken]";
        return $"{p.Name}={Value(p)}: {KindName(p.Origin.Kind)}: {p.Origin.Text}{request}";
    }

    /// <summary>The full text of <c>kconfig explain</c>.</summary>
    public static string RenderText(SymbolProvenance p)
    {
        var text = new StringBuilder();
        text.Append(p.Name).Append('=').Append(Value(p)).Append(" (").Append(p.Type).Append(p.Written ? string.Empty : ", not written to .config").Append(")\n");
        text.Append("  menu: ").Append(p.MenuPath.Length == 0 ? "(top level)" : p.MenuPath).Append('\n');
        text.Append("  origin: ").Append(KindName(p.Origin.Kind)).Append(": ").Append(p.Origin.Text);
        if (!p.Origin.Location.IsNone && !p.Origin.Text.Contains(p.Origin.Location.ToFileLine(), StringComparison.Ordinal))
        {
            text.Append(" (").Append(p.Origin.Location.ToFileLine()).Append(')');
        }

        text.Append('\n');
        if (!p.Origin.Request.IsNone)
        {
            text.Append("  request: ").Append(p.Origin.Request.ToFileLine()).Append(p.Origin.RequestTaken ? " (taken)" : " (not taken)").Append('\n');
        }

        foreach (SourceSpan overridden in p.Origin.Overrides)
        {
            text.Append("  overrides: ").Append(overridden.ToFileLine()).Append('\n');
        }

        foreach (WhyLink cause in p.Origin.Causes)
        {
            AppendLink(text, cause, 1);
        }

        return text.ToString();
    }

    /// <summary>One symbol as a JSON object (value, type, written, menu, origin).</summary>
    public static void WriteSymbol(Utf8JsonWriter json, SymbolProvenance p, bool compact)
    {
        json.WriteStartObject();
        json.WriteString("value", p.Value);
        if (!compact)
        {
            json.WriteString("type", p.Type);
            json.WriteBoolean("written", p.Written);
            json.WriteString("menu", p.MenuPath);
        }

        WriteOrigin(json, p.Origin, compact);
        json.WriteEndObject();
    }

    /// <summary>
    /// <c>"symbols": {NAME: {value, origin}}</c>, in the given order; the report's additive part. Compact: one
    /// line per symbol, no causes, the base-file text left to <c>at</c>, only the first selector named
    /// (about 1.1 MB for the 9,100 symbols an arm64 defconfig writes).
    /// </summary>
    public static void WriteSymbols(Utf8JsonWriter json, string propertyName, IEnumerable<SymbolProvenance> symbols, bool compact)
    {
        if (!compact)
        {
            json.WriteStartObject(propertyName);
            foreach (SymbolProvenance p in symbols)
            {
                json.WritePropertyName(p.Name);
                WriteSymbol(json, p, compact: false);
            }

            json.WriteEndObject();
            return;
        }

        var raw = new StringBuilder("{");
        string separator = "\n";
        using var buffer = new MemoryStream();
        foreach (SymbolProvenance p in symbols)
        {
            buffer.SetLength(0);
            using (var line = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = WriterOptions.Encoder }))
            {
                line.WriteStartObject();
                line.WritePropertyName(p.Name);
                WriteSymbol(line, Shorten(p), compact: true);
                line.WriteEndObject();
            }

            string entry = Encoding.UTF8.GetString(buffer.ToArray());
            raw.Append(separator).Append(entry, 1, entry.Length - 2);
            separator = ",\n";
        }

        raw.Append(raw.Length == 1 ? "}" : "\n}");
        json.WritePropertyName(propertyName);
        json.WriteRawValue(raw.ToString());
    }

    private static SymbolProvenance Shorten(SymbolProvenance p) => p.Origin.Kind switch
    {
        OriginKind.BaseConfig when !p.Origin.Location.IsNone => p with { Origin = p.Origin with { Text = "base configuration" } },
        OriginKind.Selected when p.Origin.Causes.Count > 1 => p with { Origin = p.Origin with { Text = $"{p.Origin.Causes[0].Text} (and {p.Origin.Causes.Count - 1} more)" } },
        _ => p,
    };

    /// <summary>The origin as an object property (kind, text, at, request, requestTaken, overrides, causes).</summary>
    public static void WriteOrigin(Utf8JsonWriter json, SymbolOrigin origin, bool compact, string propertyName = "origin")
    {
        json.WriteStartObject(propertyName);
        json.WriteString("kind", KindName(origin.Kind));
        json.WriteString("text", origin.Text);
        if (!origin.Location.IsNone)
        {
            json.WriteString("at", origin.Location.ToFileLine());
        }

        if (!origin.Request.IsNone)
        {
            json.WriteString("request", origin.Request.ToFileLine());
            json.WriteBoolean("requestTaken", origin.RequestTaken);
        }

        if (origin.Overrides.Count > 0)
        {
            json.WriteStartArray("overrides");
            foreach (SourceSpan overridden in origin.Overrides)
            {
                json.WriteStringValue(overridden.ToFileLine());
            }

            json.WriteEndArray();
        }

        if (!compact && origin.Causes.Count > 0)
        {
            WriteLinks(json, "causes", origin.Causes);
        }

        json.WriteEndObject();
    }

    private static void WriteLinks(Utf8JsonWriter json, string name, IReadOnlyList<WhyLink> links)
    {
        json.WriteStartArray(name);
        foreach (WhyLink link in links)
        {
            json.WriteStartObject();
            json.WriteString("text", link.Text);
            if (!link.Location.IsNone)
            {
                json.WriteString("at", link.Location.ToFileLine());
            }

            if (link.Causes.Count > 0)
            {
                WriteLinks(json, "causes", link.Causes);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void AppendLink(StringBuilder text, WhyLink link, int depth)
    {
        text.Append(' ', 2 + (2 * depth)).Append(link.Text);
        if (!link.Location.IsNone)
        {
            text.Append(" (").Append(link.Location.ToFileLine()).Append(')');
        }

        text.Append('\n');
        foreach (WhyLink cause in link.Causes)
        {
            AppendLink(text, cause, depth + 1);
        }
    }

    private static string Value(SymbolProvenance p) => p.Type == "string" ? $"\"{p.Value}\"" : p.Value;
}
