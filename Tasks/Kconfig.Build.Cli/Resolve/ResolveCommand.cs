using System.Text;
using System.Text.Json;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Provenance;
using Kconfig.Build.Engine.Reporting;
using Kconfig.Build.Engine.IO;
using Kconfig.Build.Engine.Resolution;

namespace Kconfig.Build.Cli.Resolve;

/// <summary><c>kconfig resolve PROFILE [--srctree DIR] [--arch ARCH] [--out DIR] [--format text|json|sarif] [--preset-dir DIR]... [--unmet-select error|warning]</c>.</summary>
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
        string unmetSelect = "error";
        if (VerbArguments.Parse(args, ["--srctree", "--arch", "--out", "--format", "--preset-dir", "--unmet-select"], [], out string? error) is not { } parsed)
        {
            return Usage(stderr, error!);
        }

        foreach ((string option, string value) in parsed.Options)
        {
            switch (option)
            {
                case "--srctree": sourceTree = value; break;
                case "--arch": arch = value; break;
                case "--out": output = value; break;
                case "--preset-dir": presetDirectories.Add(Path.GetFullPath(value)); break;
                case "--unmet-select": unmetSelect = value; break;
                default: format = value; break;
            }
        }

        if (parsed.Positional.Count > 1)
        {
            return Usage(stderr, $"only one profile per run ('{parsed.Positional[1]}')");
        }

        profile = parsed.Positional.FirstOrDefault();
        if (profile is null)
        {
            return Usage(stderr, "no profile given");
        }

        if (format is not ("text" or "json" or "sarif"))
        {
            return Usage(stderr, $"--format is text, json or sarif, not '{format}'");
        }

        if (unmetSelect is not ("error" or "warning"))
        {
            return Usage(stderr, $"--unmet-select is error or warning, not '{unmetSelect}'");
        }

        IReadOnlyList<SymbolProvenance>? symbols = null;
        // A build writing the same folder at the same time takes turns with this run (OutputLock).
        ResolveResult result;
        using (OutputLock.Acquire(Path.GetFullPath(output), CancellationToken.None))
        {
            result = ProfileResolver.Resolve(new ResolveRequest
            {
                Resolved = format == "json" ? snapshot => symbols = new ProvenanceAnalyzer(snapshot).ExplainAll(writtenOrRequestedOnly: true) : null,
                ProfilePath = Path.GetFullPath(profile),
                SourceTree = Path.GetFullPath(sourceTree ?? "."),
                Arch = arch,
                OutputDirectory = Path.GetFullPath(output),
                PresetDirectories = presetDirectories,
                TreatSelectWarningsAsErrors = unmetSelect == "error",
                SuggestFixes = true,
            });
        }

        if (format == "json")
        {
            stdout.Write(ToJson(result, symbols));
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
    public static string ToJson(ResolveResult result) => ToJson(result, null);

    /// <summary>The same, plus <c>symbols: {NAME: {value, origin}}</c> (every symbol .config writes, and the requested ones) when given.</summary>
    public static string ToJson(ResolveResult result, IReadOnlyList<SymbolProvenance>? symbols)
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
            if (symbols is not null)
            {
                ProvenanceFormat.WriteSymbols(json, "symbols", symbols, compact: true);
            }
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>The diagnostics as a SARIF 2.1.0 log (<see cref="SarifLog"/>): rules with name, description and help page, results with locations.</summary>
    public static string ToSarif(ResolveResult result) => SarifLog.Render(result.Diagnostics, Program.Version);

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
        stderr.WriteLine("Usage: kconfig resolve PROFILE [--srctree DIR] [--arch ARCH] [--out DIR] [--format text|json|sarif] [--preset-dir DIR]... [--unmet-select error|warning]");
        return Program.ExitUsage;
    }
}
