using System.Text;
using System.Text.Json;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Matrix;
using Kconfig.Build.Engine.Provenance;
using Kconfig.Build.Engine.Reporting;

namespace Kconfig.Build.Cli.Matrix;

/// <summary>
/// <c>kconfig matrix PROFILE... --arch A,B [--srctree DIR]... [--format text|json|sarif] [--preset-dir DIR]... [--jobs N]</c>:
/// every request of the profiles x (tree, arch), resolved in parallel. Exit 0 when every request holds
/// (or is inactive or overridden) everywhere, 1 otherwise.
/// </summary>
public static class MatrixCommand
{
    public const string UsageText = "Usage: kconfig matrix PROFILE... --arch ARCH[,ARCH...] [--srctree DIR]... [--format text|json|sarif] [--preset-dir DIR]... [--jobs N]";

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var profiles = new List<string>();
        var trees = new List<string>();
        var arches = new List<string>();
        var presets = new List<string>();
        string format = "text";
        int jobs = 0;
        if (VerbArguments.Parse(args, ["--srctree", "--arch", "--format", "--preset-dir", "--jobs"], [], out string? error) is not { } parsed)
        {
            return Usage(stderr, error!);
        }

        foreach ((string option, string value) in parsed.Options)
        {
            switch (option)
            {
                case "--srctree": trees.Add(value); break;
                case "--arch": arches.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)); break;
                case "--preset-dir": presets.Add(Path.GetFullPath(value)); break;
                case "--jobs":
                    if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out jobs) || jobs < 1)
                    {
                        return Usage(stderr, $"--jobs is a positive number, not '{value}'");
                    }

                    break;
                default: format = value; break;
            }
        }

        profiles.AddRange(parsed.Positional);
        if (profiles.Count == 0)
        {
            return Usage(stderr, "give at least one profile");
        }

        if (arches.Count == 0)
        {
            return Usage(stderr, "give the arches with --arch (e.g. --arch arm64,x86_64)");
        }

        if (format is not ("text" or "json" or "sarif"))
        {
            return Usage(stderr, $"--format is text, json or sarif, not '{format}'");
        }

        if (trees.Count == 0)
        {
            trees.Add(".");
        }

        MatrixReport report = MatrixRunner.Run(new MatrixRequest
        {
            Profiles = profiles,
            Arches = arches.Distinct(StringComparer.Ordinal).ToList(),
            SourceTrees = trees,
            PresetDirectories = presets,
            MaxParallelism = jobs,
        });
        IReadOnlyList<Diagnostic> diagnostics = report.Columns.SelectMany(c => c.Diagnostics).ToList();
        switch (format)
        {
            case "json":
                stdout.Write(ToJson(report));
                break;
            case "sarif":
                stdout.Write(SarifLog.Render(diagnostics, Program.Version));
                break;
            default:
                if (report.Rows.Count == 0)
                {
                    foreach (Diagnostic d in diagnostics.Where(d => d.IsError).Distinct())
                    {
                        stderr.WriteLine(d.ToCanonicalString());
                    }
                }

                stdout.Write(MatrixFormat.RenderText(report));
                break;
        }

        return report.Rows.Count > 0 && report.AllHold ? Program.ExitOk : Program.ExitInputErrors;
    }

    /// <summary><c>{"allHold", "columns": [...], "rows": [...]}</c>.</summary>
    public static string ToJson(MatrixReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ProvenanceFormat.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteBoolean("allHold", report.Rows.Count > 0 && report.AllHold);
            MatrixFormat.WriteJson(json, report);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static int Usage(TextWriter stderr, string problem)
    {
        stderr.WriteLine($"kconfig matrix: {problem}");
        stderr.WriteLine(UsageText);
        return Program.ExitUsage;
    }
}
