namespace Kconfig.Build.Engine.Preprocessing;

/// <summary>Runs one <c>$(shell,...)</c> command; a seam so tests can count or replace process spawns.</summary>
internal interface IShellRunner
{
    /// <summary>
    /// Runs <paramref name="command"/> with <c>/bin/sh -c</c>, with exactly <paramref name="environment"/>
    /// and in <paramref name="workingDirectory"/>; returns everything written to stdout and stderr.
    /// </summary>
    ShellResult Run(string command, IReadOnlyDictionary<string, string> environment, string workingDirectory, CancellationToken cancellationToken);
}
