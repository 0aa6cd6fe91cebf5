using System.Diagnostics;

namespace Kconfig.Build.Engine.Preprocessing;

/// <summary>Runs commands as popen() in conf does: <c>/bin/sh -c</c>, stdout captured, stdin empty.</summary>
internal sealed class ProcessShellRunner : IShellRunner
{
    public static ProcessShellRunner Instance { get; } = new();

    public ShellResult Run(string command, IReadOnlyDictionary<string, string> environment, string workingDirectory, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("/bin/sh")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add(command);

        // Only the load's environment: the process environment must not leak into probe results.
        startInfo.Environment.Clear();
        foreach (KeyValuePair<string, string> pair in environment)
        {
            startInfo.Environment[pair.Key] = pair.Value;
        }

        using var process = new Process { StartInfo = startInfo };
        process.Start();
        // A cancelled load must not leave a probe (or what it started: compilers, sleeps) running behind it.
        using CancellationTokenRegistration kill = cancellationToken.Register(() => KillTree(process));
        process.StandardInput.Close();
        Task<string> stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var stdout = new MemoryStream();
        process.StandardOutput.BaseStream.CopyToAsync(stdout, cancellationToken).GetAwaiter().GetResult();
        process.WaitForExitAsync(cancellationToken).GetAwaiter().GetResult();
        return new ShellResult(stdout.ToArray(), stderr.GetAwaiter().GetResult());
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own meanwhile.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Some descendant could not be signalled (it exited, or is not ours); the rest were.
        }
    }
}
