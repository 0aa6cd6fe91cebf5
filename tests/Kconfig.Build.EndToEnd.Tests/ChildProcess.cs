using System.Diagnostics;
using System.Text;

namespace Kconfig.Build.EndToEnd.Tests;

/// <summary>
/// Runs dotnet and friends as a user would, with an environment cleaned of everything that would make a
/// test depend on the machine or on the test host (toolchain variables, MSBuild variables the test host sets).
/// </summary>
internal static class ChildProcess
{
    private static readonly string[] ClearedPrefixes = ["MSBUILD", "MSBuild", "KCONFIG_", "DOTNET_HOST_PATH", "VSTEST", "TESTINGPLATFORM"];
    private static readonly string[] ClearedNames = ["ARCH", "SRCARCH", "CROSS_COMPILE", "srctree", "CC", "LD", "LLVM", "KERNELVERSION"];

    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (string name in start.Environment.Keys.ToArray())
        {
            if (ClearedNames.Contains(name, StringComparer.Ordinal) || ClearedPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
            {
                start.Environment.Remove(name);
            }
        }

        // A reused MSBuild node would keep an old task assembly loaded across test runs.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach ((string name, string value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.Append(e.Data).Append('\n'); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.Append(e.Data).Append('\n'); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // A hung child must not hang CI: generous, and only a safety net (no assertion depends on time).
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish in 10 minutes:\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return new ProcessResult(process.ExitCode, output.ToString());
        }
    }

    /// <summary>
    /// Ends the processes whose environment holds <paramref name="name"/>=<paramref name="value"/>: the resident
    /// build processes (the MSBuild server) a test started, and no other. Linux only (/proc).
    /// </summary>
    public static void KillMarked(string name, string value)
    {
        string wanted = name + "=" + value;
        foreach (Process process in Process.GetProcesses())
        {
            using (process)
            {
                try
                {
                    string environ = File.ReadAllText($"/proc/{process.Id}/environ");
                    if (environ.Split('\0').Contains(wanted, StringComparer.Ordinal))
                    {
                        process.Kill();
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or System.ComponentModel.Win32Exception)
                {
                    // Gone already, or not ours to read.
                }
            }
        }
    }
}
