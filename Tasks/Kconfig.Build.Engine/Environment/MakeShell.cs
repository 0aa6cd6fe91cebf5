using System.Diagnostics;
using System.Text;

namespace Kconfig.Build.Engine.Environment;

/// <summary>
/// Runs a command the way GNU make's <c>$(shell ...)</c> does: <c>/bin/sh -c</c>, stdout captured, the
/// trailing newline dropped and every other newline turned into a space. The environment is exactly the
/// one given, nothing inherited, so a result never depends on the calling process by accident.
/// </summary>
internal static class MakeShell
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The command's stdout as make's <c>$(shell)</c> returns it; null when it could not be run.</summary>
    public static string? Run(string command, IReadOnlyDictionary<string, string> environment, string workingDirectory, out string? failure)
    {
        failure = null;
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            StandardOutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        start.Environment.Clear();
        foreach (KeyValuePair<string, string> pair in environment)
        {
            start.Environment[pair.Key] = pair.Value;
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                failure = "/bin/sh could not be started";
                return null;
            }

            process.StandardInput.Close();
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                failure = $"'{command}' did not finish within {Timeout.TotalSeconds:0} s";
                return null;
            }

            process.WaitForExit();
            _ = stderr.Result;
            return ToMakeResult(stdout.Result);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            failure = e.Message;
            return null;
        }
    }

    /// <summary>
    /// make's post-processing of <c>$(shell)</c> output (fold_newlines): every newline or CRLF becomes a
    /// space, and everything after the last character that was not a newline is dropped.
    /// </summary>
    public static string ToMakeResult(string output)
    {
        var folded = new StringBuilder(output.Length);
        int keep = 0;
        for (int i = 0; i < output.Length; i++)
        {
            if (output[i] == '\r' && i + 1 < output.Length && output[i + 1] == '\n')
            {
                continue;
            }

            if (output[i] == '\n')
            {
                folded.Append(' ');
            }
            else
            {
                folded.Append(output[i]);
                keep = folded.Length;
            }
        }

        return folded.ToString(0, keep);
    }
}
