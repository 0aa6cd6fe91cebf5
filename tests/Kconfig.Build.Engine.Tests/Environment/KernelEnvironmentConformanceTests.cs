using System.Collections;
using Kconfig.Build.Engine.Environment;
using Kconfig.Build.Engine.Tests.Infrastructure;

namespace Kconfig.Build.Engine.Tests.Environment;

/// <summary>
/// KernelEnvironment against the real make: live captures for the product's two targets (every variable,
/// toolchain version texts included), and the committed captures of every ARCH (all but the two version
/// texts, which belong to this machine's toolchains).
/// </summary>
[TestClass]
public sealed class KernelEnvironmentConformanceTests
{
    private static readonly string[] MachineSpecific = ["CC_VERSION_TEXT", "RUSTC_VERSION_TEXT"];

    [TestMethod]
    [DataRow("arm64", "aarch64-linux-gnu-")]
    [DataRow("x86_64", "")]
    public void EqualsWhatMakeHandsConfLive(string arch, string crossCompile)
    {
        KernelEnvironmentCapture.Capture capture = KernelEnvironmentCapture.Live(arch, crossCompile);

        KernelEnvironmentResult result = KernelEnvironment.Compute(new KernelEnvironmentOptions
        {
            SourceTree = KernelTree.SourceDirectory,
            Arch = arch,
            CrossCompile = crossCompile,
            BaseEnvironment = ProcessEnvironmentWith("KCONFIG_KERNEL_SRC", KernelTree.SourceDirectory),
        });

        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (string name in capture.AutoConfCmdNames)
        {
            Assert.AreEqual(capture.Variables[name], result.Environment!.Variables.GetValueOrDefault(name), $"{arch}: {name} (auto.conf.cmd env list)");
        }

        Assert.AreEqual(Render(capture.Variables), Render(result.Environment!.Variables));
    }

    public static IEnumerable<object[]> CommittedCaptures =>
        Directory.EnumerateFiles(KernelEnvironmentCapture.EnvDirectory, "*.env")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .Select(name => new object[] { name! });

    [TestMethod]
    [DynamicData(nameof(CommittedCaptures))]
    public void EqualsCommittedCapture(string fileName)
    {
        IReadOnlyDictionary<string, string> baseEnvironment = ProcessEnvironmentWithoutKconfig();
        KernelEnvironmentCapture.Capture capture = KernelEnvironmentCapture.Committed(
            fileName,
            RealPathOf(KernelTree.SourceDirectory),
            baseEnvironment["PATH"],
            File.ReadAllText("/proc/sys/kernel/osrelease").Trim());

        KernelEnvironmentResult result = KernelEnvironment.Compute(new KernelEnvironmentOptions
        {
            SourceTree = KernelTree.SourceDirectory,
            Arch = capture.MakeVariables["ARCH"],
            CrossCompile = capture.MakeVariables.GetValueOrDefault("CROSS_COMPILE", string.Empty),
            BaseEnvironment = baseEnvironment,
        });

        Assert.IsNotNull(result.Environment, string.Join("\n", result.Diagnostics));
        Assert.AreEqual(
            Render(capture.Variables.Where(p => !MachineSpecific.Contains(p.Key))),
            Render(result.Environment.Variables.Where(p => !MachineSpecific.Contains(p.Key))),
            fileName);
        CollectionAssert.IsSubsetOf(capture.AutoConfCmdNames.ToList(), result.Environment.Variables.Keys.ToList(), fileName);
    }

    /// <summary>realpath(1): make names the tree by its resolved path (.kernel may be a symlink).</summary>
    private static string RealPathOf(string path)
    {
        var start = new System.Diagnostics.ProcessStartInfo("realpath") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(path);
        using var process = System.Diagnostics.Process.Start(start)!;
        string resolved = process.StandardOutput.ReadToEnd().TrimEnd('\n');
        process.WaitForExit();
        Assert.AreEqual(0, process.ExitCode, "realpath " + path);
        return resolved;
    }

    private static string Render(IEnumerable<KeyValuePair<string, string>> variables) =>
        string.Concat(variables.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}\n"));

    private static SortedDictionary<string, string> ProcessEnvironment()
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            result[(string)entry.Key] = (string)entry.Value!;
        }

        return result;
    }

    private static IReadOnlyDictionary<string, string> ProcessEnvironmentWith(string name, string value)
    {
        SortedDictionary<string, string> environment = ProcessEnvironment();
        environment[name] = value;
        return environment;
    }

    private static IReadOnlyDictionary<string, string> ProcessEnvironmentWithoutKconfig()
    {
        SortedDictionary<string, string> environment = ProcessEnvironment();
        foreach (string name in environment.Keys.Where(k => k.StartsWith("KCONFIG_", StringComparison.Ordinal)).ToList())
        {
            environment.Remove(name);
        }

        return environment;
    }
}
