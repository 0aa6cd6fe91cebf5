using System.Text;
using System.Text.Json;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Resolution;

namespace Kconfig.Build.Cli.Resolve;

/// <summary><c>kconfig resolve PROFILE [--srctree DIR] [--arch ARCH] [--out DIR] [--format text|json|sarif] [--preset-dir DIR]...</c>.</summary>
public static class ResolveCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? profile = null;
        string? sourceTree = null;
        string? arch = null;
        string output = ".";
        string format = "text";
        var presetDirectories = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg is "--srctree" or "--arch" or "--out" or "--format" or "--preset-dir")
            {
                if (i + 1 >= args.Count)
                {
                    return Usage(stderr, $"{arg} needs a value");
                }

                string value = args[++i];
                switch (arg)
                {
                    case "--srctree": sourceTree = value; break;
                    case "--arch": arch = value; break;
                    case "--out": output = value; break;
                    case "--preset-dir": presetDirectories.Add(Path.GetFullPath(value)); break;
                    default: format = value; break;
                }
            }
            else if (arg.StartsWith('-'))
            {
                return Usage(stderr, $"unknown option '{arg}'");
            }
            else if (profile is null)
            {
                profile = arg;
            }
            else
            {
                return Usage(stderr, $"only one profile per run ('{arg}')");
            }
        }

        if (profile is null)
        {
            return Usage(stderr, "no profile given");
        }

        if (format is not ("text" or "json" or "sarif"))
        {
            return Usage(stderr, $"--format is text, json or sarif, not '{format}'");
        }

        ResolveResult result = ProfileResolver.Resolve(new ResolveRequest
        {
            ProfilePath = Path.GetFullPath(profile),
            SourceTree = Path.GetFullPath(sourceTree ?? "."),
            Arch = arch,
            OutputDirectory = Path.GetFullPath(output),
            PresetDirectories = presetDirectories,
            SuggestFixes = true,
        });

        if (format == "json")
        {
            stdout.Write(ToJson(result));
        }
        else if (format == "sarif")
        {
            stdout.Write(ToSarif(result));
        }
        else
        {
            foreach (Diagnostic d in result.Diagnostics)
            {
                stderr.WriteLine(d.ToCanonicalString());
            }

            foreach (string file in result.FilesWritten)
            {
                stdout.WriteLine(file);
            }
        }

        return result.Succeeded ? Program.ExitOk : Program.ExitInputErrors;
    }

    /// <summary>The result as a JSON object: succeeded, diagnostics (code, severity, message, file, line, column), filesWritten, filesRead.</summary>
    public static string ToJson(ResolveResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,

            // The output is read by tools and people, never embedded in HTML: keep && and quotes readable.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            json.WriteStartObject();
            json.WriteBoolean("succeeded", result.Succeeded);
            DiagnosticJson.WriteArray(json, "diagnostics", result.Diagnostics);
            WriteStrings(json, "filesWritten", result.FilesWritten);
            WriteStrings(json, "filesRead", result.FilesRead);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>The diagnostics as a minimal SARIF 2.1.0 log: one run, one rule per code, one result per diagnostic.</summary>
    public static string ToSarif(ResolveResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "kconfig");
            json.WriteStartArray("rules");
            foreach (string code in result.Diagnostics.Select(d => d.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("id", code);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (Diagnostic d in result.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", d.Code);
                json.WriteString("level", d.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "note" });
                json.WriteStartObject("message");
                json.WriteString("text", d.Message);
                json.WriteEndObject();
                if (!d.Span.IsNone)
                {
                    json.WriteStartArray("locations");
                    json.WriteStartObject();
                    json.WriteStartObject("physicalLocation");
                    json.WriteStartObject("artifactLocation");
                    json.WriteString("uri", Path.IsPathRooted(d.Span.File) ? new Uri(d.Span.File).AbsoluteUri : d.Span.File.Replace('\\', '/'));
                    json.WriteEndObject();
                    json.WriteStartObject("region");
                    json.WriteNumber("startLine", d.Span.Line);
                    json.WriteNumber("startColumn", d.Span.Column);
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

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static int Usage(TextWriter stderr, string problem)
    {
        stderr.WriteLine($"kconfig resolve: {problem}");
        stderr.WriteLine("Usage: kconfig resolve PROFILE [--srctree DIR] [--arch ARCH] [--out DIR] [--format text|json|sarif] [--preset-dir DIR]...");
        return Program.ExitUsage;
    }
}
