namespace Kconfig.Build.Cli.Matrix;

public static class MatrixCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr) => Program.ExitUsage;
}
