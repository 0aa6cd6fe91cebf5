using System.Text.Json;

namespace Kconfig.Build.Engine.Diagnostics;

/// <summary>
/// The one JSON shape of a diagnostic, shared by every machine-readable output (the CLI's
/// <c>--format json</c>, the SDK's report): code, severity, message, and file/line/column when located.
/// </summary>
public static class DiagnosticJson
{
    /// <summary>Writes <paramref name="diagnostics"/> as an array property named <paramref name="propertyName"/>.</summary>
    public static void WriteArray(Utf8JsonWriter json, string propertyName, IEnumerable<Diagnostic> diagnostics)
    {
        json.WriteStartArray(propertyName);
        foreach (Diagnostic d in diagnostics)
        {
            Write(json, d);
        }

        json.WriteEndArray();
    }

    /// <summary>Writes one diagnostic as a JSON object.</summary>
    public static void Write(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("code", diagnostic.Code);
        json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
        json.WriteString("message", diagnostic.Message);
        if (!diagnostic.Span.IsNone)
        {
            json.WriteString("file", diagnostic.Span.File);
            json.WriteNumber("line", diagnostic.Span.Line);
            json.WriteNumber("column", diagnostic.Span.Column);
        }

        json.WriteEndObject();
    }
}
