using System.Diagnostics;
using Kconfig.Build.Cli.Conf;
using Kconfig.Build.Engine.Tests.Environment;
using Kconfig.Build.Engine.Tests.Infrastructure;

namespace Kconfig.Build.Engine.Tests.Conformance;

/// <summary>
/// The real Linux 6.12 tree, arm64 (cross gcc) and x86_64: the kernel's conf and `kconfig conf`
/// (in-process) run side by side in the environment make hands conf (eng/kernel/env/ captures), and
/// must agree: .config byte for byte, auto.conf and autoconf.h line for line as sets (conf writes them
/// in hash-table order), stdout, stderr and the exit code exactly.
/// </summary>
[TestClass]
public sealed class WholeTreeConformanceTests
{
    /// <summary>
    /// make olddefconfig on an existing config: Debian's amd64 config on x86_64, and the same config on arm64,
    /// where most of its symbols are foreign and conf warns on stderr (with KCONFIG_WARN_UNKNOWN_SYMBOLS and
    /// KCONFIG_WERROR, the warnings become exit code 1). Exit code and stderr must be conf's exactly.
    /// </summary>
    [TestMethod]
    [DataRow("x86_64", "config.amd64_none_amd64.xz", "", false)]
    [DataRow("arm64", "config.amd64_none_amd64.xz", "", true)]
    [DataRow("arm64", "config.amd64_none_amd64.xz", "KCONFIG_WARN_UNKNOWN_SYMBOLS=1 KCONFIG_WERROR=1", true)]
    [DataRow("x86_64", "config.amd64_rt_amd64.xz", "KCONFIG_WARN_UNKNOWN_SYMBOLS=1 KCONFIG_WERROR=1", true)]
    public void OlddefconfigOfDebiansConfigMatches(string arch, string debianConfig, string variables, bool confWarns)
    {
        string debian = "/usr/src/linux-config-6.12/" + debianConfig;
        Assert.IsTrue(File.Exists(debian), debian + " not found: install Debian's linux-config-6.12 package");
        var environment = new Dictionary<string, string>(EnvironmentFor(arch), StringComparer.Ordinal);
        foreach (string assignment in variables.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = assignment.Split('=', 2);
            environment[parts[0]] = parts[1];
        }

        string reference = NewDirectory();
        string ours = NewDirectory();
        try
        {
            var xz = new ProcessStartInfo("xz") { RedirectStandardOutput = true, UseShellExecute = false };
            xz.ArgumentList.Add("-dc");
            xz.ArgumentList.Add(debian);
            using (Process process = Process.Start(xz)!)
            {
                string config = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                Assert.AreEqual(0, process.ExitCode, "xz -dc failed");
                File.WriteAllText(Path.Combine(reference, ".config"), config);
                File.WriteAllText(Path.Combine(ours, ".config"), config);
            }

            string[] args = { "--olddefconfig", "Kconfig" };
            (int exitCode, string stdout, string stderr) expected = RunConf(environment, reference, args);
            var stdoutWriter = new StringWriter { NewLine = "\n" };
            var stderrWriter = new StringWriter { NewLine = "\n" };
            int actualExit = ConfCommand.Run(args, environment, ours, TextReader.Null, stdoutWriter, stderrWriter);

            string what = $"{arch} olddefconfig of Debian's {debianConfig} {variables}";

            // The rows that exist to compare warnings must really get some from conf.
            Assert.AreEqual(confWarns, expected.stderr.Length > 0, what + ": conf's stderr was\n" + expected.stderr);
            ConfOutcome.AssertText(expected.stdout, stdoutWriter.ToString(), what + " stdout");
            ConfOutcome.AssertText(expected.stderr, stderrWriter.ToString(), what + " stderr");
            Assert.AreEqual(expected.exitCode, actualExit, what + " exit code");
            foreach (string name in new[] { ".config", ".config.old" })
            {
                Assert.AreEqual(File.Exists(Path.Combine(reference, name)), File.Exists(Path.Combine(ours, name)), $"{what}: {name} written by one tool only");
                if (File.Exists(Path.Combine(reference, name)))
                {
                    AssertSameFile(reference, ours, name, what);
                }
            }

            foreach (string name in new[] { "include/config/auto.conf", "include/generated/autoconf.h" })
            {
                Assert.AreEqual(File.Exists(Path.Combine(reference, name)), File.Exists(Path.Combine(ours, name)), $"{what}: {name} written by one tool only");
                if (File.Exists(Path.Combine(reference, name)))
                {
                    AssertSameLines(reference, ours, name, what);
                }
            }
        }
        finally
        {
            Directory.Delete(reference, recursive: true);
            Directory.Delete(ours, recursive: true);
        }
    }

    [TestMethod]
    [DataRow("arm64", "defconfig")]
    [DataRow("arm64", "alldefconfig")]
    [DataRow("arm64", "allnoconfig")]
    [DataRow("arm64", "allyesconfig")]
    [DataRow("arm64", "allmodconfig")]
    [DataRow("arm64", "savedefconfig")]
    [DataRow("x86_64", "defconfig")]
    [DataRow("x86_64", "alldefconfig")]
    [DataRow("x86_64", "allnoconfig")]
    [DataRow("x86_64", "allyesconfig")]
    [DataRow("x86_64", "allmodconfig")]
    [DataRow("x86_64", "savedefconfig")]
    public void KconfigConfMatchesKernelConfOnTheRealTree(string arch, string mode)
    {
        IReadOnlyDictionary<string, string> environment = EnvironmentFor(arch);
        string defconfig = arch == "arm64" ? "arch/arm64/configs/defconfig" : "arch/x86/configs/x86_64_defconfig";
        string reference = NewDirectory();
        string ours = NewDirectory();
        try
        {
            string[] args = mode switch
            {
                "defconfig" => new[] { "--defconfig=" + defconfig, "Kconfig" },
                "savedefconfig" => new[] { "--savedefconfig=defconfig", "Kconfig" },
                _ => new[] { "--" + mode, "Kconfig" },
            };
            if (mode == "savedefconfig")
            {
                // The minimal config of the defconfig result, starting both from conf's own .config.
                string seed = NewDirectory();
                try
                {
                    RunConf(environment, seed, new[] { "--defconfig=" + defconfig, "Kconfig" });
                    File.Copy(Path.Combine(seed, ".config"), Path.Combine(reference, ".config"));
                    File.Copy(Path.Combine(seed, ".config"), Path.Combine(ours, ".config"));
                }
                finally
                {
                    Directory.Delete(seed, recursive: true);
                }
            }

            (int exitCode, string stdout, string stderr) expected = RunConf(environment, reference, args);
            var stdoutWriter = new StringWriter { NewLine = "\n" };
            var stderrWriter = new StringWriter { NewLine = "\n" };
            int actualExit = ConfCommand.Run(args, environment, ours, TextReader.Null, stdoutWriter, stderrWriter);

            string what = $"{arch} {mode}";
            ConfOutcome.AssertText(expected.stdout, stdoutWriter.ToString(), what + " stdout");
            ConfOutcome.AssertText(expected.stderr, stderrWriter.ToString(), what + " stderr");
            Assert.AreEqual(expected.exitCode, actualExit, what + " exit code");
            if (mode == "savedefconfig")
            {
                AssertSameFile(reference, ours, "defconfig", what);
                return;
            }

            AssertSameFile(reference, ours, ".config", what);
            AssertSameLines(reference, ours, "include/config/auto.conf", what);
            AssertSameLines(reference, ours, "include/generated/autoconf.h", what);
            AssertSameLines(reference, ours, "include/generated/rustc_cfg", what);
            AssertSameFile(reference, ours, "include/config/auto.conf.cmd", what);
        }
        finally
        {
            Directory.Delete(reference, recursive: true);
            Directory.Delete(ours, recursive: true);
        }
    }

    internal static IReadOnlyDictionary<string, string> EnvironmentFor(string arch)
    {
        string path = System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin";
        KernelEnvironmentCapture.Capture capture = KernelEnvironmentCapture.Committed(
            arch + ".env",
            new DirectoryInfo(KernelTree.SourceDirectory).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? RealPath(KernelTree.SourceDirectory),
            path,
            File.ReadAllText("/proc/sys/kernel/osrelease").Trim());
        return capture.Variables;
    }

    private static string RealPath(string path)
    {
        // .kernel may be a symlink somewhere above; make (and so the capture) names the resolved tree.
        string full = Path.GetFullPath(path);
        string current = Path.GetPathRoot(full)!;
        foreach (string part in full.Substring(current.Length).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = new DirectoryInfo(current);
            if (info.LinkTarget is not null)
            {
                current = info.ResolveLinkTarget(returnFinalTarget: true)!.FullName;
            }
        }

        return current;
    }

    internal static (int ExitCode, string Stdout, string Stderr) RunConf(IReadOnlyDictionary<string, string> environment, string directory, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(KernelTree.ConfBinary)
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Clear();
        foreach ((string key, string value) in environment)
        {
            start.Environment[key] = value;
        }

        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        process.StandardInput.Close();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }

    private static string NewDirectory() => Directory.CreateTempSubdirectory("kconfig-tree-").FullName;

    private static void AssertSameFile(string reference, string ours, string name, string what)
    {
        string expectedPath = Path.Combine(reference, name);
        Assert.IsTrue(File.Exists(expectedPath), $"{what}: conf wrote no {name}");
        ConfOutcome.AssertText(File.ReadAllText(expectedPath), File.ReadAllText(Path.Combine(ours, name)), $"{what} {name}");
    }

    private static void AssertSameLines(string reference, string ours, string name, string what)
    {
        string[] expected = File.ReadAllLines(Path.Combine(reference, name)).Order(StringComparer.Ordinal).ToArray();
        string[] actual = File.ReadAllLines(Path.Combine(ours, name)).Order(StringComparer.Ordinal).ToArray();
        string[] missing = expected.Except(actual, StringComparer.Ordinal).Take(10).ToArray();
        string[] extra = actual.Except(expected, StringComparer.Ordinal).Take(10).ToArray();
        Assert.IsTrue(
            expected.SequenceEqual(actual, StringComparer.Ordinal),
            $"{what} {name}: {expected.Length} lines expected, {actual.Length} written; missing: {string.Join(" | ", missing)}; extra: {string.Join(" | ", extra)}");

        // Same lines; and since the symbol hash order is reproduced, the same bytes too.
        ConfOutcome.AssertText(File.ReadAllText(Path.Combine(reference, name)), File.ReadAllText(Path.Combine(ours, name)), $"{what} {name} (order)");
    }
}
