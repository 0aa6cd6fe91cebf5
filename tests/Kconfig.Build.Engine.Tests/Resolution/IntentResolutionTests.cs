using Kconfig.Build.Engine.Resolution;

namespace Kconfig.Build.Engine.Tests.Resolution;

/// <summary>Intents, conditions and the classified not-taken diagnostics on the bundled sample tree (arm64).</summary>
[TestClass]
public sealed class IntentResolutionTests
{
    private string _work = string.Empty;

    [TestInitialize]
    public void CreateWorkDirectory() => _work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kconfig-intents-" + Guid.NewGuid().ToString("N"))).FullName;

    [TestCleanup]
    public void DeleteWorkDirectory() => Directory.Delete(_work, recursive: true);

    private (ResolveResult Result, string Diagnostics) Resolve(string profileText, string? arch = null)
    {
        string profile = Path.Combine(_work, "p.yaml");
        File.WriteAllText(profile, profileText);
        ResolveResult result = ProfileResolver.Resolve(new ResolveRequest { ProfilePath = profile, SourceTree = ResolutionCase.SampleTree, OutputDirectory = Path.Combine(_work, "out"), Arch = arch });
        return (result, string.Concat(result.Diagnostics.Select(d => d.ToCanonicalString().Replace(_work + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal) + "\n")));
    }

    private string Config() => File.ReadAllText(Path.Combine(_work, "out", ".config"));

    [TestMethod]
    [DataRow(
        "arch: arm64\nconfig:\n  OF: {forbid: true, reason: no DT here}\n  NR_CPUS: {range: [600, 700]}\n  SMP: {at_least: y}\n  LOG_BUF_SHIFT: 40\n",
        "p.yaml(3,3): error KC3064: OF is forbidden but resolves to y: selected by ARM64 [=y] (arch/arm64/Kconfig:7) [reason: no DT here]\n"
        + "p.yaml(4,3): error KC3053: NR_CPUS resolves to 64, outside the requested range [600, 700]\n"
        + "p.yaml(6,18): error KC3053: LOG_BUF_SHIFT was requested as 40 but resolves to 25: its range is 12..25\n")]
    [DataRow(
        "arch: arm64\nconfig:\n  PREEMPT: y\n  PREEMPT_NONE: y\n",
        "p.yaml(3,3): error KC3057: PREEMPT was requested as y but resolves to n: PREEMPT is a member of a choice in which PREEMPT_NONE [=y] is selected; ask for PREEMPT_NONE: n or for only one member (init/Kconfig:37)\n")]
    [DataRow(
        "arch: arm64\nconfig:\n  NR_CPUZ: 8\n",
        "p.yaml(3,3): error KC3050: unknown symbol NR_CPUZ: no Kconfig file of this tree defines it (did you mean NR_CPUS?)\n")]
    [DataRow("arch: arm64\nkernel: \">= 6.13\"\n", "p.yaml(2,9): error KC3016: the profile is for kernel >= 6.13 but the source tree is 6.12.0-sample\n")]
    [DataRow("arch: [arm64, x86_64]\n", "p.yaml(1,8): error KC5103: the profile is for arm64, x86_64: choose one with KconfigArch / --arch\n")]
    [DataRow(
        "arch: arm64\nconfig:\n  SMP: n\nwhen:\n  - if: {expr: \"ARM64 && NOPE\"}\n    config: {SWAP: n}\n",
        "p.yaml(5,16): error KC3018: unknown symbol NOPE in expression 'ARM64 && NOPE'\n")]
    [DataRow(
        "arch: arm64\nconfig:\n  SMP: n\n  NR_CPUS: 4\n",
        "p.yaml(4,3): error KC3054: NR_CPUS was requested as 4 but resolves to 0: NR_CPUS [=0] depends on SMP [=n] (init/Kconfig:62); SMP [=n] can be set by the profile (init/Kconfig:58)\n")]
    public void ReportsEachClassOfFailure(string profile, string expected)
    {
        (ResolveResult result, string diagnostics) = Resolve(profile);

        Assert.AreEqual(expected, diagnostics);
        Assert.IsFalse(result.Succeeded);
        Assert.IsEmpty(result.FilesWritten);
    }

    [TestMethod]
    public void PreferAndAtLeastAcceptWhatTheyAllow()
    {
        (ResolveResult result, string diagnostics) = Resolve("arch: arm64\nconfig:\n  ARM64_16K_PAGES: {prefer: y}\n  SMP: {at_least: y}\n  OF: {prefer: n, reason: try without}\n");

        Assert.AreEqual("p.yaml(5,3): warning KC3061: OF was preferred as n but resolves to y: selected by ARM64 [=y] (arch/arm64/Kconfig:7) [reason: try without]\n", diagnostics);
        Assert.IsTrue(result.Succeeded);
        StringAssert.Contains(Config(), "\nCONFIG_ARM64_16K_PAGES=y\n");
        StringAssert.Contains(Config(), "\nCONFIG_ARM64_PAGE_SHIFT=14\n");
    }

    [TestMethod]
    public void WhenClausesApplyInOrderAndOverrideEarlierLines()
    {
        (ResolveResult result, string diagnostics) = Resolve(
            "arch: arm64\nconfig:\n  SMP: n\nwhen:\n  - if: {arch: arm64, expr: \"ARM64 && (SMP || SWAP=y) && PREEMPT_NONE != y\"}\n    config: {LOCALVERSION: \"-when\"}\n"
            + "  - if: {any: [{arch: x86_64}, {kernel: \"< 6\"}]}\n    config: {SWAP: n}\n"
            + "  - if: {all: [{arch: arm64}, {kernel: \">= 6.12\"}]}\n    config: {SMP: y}\n");

        Assert.AreEqual("p.yaml(3,3): warning KC3060: SMP: n here is overridden by y at p.yaml:10\np.yaml(10,14): warning KC3062: SMP is already y in the base configuration: this line changes nothing\n", diagnostics.Replace(_work + "/", string.Empty, StringComparison.Ordinal));
        Assert.IsTrue(result.Succeeded);
        StringAssert.Contains(Config(), "\nCONFIG_LOCALVERSION=\"-when\"\n");
        StringAssert.Contains(Config(), "\nCONFIG_SWAP=y\n");
        StringAssert.Contains(Config(), "\nCONFIG_SMP=y\n");
    }

    [TestMethod]
    public void ARedundantLineIsAWarning()
    {
        (_, string diagnostics) = Resolve("arch: arm64\nconfig:\n  SWAP: y\n");

        Assert.AreEqual("p.yaml(3,3): warning KC3062: SWAP is already y in the base configuration: this line changes nothing\n", diagnostics);
    }

    [TestMethod]
    public void ToolchainSymbolsMayNotBeRequested()
    {
        string tree = Path.Combine(_work, "tree");
        Directory.CreateDirectory(Path.Combine(tree, "arch", "arm64"));
        File.WriteAllText(Path.Combine(tree, "Kconfig"), "config CC_HAS_THING\n\tdef_bool y\nconfig FEATURE\n\tbool \"feature\"\n\tdepends on CC_HAS_THING = n\nsource \"arch/$(SRCARCH)/Kconfig\"\n");
        File.WriteAllText(Path.Combine(tree, "arch", "arm64", "Kconfig"), "config ARM64\n\tdef_bool y\n");
        File.WriteAllText(Path.Combine(_work, "base.config"), "");
        string profile = Path.Combine(_work, "p.yaml");
        File.WriteAllText(profile, "arch: arm64\nbase: ./base.config\nconfig:\n  CC_HAS_THING: y\n");

        ResolveResult result = ProfileResolver.Resolve(new ResolveRequest { ProfilePath = profile, SourceTree = tree, OutputDirectory = Path.Combine(_work, "out") });

        Assert.AreEqual(
            $"{profile}(4,3): error KC3059: CC_HAS_THING is a toolchain probe result: set the toolchain (toolchain: cc, cross_compile, llvm) or test it in 'when: {{if: {{expr: CC_HAS_THING}}}}', never request it",
            string.Join("\n", result.Diagnostics.Select(d => d.ToCanonicalString())));
    }

    // x86_64 in the sample tree has no OF by default: the profile asks for it, as the seed scenario's x86 variant must.
    private const string DeviceTreeProfile = "arch: x86_64\nconfig:\n  OF: y\ndevicetree:\n  emit: auto\n  outputs: [dts, dtb]\n  model: test\n  compatible: microsoft,openvmm\n  cpus:\n    count: 2\n  memory:\n    - { base: 0x0, size: 1GiB }\n";

    [TestMethod]
    public void TheDeviceTreeSectionIsEmittedNextToTheConfiguration()
    {
        (ResolveResult result, string diagnostics) = Resolve(DeviceTreeProfile);

        Assert.AreEqual(string.Empty, diagnostics);
        Assert.IsTrue(result.Succeeded);
        string dts = Path.Combine(_work, "out", "devicetree.dts");
        CollectionAssert.Contains(result.FilesWritten.ToArray(), dts);
        CollectionAssert.Contains(result.FilesWritten.ToArray(), Path.Combine(_work, "out", "devicetree.dtb"));
        StringAssert.StartsWith(File.ReadAllText(dts), "/dts-v1/;");
    }

    [TestMethod]
    public void DeviceTreeErrorsFlowWithTheRestAndNothingIsWritten()
    {
        (ResolveResult result, string diagnostics) = Resolve("arch: arm64\ndevicetree:\n  emit: auto\n  model: test\n");

        Assert.AreEqual("p.yaml(3,3): error KC4005: devicetree: required key 'cpus' is missing\n", diagnostics);
        Assert.IsFalse(result.Succeeded);
        Assert.IsFalse(Directory.Exists(Path.Combine(_work, "out")) && Directory.EnumerateFileSystemEntries(Path.Combine(_work, "out")).Any(), "no output on error");
    }
}
