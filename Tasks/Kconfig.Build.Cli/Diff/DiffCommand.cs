namespace Kconfig.Build.Cli.Diff;

public static class DiffCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr) => Program.ExitUsage;
}
