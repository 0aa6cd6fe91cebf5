using System.Diagnostics;
using Kconfig.Build.Engine.Tests.Infrastructure;

namespace Kconfig.Build.Engine.Tests.Environment;

/// <summary>
/// Reads what the real make hands to conf: live, by running eng/kernel/capture-env.sh, or from the
/// committed captures under eng/kernel/env/ (placeholders filled in for this machine).
/// </summary>
internal static class KernelEnvironmentCapture
{
    public static string EnvDirectory => Path.Combine(KernelTree.RepositoryRoot, "eng", "kernel", "env");

    /// <summary>Runs capture-env.sh --kconfig-only for ARCH [CROSS_COMPILE] with this process's environment.</summary>
    public static Capture Live(string arch, string crossCompile)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(KernelTree.RepositoryRoot, "eng", "kernel", "capture-env.sh"));
        start.ArgumentList.Add("--kconfig-only");
        start.ArgumentList.Add(arch);
        start.ArgumentList.Add(crossCompile);
        start.Environment["KCONFIG_KERNEL_SRC"] = KernelTree.SourceDirectory;
        using Process process = Process.Start(start)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.AreEqual(0, process.ExitCode, "capture-env.sh failed: " + stderr.Result);
        return Parse(stdout, placeholders: new Dictionary<string, string>());
    }

    /// <summary>A committed capture with @SRCTREE@, @PATH@ and @HOST_KERNEL_RELEASE@ filled in.</summary>
    public static Capture Committed(string fileName, string sourceTree, string path, string hostKernelRelease) =>
        Parse(
            File.ReadAllText(Path.Combine(EnvDirectory, fileName)),
            new Dictionary<string, string>
            {
                ["@SRCTREE@"] = sourceTree,
                ["@PATH@"] = path,
                ["@HOST_KERNEL_RELEASE@"] = hostKernelRelease,
            });

    private static Capture Parse(string text, IReadOnlyDictionary<string, string> placeholders)
    {
        var variables = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var makeVariables = new Dictionary<string, string>(StringComparer.Ordinal);
        var autoConfCmdNames = new List<string>();
        const string MakeHeader = "# Kconfig-relevant environment make hands to conf: make ";
        const string ListHeader = "# env list of auto.conf.cmd: ";
        foreach (string line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith(MakeHeader, StringComparison.Ordinal))
            {
                foreach (string assignment in line[MakeHeader.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    int equals = assignment.IndexOf('=', StringComparison.Ordinal);
                    if (equals > 0)
                    {
                        makeVariables[assignment[..equals]] = assignment[(equals + 1)..];
                    }
                }
            }
            else if (line.StartsWith(ListHeader, StringComparison.Ordinal))
            {
                autoConfCmdNames.AddRange(line[ListHeader.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
            else if (!line.StartsWith('#'))
            {
                int equals = line.IndexOf('=', StringComparison.Ordinal);
                string value = line[(equals + 1)..];
                foreach (KeyValuePair<string, string> placeholder in placeholders)
                {
                    value = value.Replace(placeholder.Key, placeholder.Value, StringComparison.Ordinal);
                }

                variables[line[..equals]] = value;
            }
        }

        Assert.IsNotEmpty(autoConfCmdNames, "capture without the auto.conf.cmd env list");
        return new Capture(makeVariables, autoConfCmdNames, variables);
    }

    public sealed record Capture(
        IReadOnlyDictionary<string, string> MakeVariables,
        IReadOnlyList<string> AutoConfCmdNames,
        IReadOnlyDictionary<string, string> Variables);
}
