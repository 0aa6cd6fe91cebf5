using System.Text;
using System.Text.Json;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Diffing;
using Kconfig.Build.Engine.Provenance;
using Kconfig.Build.Engine.Reporting;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Cli.Diff;

/// <summary>
/// <c>kconfig diff A B --srctree DIR [--arch ARCH] [--format text|json|sarif] [--preset-dir DIR]...</c>: A and B are
/// profiles (<c>.yaml</c>) or configuration files, in any mix; every changed symbol with its cause, by menu.
/// Exit 0 when both sides resolve (whatever the differences), 1 when a side does not.
/// </summary>
public static class DiffCommand
{
    public const string UsageText = "Usage: kconfig diff A B --srctree DIR [--arch ARCH] [--format text|json|sarif] [--preset-dir DIR]...";

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var inputs = new List<string>();
        string? sourceTree = null;
        string? arch = null;
        string format = "text";
        var presets = new List<string>();
        if (VerbArguments.Parse(args, ["--srctree", "--arch", "--format", "--preset-dir"], [], out string? error) is not { } parsed)
        {
            return Usage(stderr, error!);
        }

        foreach ((string option, string value) in parsed.Options)
        {
            switch (option)
            {
                case "--srctree": sourceTree = value; break;
                case "--arch": arch = value; break;
                case "--preset-dir": presets.Add(Path.GetFullPath(value)); break;
                default: format = value; break;
            }
        }

        inputs.AddRange(parsed.Positional);
        if (inputs.Count != 2)
        {
            return Usage(stderr, "give two inputs A and B (profiles or configuration files)");
        }

        if (format is not ("text" or "json" or "sarif"))
        {
            return Usage(stderr, $"--format is text, json or sarif, not '{format}'");
        }

        var cache = new SharedTreeCache();
        CaptureResult[] sides = inputs.Select(input => ResolutionCapture.Capture(new CaptureRequest
        {
            InputPath = input,
            SourceTree = Path.GetFullPath(sourceTree ?? "."),
            Arch = arch,
            PresetDirectories = presets,
            TreeCache = cache,
        })).ToArray();

        var diagnostics = new List<Diagnostic>();
        for (int s = 0; s < 2; s++)
        {
            diagnostics.AddRange(sides[s].Diagnostics);
            if (sides[s].Snapshot is null)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InsightNotResolved, SourceSpan.None, $"{(s == 0 ? "A" : "B")} ({Path.GetFullPath(inputs[s])}) did not resolve: nothing to compare"));
            }
        }

        ConfigDiff? diff = sides[0].Snapshot is { } a && sides[1].Snapshot is { } b ? ConfigDiffer.Compare(a, b) : null;
        switch (format)
        {
            case "json":
                stdout.Write(ToJson(inputs.Select(Path.GetFullPath).ToArray(), diff, diagnostics));
                break;
            case "sarif":
                stdout.Write(SarifLog.Render(diagnostics, Program.Version));
                break;
            default:
                foreach (Diagnostic d in diagnostics.Where(d => d.IsError))
                {
                    stderr.WriteLine(d.ToCanonicalString());
                }

                if (diff is not null)
                {
                    stdout.Write(DiffFormat.RenderText(diff));
                }

                break;
        }

        return diff is null ? Program.ExitInputErrors : Program.ExitOk;
    }

    /// <summary><c>{"a", "b", "changed", "groups": [...], "diagnostics": [...]}</c>.</summary>
    public static string ToJson(IReadOnlyList<string> inputs, ConfigDiff? diff, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ProvenanceFormat.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("a", inputs[0]);
            json.WriteString("b", inputs[1]);
            if (diff is not null)
            {
                DiffFormat.WriteJson(json, diff);
            }

            DiagnosticJson.WriteArray(json, "diagnostics", diagnostics);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static int Usage(TextWriter stderr, string problem)
    {
        stderr.WriteLine($"kconfig diff: {problem}");
        stderr.WriteLine(UsageText);
        return Program.ExitUsage;
    }
}
