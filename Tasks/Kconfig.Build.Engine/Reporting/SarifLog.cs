using System.Text;
using System.Text.Json;
using Kconfig.Build.Engine.Diagnostics;

namespace Kconfig.Build.Engine.Reporting;

/// <summary>
/// Diagnostics as a SARIF 2.1.0 log: one run of the tool <c>kconfig</c>, one rule per code present (with its
/// name, short description, help page and default level), one result per diagnostic with its location.
/// Every property the 2.1.0 schema requires is written (version, runs, tool.driver.name, rule id,
/// result message.text), and regions start at line and column 1 or later.
/// </summary>
public static class SarifLog
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static string Render(IEnumerable<Diagnostic> diagnostics, string toolVersion)
    {
        Diagnostic[] all = diagnostics.ToArray();
        string[] codes = all.Select(d => d.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "kconfig");
            json.WriteString("version", toolVersion);
            json.WriteString("informationUri", "https://github.com/kconfig-build/Kconfig.Build.Sdk");
            json.WriteStartArray("rules");
            foreach (string code in codes)
            {
                DiagnosticRule rule = DiagnosticRules.For(code);
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("name", rule.Name);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.ShortDescription);
                json.WriteEndObject();
                json.WriteString("helpUri", rule.HelpUri);
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(all.First(d => d.Code == code).Severity));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (Diagnostic d in all)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", d.Code);
                json.WriteNumber("ruleIndex", Array.IndexOf(codes, d.Code));
                json.WriteString("level", Level(d.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", d.Message);
                json.WriteEndObject();
                if (!d.Span.IsNone)
                {
                    json.WriteStartArray("locations");
                    json.WriteStartObject();
                    json.WriteStartObject("physicalLocation");
                    json.WriteStartObject("artifactLocation");
                    json.WriteString("uri", Uri(d.Span.File));
                    json.WriteEndObject();
                    json.WriteStartObject("region");
                    json.WriteNumber("startLine", Math.Max(1, d.Span.Line));
                    json.WriteNumber("startColumn", Math.Max(1, d.Span.Column));
                    if (d.Span.EndLine >= d.Span.Line && d.Span.EndLine > 0)
                    {
                        json.WriteNumber("endLine", d.Span.EndLine);
                    }

                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static string Uri(string file) =>
        Path.IsPathRooted(file) ? new System.Uri(file).AbsoluteUri : file.Replace('\\', '/');
}
