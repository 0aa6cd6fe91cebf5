using System.Text;
using System.Text.Json;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Resolution;
using Microsoft.Build.Framework;

namespace Kconfig.Build.Tasks;

/// <summary>
/// The per-profile JSON report (<c>kconfig-report.json</c>): inputs, figures, outputs and diagnostics, for
/// CI dashboards and scripts that should not parse the build log. No timestamps, so it is deterministic.
/// </summary>
internal static class ResolutionReport
{
    public static string Render(ITaskItem profile, ResolveResult result, ResolutionFacts facts)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("profile", profile.GetMetadata("FullPath"));
            json.WriteString("arch", profile.GetMetadata("Arch"));
            json.WriteString("sourceDir", profile.GetMetadata("SourceDir"));
            json.WriteString("outputPath", profile.GetMetadata("OutputPath"));
            json.WriteNumber("symbols", facts.Symbols);
            json.WriteNumber("requests", facts.Requests);
            json.WriteStartArray("outputs");
            foreach (string file in result.FilesWritten)
            {
                json.WriteStringValue(file);
            }

            json.WriteEndArray();
            json.WriteStartArray("inputs");
            foreach (string file in result.FilesRead.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                json.WriteStringValue(file);
            }

            json.WriteEndArray();
            DiagnosticJson.WriteArray(json, "diagnostics", result.Diagnostics);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }
}
