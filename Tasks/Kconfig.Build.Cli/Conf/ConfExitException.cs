namespace Kconfig.Build.Cli.Conf;

/// <summary>conf's <c>exit(n)</c> from deep inside a mode, unwound to <see cref="ConfCommand.Run(IReadOnlyList{string}, IReadOnlyDictionary{string, string}, string, TextReader, TextWriter, TextWriter)"/>.</summary>
public sealed class ConfExitException : Exception
{
    public ConfExitException(int exitCode)
        : base("conf exited with " + exitCode)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; }
}
