using System.Globalization;
using Kconfig.Build.Engine.ConfigFiles;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.IO;
using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Parsing;

namespace Kconfig.Build.Cli.Conf;

/// <summary>
/// <c>kconfig conf</c>: a drop-in for scripts/kconfig/conf (same options, positional Kconfig argument,
/// environment variables, messages and exit codes), run from the object directory with srctree set.
/// </summary>
public static class ConfCommand
{
    private const string ProgramName = "conf";

    /// <param name="args">Arguments after the verb, exactly as conf takes them.</param>
    /// <param name="environment">The environment conf would see (srctree, ARCH, CC, KCONFIG_* ...).</param>
    /// <param name="workingDirectory">The object directory conf runs in.</param>
    /// <param name="stdout">Where conf's standard output goes.</param>
    /// <param name="stderr">Where conf's standard error goes.</param>
    /// <returns>conf's exit code.</returns>
    public static int Run(
        IReadOnlyList<string> args,
        IReadOnlyDictionary<string, string> environment,
        string workingDirectory,
        TextWriter stdout,
        TextWriter stderr) =>
        Run(args, environment, workingDirectory, Console.In, stdout, stderr);

    /// <summary>As <see cref="Run(IReadOnlyList{string}, IReadOnlyDictionary{string, string}, string, TextWriter, TextWriter)"/>, with the answers of the interactive modes read from <paramref name="stdin"/>.</summary>
    public static int Run(
        IReadOnlyList<string> args,
        IReadOnlyDictionary<string, string> environment,
        string workingDirectory,
        TextReader stdin,
        TextWriter stdout,
        TextWriter stderr)
    {
        try
        {
            // Two runs in one object directory (two makes, a make and a build) take turns, never interleave.
            using (OutputLock.Acquire(workingDirectory, CancellationToken.None))
            {
                return new ConfSession(environment, workingDirectory, stdin, stdout, stderr).Run(args);
            }
        }
        catch (ConfExitException exit)
        {
            return exit.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // conf would fail on the same file; say which and why instead of a stack trace.
            stderr.Write($"{ProgramName}: {e.Message}\n");
            return 1;
        }
        finally
        {
            stdout.Flush();
            stderr.Flush();
        }
    }

    /// <summary>Renders a diagnostic of the front end or of a config file read as conf prints it.</summary>
    internal static string Render(Diagnostic diagnostic)
    {
        if (diagnostic.Code == DiagnosticCodes.UnmetDirectDependencies)
        {
            return "\nWARNING: " + diagnostic.Message;
        }

        if (diagnostic.Span.IsNone)
        {
            return diagnostic.Message + "\n";
        }

        return diagnostic.Code.StartsWith("KC2", StringComparison.Ordinal)
            ? $"{diagnostic.Span.File}:{diagnostic.Span.Line}:warning: {diagnostic.Message}\n"
            : $"{diagnostic.Span.ToFileLine()}: {diagnostic.Message}\n";
    }

    internal static string ProgramNameForMessages => ProgramName;

    internal static string FormatSeed(uint seed) => "KCONFIG_SEED=0x" + seed.ToString("X", CultureInfo.InvariantCulture);

    internal static void PrintUsage(TextWriter stdout, string programName)
    {
        stdout.Write($"Usage: {programName} [options] <kconfig-file>\n");
        stdout.Write("\n");
        stdout.Write("Generic options:\n");
        stdout.Write("  -h, --help              Print this message and exit.\n");
        stdout.Write("  -s, --silent            Do not print log.\n");
        stdout.Write("\n");
        stdout.Write("Mode options:\n");
        stdout.Write("  --listnewconfig         List new options\n");
        stdout.Write("  --helpnewconfig         List new options and help text\n");
        stdout.Write("  --oldaskconfig          Start a new configuration using a line-oriented program\n");
        stdout.Write("  --oldconfig             Update a configuration using a provided .config as base\n");
        stdout.Write("  --syncconfig            Similar to oldconfig but generates configuration in\n");
        stdout.Write("                          include/{generated/,config/}\n");
        stdout.Write("  --olddefconfig          Same as oldconfig but sets new symbols to their default value\n");
        stdout.Write("  --defconfig <file>      New config with default defined in <file>\n");
        stdout.Write("  --savedefconfig <file>  Save the minimal current configuration to <file>\n");
        stdout.Write("  --allnoconfig           New config where all options are answered with no\n");
        stdout.Write("  --allyesconfig          New config where all options are answered with yes\n");
        stdout.Write("  --allmodconfig          New config where all options are answered with mod\n");
        stdout.Write("  --alldefconfig          New config with all symbols set to default\n");
        stdout.Write("  --randconfig            New config with random answer to all options\n");
        stdout.Write("  --yes2modconfig         Change answers from yes to mod if possible\n");
        stdout.Write("  --mod2yesconfig         Change answers from mod to yes if possible\n");
        stdout.Write("  --mod2noconfig          Change answers from mod to no if possible\n");
        stdout.Write("  (If none of the above is given, --oldaskconfig is the default)\n");
    }

    internal static KconfigModel? LoadModel(
        string kconfigFile,
        IReadOnlyDictionary<string, string> environment,
        string workingDirectory,
        TextWriter stdout,
        TextWriter stderr)
    {
        string sourceTree = environment.TryGetValue("srctree", out string? srctree) && srctree.Length > 0
            ? Path.GetFullPath(srctree, workingDirectory)
            : workingDirectory;
        KconfigLoadResult result = KconfigLoader.Load(new KconfigLoadOptions
        {
            SourceTree = sourceTree,
            KconfigFile = kconfigFile,
            WorkingDirectory = workingDirectory,
            Environment = environment,
            // Not a conf variable: lets repeated runs (benchmarks, the SDK's tool) skip the ~100 toolchain probes.
            ProbeCachePath = environment.TryGetValue("KCONFIG_PROBE_CACHE", out string? cache) && cache.Length > 0
                ? Path.GetFullPath(cache, workingDirectory)
                : null,
        });
        // The front end keeps conf's own parse-time output, in order, on the right stream.
        foreach (ConfOutput output in result.ConfTranscript)
        {
            (output.IsStdout ? stdout : stderr).Write(output.Text);
        }

        return result.HasErrors ? null : result.Model;
    }
}
