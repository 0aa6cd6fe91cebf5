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
        process.StandardInput.Close();
        Task<string> stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var stdout = new MemoryStream();
        process.StandardOutput.BaseStream.CopyToAsync(stdout, cancellationToken).GetAwaiter().GetResult();
        process.WaitForExitAsync(cancellationToken).GetAwaiter().GetResult();
        return new ShellResult(stdout.ToArray(), stderr.GetAwaiter().GetResult());
    }
}
