using System.Diagnostics;
using Kconfig.Build.Engine.Resolution;
using Kconfig.Build.Engine.Tests.Infrastructure;

namespace Kconfig.Build.Engine.Tests.Resolution;

/// <summary>
/// Profiles resolved against the real Linux 6.12 tree, compared byte for byte with what the kernel's own
/// tools produce for the same requests (eng/kernel-resolve.sh runs them at test time, because the result
/// depends on the machine's toolchain through CC_VERSION_TEXT and friends).
/// </summary>
[TestClass]
public sealed class RealKernelTests
{
    private string _work = string.Empty;

    [TestInitialize]
    public void CreateWorkDirectory() => _work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kconfig-real-" + Guid.NewGuid().ToString("N"))).FullName;

    [TestCleanup]
    public void DeleteWorkDirectory() => Directory.Delete(_work, recursive: true);

    [TestMethod]
    [DataRow("x86_64", "", "name: x86_64 VTL2\narch: x86_64\nconfig:\n  HYPERV: y\n  HYPERV_VTL_MODE: y\n  NR_CPUS: 64\n  LOCALVERSION: \"-vtl2\"\n")]
    [DataRow("arm64", "aarch64-linux-gnu-", "name: arm64 Hyper-V guest\narch: arm64\nconfig:\n  HYPERV: y\n  MODULES: n\n  NR_CPUS: 64\n")]
    public void ResolvesLikeTheKernelToolsOnLinux612(string arch, string crossCompile, string profileText)
    {
        string profile = Path.Combine(_work, "profile.yaml");
        File.WriteAllText(profile, profileText);
        string ours = Path.Combine(_work, "ours");

        // The captured environments (eng/kernel/env) were taken with CROSS_COMPILE set for arm64, as a user sets KconfigCrossCompile.
        ResolveResult result = ProfileResolver.Resolve(new ResolveRequest
        {
            ProfilePath = profile,
            SourceTree = KernelTree.SourceDirectory,
            OutputDirectory = ours,
            Environment = crossCompile.Length > 0 ? new Dictionary<string, string> { ["CROSS_COMPILE"] = crossCompile } : new Dictionary<string, string>(),
        });

        Assert.AreEqual(string.Empty, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        string fragment = Path.Combine(_work, "requests.config");
        File.WriteAllText(fragment, string.Concat(profileText.Split('\n').SkipWhile(l => l != "config:").Skip(1).Where(l => l.Length > 0).Select(ToFragmentLine)));
        string theirs = Path.Combine(_work, "kernel");
        RunKernelTools(arch, fragment, theirs);
        foreach (string file in new[] { ".config", "include/config/auto.conf", "include/generated/autoconf.h", "defconfig" })
        {
            AssertSameLines(File.ReadAllText(Path.Combine(theirs, file)), File.ReadAllText(Path.Combine(ours, file)), file);
        }
    }

    [TestMethod]
    public void TheVtlModeOfLinux616IsRejectedOnArm64By612()
    {
        string profile = Path.Combine(_work, "profile.yaml");
        File.WriteAllText(profile, "name: arm64 VTL2\narch: arm64\nconfig:\n  HYPERV: y\n  HYPERV_VTL_MODE: y\n");

        ResolveResult result = ProfileResolver.Resolve(new ResolveRequest { ProfilePath = profile, SourceTree = KernelTree.SourceDirectory, OutputDirectory = Path.Combine(_work, "ours") });

        Assert.AreEqual(
            $"{profile}(5,3): error KC3054: HYPERV_VTL_MODE was requested as y but resolves to n: HYPERV_VTL_MODE [=n] depends on X86_64 && HYPERV [=y] && SMP [=y] (drivers/hv/Kconfig:16); X86_64 is not defined for ARCH=arm64 (a fact of the architecture)",
            string.Join("\n", result.Diagnostics.Where(d => d.IsError).Select(d => d.ToCanonicalString())));
    }

    // Whole-file equality, reported as the first differing line: the files are 300 KB.
    internal static void AssertSameLines(string expected, string actual, string file)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        for (int i = 0; i < Math.Min(e.Length, a.Length); i++)
        {
            Assert.AreEqual(e[i], a[i], $"{file} line {i + 1}");
        }

        Assert.AreEqual(e.Length, a.Length, $"{file} line count");
    }

    private static string ToFragmentLine(string yamlLine)
    {
        string[] parts = yamlLine.Trim().Split(": ", 2);
        return parts[1] == "n" ? $"# CONFIG_{parts[0]} is not set\n" : $"CONFIG_{parts[0]}={parts[1]}\n";
    }

    [TestMethod]
    [DataRow("x86_64-vtl2-paravisor.yaml", "x86_64", "")]
    [DataRow("arm64-vtl2-paravisor.yaml", "arm64", "aarch64-linux-gnu-")]
    [DataRow("hyperv-guest.yaml", "x86_64", "")]
    [DataRow("hyperv-guest.yaml", "arm64", "aarch64-linux-gnu-")]
    [DataRow("minimal-vm.yaml", "x86_64", "")]
    [DataRow("minimal-vm.yaml", "arm64", "aarch64-linux-gnu-")]
    public void PresetsResolveLikeTheKernelToolsOnLinux612(string preset, string arch, string crossCompile)
    {
        string presets = Path.Combine(KernelTree.RepositoryRoot, "templates", "presets");
        string ours = Path.Combine(_work, "ours");
        ResolveResult result = ProfileResolver.Resolve(new ResolveRequest
        {
            ProfilePath = Path.Combine(presets, preset),
            SourceTree = KernelTree.SourceDirectory,
            OutputDirectory = ours,
            Arch = arch,
            PresetDirectories = [presets],
            Environment = crossCompile.Length > 0 ? new Dictionary<string, string> { ["CROSS_COMPILE"] = crossCompile } : new Dictionary<string, string>(),
        });
        Assert.AreEqual(string.Empty, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));

        // The fragment a kernel engineer would write for the composed profile on 6.12 (no `when` applies there).
        Kconfig.Build.Engine.Profiles.Profile composed = Kconfig.Build.Engine.Profiles.ProfileLoader.Load(Path.Combine(presets, preset), new() { PresetDirectories = [presets] }).Profile!;
        string fragment = Path.Combine(_work, "requests.config");
        File.WriteAllText(fragment, string.Concat(composed.Requests.Select(r => r.Value == "n" ? $"# CONFIG_{r.SymbolName} is not set\n" : r.Kind == Kconfig.Build.Engine.Profiles.ConfigValueKind.String ? $"CONFIG_{r.SymbolName}=\"{r.Value}\"\n" : $"CONFIG_{r.SymbolName}={r.Value}\n")));
        string theirs = Path.Combine(_work, "kernel");
        RunKernelTools(arch, fragment, theirs);
        foreach (string file in new[] { ".config", "include/config/auto.conf", "include/generated/autoconf.h", "defconfig" })
        {
            AssertSameLines(File.ReadAllText(Path.Combine(theirs, file)), File.ReadAllText(Path.Combine(ours, file)), file);
        }
    }

    [TestMethod]
    [DataRow("x86_64", "")]
    [DataRow("arm64", "aarch64-linux-gnu-")]
    public void TinyconfigIsMakeTinyconfig(string arch, string crossCompile)
    {
        // A range request adds no line, so the result is make tinyconfig's .config itself; the second profile
        // also sets values on top of it.
        string onlyBase = Path.Combine(_work, "tiny.yaml");
        File.WriteAllText(onlyBase, $"name: tiny\narch: {arch}\nbase: tinyconfig\nconfig:\n  HZ: {{range: [1, 1000]}}\n");
        string withRequests = Path.Combine(_work, "tiny-printk.yaml");
        File.WriteAllText(withRequests, $"name: tiny with printk\narch: {arch}\nbase: tinyconfig\nconfig:\n  PRINTK: y\n  BLOCK: y\n  LOCALVERSION: \"-tiny\"\n");
        Dictionary<string, string> environment = crossCompile.Length > 0 ? new() { ["CROSS_COMPILE"] = crossCompile } : [];
        ResolveResult tiny = ProfileResolver.Resolve(new ResolveRequest { ProfilePath = onlyBase, SourceTree = KernelTree.SourceDirectory, OutputDirectory = Path.Combine(_work, "ours-tiny"), Environment = environment });
        ResolveResult printk = ProfileResolver.Resolve(new ResolveRequest { ProfilePath = withRequests, SourceTree = KernelTree.SourceDirectory, OutputDirectory = Path.Combine(_work, "ours-printk"), Environment = environment });
        Assert.AreEqual(string.Empty, string.Join("\n", tiny.Diagnostics.Concat(printk.Diagnostics).Where(d => d.IsError)));

        string empty = Path.Combine(_work, "empty.config");
        File.WriteAllText(empty, string.Empty);
        string fragment = Path.Combine(_work, "printk.config");
        File.WriteAllText(fragment, "CONFIG_PRINTK=y\nCONFIG_BLOCK=y\nCONFIG_LOCALVERSION=\"-tiny\"\n");
        RunKernelTools(arch, empty, Path.Combine(_work, "kernel-tiny"), baseTarget: "tinyconfig");
        RunKernelTools(arch, fragment, Path.Combine(_work, "kernel-printk"), baseTarget: "tinyconfig");

        // base.config is the .config make tinyconfig leaves.
        AssertSameLines(File.ReadAllText(Path.Combine(_work, "kernel-tiny", "base.config")), File.ReadAllText(Path.Combine(_work, "ours-tiny", ".config")), "tinyconfig .config");
        foreach (string file in new[] { ".config", "include/config/auto.conf", "include/generated/autoconf.h", "defconfig" })
        {
            AssertSameLines(File.ReadAllText(Path.Combine(_work, "kernel-tiny", file)), File.ReadAllText(Path.Combine(_work, "ours-tiny", file)), "tiny " + file);
            AssertSameLines(File.ReadAllText(Path.Combine(_work, "kernel-printk", file)), File.ReadAllText(Path.Combine(_work, "ours-printk", file)), "tiny+printk " + file);
        }

        StringAssert.Contains(File.ReadAllText(Path.Combine(_work, "ours-printk", ".config")), "\nCONFIG_PRINTK=y\n");
    }

    internal static void RunKernelTools(string arch, string fragment, string output, string? sourceTree = null, string baseTarget = "defconfig")
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string argument in new[] { Path.Combine(KernelTree.RepositoryRoot, "eng", "kernel-resolve.sh"), arch, fragment, output })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["KCONFIG_KERNEL_SRC"] = sourceTree ?? KernelTree.SourceDirectory;
        start.Environment["KCONFIG_CONF"] = KernelTree.ConfBinary;
        start.Environment["KCONFIG_BASE"] = baseTarget;
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.AreEqual(0, process.ExitCode, stdout.Result + stderr);
    }
}
