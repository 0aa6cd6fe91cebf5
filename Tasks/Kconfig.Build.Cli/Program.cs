using System.Collections;
using System.Reflection;
using Kconfig.Build.Cli.Conf;
using Kconfig.Build.Cli.Diff;
using Kconfig.Build.Cli.Explain;
using Kconfig.Build.Cli.Matrix;
using Kconfig.Build.Cli.Resolve;

namespace Kconfig.Build.Cli;

/// <summary>
/// <c>kconfig VERB ...</c>. Exit codes: 0 success, 1 errors in the input (reported as diagnostics),
/// 2 wrong usage. No exception escapes: a defect is reported as error KC9000.
/// </summary>
public static class Program
{
    public const int ExitOk = 0;
    public const int ExitInputErrors = 1;
    public const int ExitUsage = 2;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            if (args.Count == 0)
            {
                WriteHelp(stderr);
                return ExitUsage;
            }

            string verb = args[0];
            IReadOnlyList<string> rest = args.Skip(1).ToArray();
            switch (verb)
            {
                case "help" or "--help" or "-h" or "-?":
                    WriteHelp(stdout);
                    return ExitOk;
                case "--version":
                    stdout.WriteLine(Version);
                    return ExitOk;
                case "resolve":
                    return ResolveCommand.Run(rest, stdout, stderr);
                case "explain":
                    return ExplainCommand.Run(rest, stdout, stderr);
                case "diff":
                    return DiffCommand.Run(rest, stdout, stderr);
                case "matrix":
                    return MatrixCommand.Run(rest, stdout, stderr);
                case "conf":
                    return ConfCommand.Run(rest, ProcessEnvironment(), Directory.GetCurrentDirectory(), stdout, stderr);
                default:
                    stderr.WriteLine($"kconfig: unknown command '{verb}'");
                    WriteHelp(stderr);
                    return ExitUsage;
            }
        }
        catch (Exception ex)
        {
            stderr.WriteLine($"error KC9000: internal error: {ex.GetType().Name}: {ex.Message}");
            return ExitInputErrors;
        }
    }

    public static string Version =>
        typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(Program).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    private static void WriteHelp(TextWriter writer)
    {
        writer.WriteLine($"kconfig {Version}: Linux Kconfig configurators and YAML kernel profiles");
        writer.WriteLine();
        writer.WriteLine("Usage: kconfig <command> [arguments]");
        writer.WriteLine();
        writer.WriteLine("Commands:");
        writer.WriteLine("  resolve PROFILE [--srctree DIR] [--arch ARCH] [--out DIR] [--format text|json|sarif] [--preset-dir DIR]...");
        writer.WriteLine("                 Resolve a YAML profile against a kernel tree and write .config,");
        writer.WriteLine("                 include/config/auto.conf, include/generated/autoconf.h and defconfig to DIR.");
        writer.WriteLine("  explain SYMBOL|--all --srctree DIR [--arch ARCH] (--profile FILE | --config FILE) [--format text|json|sarif]");
        writer.WriteLine("                 A symbol's value and why: request, base line, default, select, imply, range, probe.");
        writer.WriteLine("  diff A B --srctree DIR [--arch ARCH] [--format text|json|sarif]");
        writer.WriteLine("                 Changed symbols between two profiles or .config files, each with its cause, by menu.");
        writer.WriteLine("  matrix PROFILE... --arch A,B [--srctree DIR]... [--format text|json|sarif]");
        writer.WriteLine("                 Every request of the profiles x arch (x tree): ok, not taken, forbidden ... and why.");
        writer.WriteLine("  conf [options] KCONFIG");
        writer.WriteLine("                 A drop-in for the kernel's scripts/kconfig/conf (same options and environment).");
        writer.WriteLine("  help, --help   Show this help.");
        writer.WriteLine("  --version      Show the version.");
        writer.WriteLine();
        writer.WriteLine("Exit codes: 0 success, 1 errors in the input, 2 wrong usage.");
    }

    private static Dictionary<string, string> ProcessEnvironment()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string key && entry.Value is string value)
            {
                environment[key] = value;
            }
        }

        return environment;
    }
}
