namespace Kconfig.Build.Cli.Conf;

/// <summary>
/// <c>kconfig conf</c>: a drop-in for scripts/kconfig/conf (same options, positional Kconfig argument,
/// environment variables, messages and exit codes), run from the object directory with srctree set.
/// </summary>
public static class ConfCommand
{
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
        TextWriter stderr)
    {
        stderr.WriteLine("kconfig conf: not implemented yet");
        return 1;
    }
}
