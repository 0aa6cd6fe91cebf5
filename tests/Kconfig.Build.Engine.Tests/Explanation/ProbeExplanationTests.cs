using Kconfig.Build.Engine.Resolution;
using Kconfig.Build.Engine.Tests.Infrastructure;
using Kconfig.Build.Engine.Tests.Resolution;

namespace Kconfig.Build.Engine.Tests.Explanation;

/// <summary>KC3058: a request held down only by a toolchain probe names the probe as the Kconfig file writes it.</summary>
[TestClass]
public sealed class ProbeExplanationTests
{
    private string _work = string.Empty;

    [TestInitialize]
    public void CreateWorkDirectory() => _work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kconfig-probe-" + Guid.NewGuid().ToString("N"))).FullName;

    [TestCleanup]
    public void DeleteWorkDirectory() => Directory.Delete(_work, recursive: true);

    [TestMethod]
    public void AShellProbeThatSaysNoIsNamedInTheChain()
    {
        string tree = Path.Combine(_work, "tree");
        Directory.CreateDirectory(Path.Combine(tree, "arch", "arm64", "configs"));
        File.WriteAllText(Path.Combine(tree, "Kconfig"), "config CC_HAS_SHINY\n\tdef_bool $(shell,echo n)\n\nconfig SHINY\n\tbool \"shiny code generation\"\n\tdepends on CC_HAS_SHINY\n\nsource \"arch/$(SRCARCH)/Kconfig\"\n");
        File.WriteAllText(Path.Combine(tree, "arch", "arm64", "Kconfig"), "config ARM64\n\tdef_bool y\n");
        File.WriteAllText(Path.Combine(tree, "arch", "arm64", "configs", "defconfig"), string.Empty);
        string profile = Path.Combine(_work, "profile.yaml");
        File.WriteAllText(profile, "arch: arm64\nconfig:\n  SHINY: {at_least: y, reason: faster}\n");

        ResolveResult result = ProfileResolver.Resolve(new ResolveRequest { ProfilePath = profile, SourceTree = tree, OutputDirectory = Path.Combine(_work, "out") });

        Assert.AreEqual(
            $"{profile}(3,3): error KC3058: SHINY was requested as at least y but resolves to n: SHINY [=n] depends on CC_HAS_SHINY [=n] (Kconfig:4); CC_HAS_SHINY [=n] is a toolchain probe result: def_bool $(shell,echo n) (Kconfig:2) [reason: faster]",
            string.Join("\n", result.Diagnostics.Select(d => d.ToCanonicalString())));
        Assert.IsFalse(File.Exists(Path.Combine(_work, "out", ".config")));
    }

    /// <summary>
    /// RUST on x86_64 6.12 depends on RUST_IS_AVAILABLE, the result of scripts/rust_is_available.sh. Whether it
    /// holds depends on the machine, so the kernel's own tools say what to expect: where they leave RUST off, the
    /// message must name the probe; where they turn it on, the request must resolve.
    /// </summary>
    [TestMethod]
    public void OnTheRealTreeRustIsHeldByTheRustcProbeOrResolvesAsTheKernelSays()
    {
        string profile = Path.Combine(_work, "rust.yaml");
        File.WriteAllText(profile, "name: rust\narch: x86_64\nconfig:\n  RUST: y\n");
        string fragment = Path.Combine(_work, "rust.config");
        File.WriteAllText(fragment, "CONFIG_RUST=y\n");
        RealKernelTests.RunKernelTools("x86_64", fragment, Path.Combine(_work, "kernel"));
        bool kernelTakesIt = File.ReadAllText(Path.Combine(_work, "kernel", ".config")).Contains("\nCONFIG_RUST=y\n", StringComparison.Ordinal);

        ResolveResult result = ProfileResolver.Resolve(new ResolveRequest { ProfilePath = profile, SourceTree = KernelTree.SourceDirectory, OutputDirectory = Path.Combine(_work, "ours") });

        string errors = string.Join("\n", result.Diagnostics.Where(d => d.IsError).Select(d => d.ToCanonicalString()));
        if (kernelTakesIt)
        {
            Assert.AreEqual(string.Empty, errors);
            return;
        }

        StringAssert.StartsWith(errors, $"{profile}(4,3): error KC3058: RUST was requested as y but resolves to n: RUST [=n] depends on HAVE_RUST [=y] && RUST_IS_AVAILABLE [=n] && ");
        int line = Array.FindIndex(File.ReadAllLines(Path.Combine(KernelTree.SourceDirectory, "init", "Kconfig")), l => l.StartsWith("\tdef_bool $(success,$(srctree)/scripts/rust_is_available.sh)", StringComparison.Ordinal)) + 1;
        StringAssert.EndsWith(errors, $"; RUST_IS_AVAILABLE [=n] is a toolchain probe result: def_bool $(success,$(srctree)/scripts/rust_is_available.sh) (init/Kconfig:{line})");
        Assert.IsFalse(errors.Contains('\n', StringComparison.Ordinal), "one error");
    }
}
