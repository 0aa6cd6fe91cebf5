using Kconfig.Build.Engine.Resolution;
using Kconfig.Build.Engine.Tests.Infrastructure;
using Kconfig.Build.Engine.Tests.Resolution;

namespace Kconfig.Build.Engine.Tests.Suggestions;

/// <summary>Fix suggestions on the real Linux 6.12 tree (arm64 and x86_64), each verified by the resolver itself.</summary>
[TestClass]
public sealed class RealTreeFixTests
{
    private string _work = string.Empty;

    [TestInitialize]
    public void CreateWorkDirectory() => _work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kconfig-fixes-" + Guid.NewGuid().ToString("N"))).FullName;

    [TestCleanup]
    public void DeleteWorkDirectory() => Directory.Delete(_work, recursive: true);

    private const string Arm64Profile = "name: arm64 VTL2 paravisor\narch: arm64\ntoolchain: {cross_compile: aarch64-linux-gnu-}\nconfig:\n  ACPI: n\n  HYPERV: y\n  HYPERV_VTL_MODE: y\n";

    [TestMethod]
    public void OnStock612TheArm64VtlModeIsImpossibleAndSaysWhy()
    {
        ResolveResult result = Resolve(KernelTree.SourceDirectory, Arm64Profile, "arm64");

        CollectionAssert.AreEqual(
            new[]
            {
                "profile.yaml(6,3): info KC3500: fix for HYPERV, verified by resolving again with it: change at profile.yaml(5,3): ACPI: n to ACPI: y",
                "profile.yaml(7,3): info KC3501: no profile change can make HYPERV_VTL_MODE y on this tree for ARCH=arm64: HYPERV_VTL_MODE needs X86_64, which is not user-settable: it is not defined for ARCH=arm64 (a fact of the architecture)",
            },
            Suggestions(result));
    }

    [TestMethod]
    [DataRow("v5")]
    [DataRow("616")]
    public void OnThePatchedTreesTheArm64ProfileResolvesWithNoFixNeeded(string form)
    {
        string tree = SeedScenarioTests.BuildOverlay(_work, form, kconfig => kconfig
            .Replace(SeedScenarioTests.StockArm64Term, SeedScenarioTests.NoAcpiArm64Term, StringComparison.Ordinal)
            .Replace(SeedScenarioTests.StockDepends, form == "v5" ? "\tdepends on (X86_64 || ARM64)\n\tselect OF\n\tselect OF_EARLY_FLATTREE\n" : "\tdepends on (X86_64 || ARM64) && HYPERV\n", StringComparison.Ordinal));

        ResolveResult result = Resolve(tree, Arm64Profile, "arm64");

        Assert.AreEqual(string.Empty, string.Join("\n", result.Diagnostics.Where(d => d.IsError || d.Code.StartsWith("KC35", StringComparison.Ordinal))));
        Assert.IsTrue(result.Succeeded);
    }

    [TestMethod]
    [DataRow("  HYPERV_VTL_MODE: y\n", "profile.yaml(4,3): info KC3500: fix for HYPERV_VTL_MODE, verified by resolving again with it: add under config: at profile.yaml(4,3): HYPERV: y")]
    [DataRow("  HYPERV_NET: y\n", "profile.yaml(4,3): info KC3500: fix for HYPERV_NET, verified by resolving again with it: add under config: at profile.yaml(4,3): HYPERV: y")]
    [DataRow("  HYPERV_STORAGE: y\n", "profile.yaml(4,3): info KC3500: fix for HYPERV_STORAGE, verified by resolving again with it: add under config: at profile.yaml(4,3): HYPERV: y")]
    [DataRow("  HYPERV_NET: {at_least: m}\n", "profile.yaml(4,3): info KC3500: fix for HYPERV_NET, verified by resolving again with it: add under config: at profile.yaml(4,3): HYPERV: m")]
    public void AnX86ProfileThatForgetsHypervIsToldToAddItAndTheFixResolves(string request, string expected)
    {
        const string head = "name: x86_64 VTL2 paravisor\narch: x86_64\nconfig:\n";

        ResolveResult failed = Resolve(KernelTree.SourceDirectory, head + request, "x86_64");

        CollectionAssert.AreEqual(new[] { expected }, Suggestions(failed));
        Assert.IsFalse(failed.Succeeded);

        // The suggested line, written where the suggestion says, resolves: checked here again from the profile text.
        string line = expected[(expected.LastIndexOf(": HYPERV", StringComparison.Ordinal) + 2)..];
        ResolveResult fixedResult = Resolve(KernelTree.SourceDirectory, head + "  " + line + "\n" + request, "x86_64", "fixed");
        Assert.AreEqual(string.Empty, string.Join("\n", fixedResult.Diagnostics.Where(d => d.IsError)));
    }

    private string[] Suggestions(ResolveResult result) =>
        result.Diagnostics.Where(d => d.Code.StartsWith("KC35", StringComparison.Ordinal))
            .Select(d => d.ToCanonicalString().Replace(_work + "/", string.Empty, StringComparison.Ordinal))
            .ToArray();

    internal ResolveResult Resolve(string tree, string profileText, string arch, string output = "out")
    {
        string profile = Path.Combine(_work, "profile.yaml");
        File.WriteAllText(profile, profileText);
        return ProfileResolver.Resolve(new ResolveRequest
        {
            ProfilePath = profile,
            SourceTree = tree,
            OutputDirectory = Path.Combine(_work, output),
            Arch = arch,
            SuggestFixes = true,
            TreeCache = SharedTreeCache.Instance,
            ProbeCachePath = Path.Combine(Path.GetTempPath(), "kconfig-fixes-probes-" + arch),
        });
    }
}
