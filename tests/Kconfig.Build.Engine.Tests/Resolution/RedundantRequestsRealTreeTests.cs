using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Resolution;
using Kconfig.Build.Engine.Tests.Infrastructure;

namespace Kconfig.Build.Engine.Tests.Resolution;

/// <summary>
/// KC3062 on the real 6.12 tree: a line is redundant exactly when the profile without it resolves to the same
/// .config (checked here by resolving both), and a preset's line is never reported to the profile extending it.
/// </summary>
[TestClass]
public sealed class RedundantRequestsRealTreeTests
{
    private string _work = string.Empty;

    [TestInitialize]
    public void CreateWorkDirectory() => _work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kconfig-redundant-" + Guid.NewGuid().ToString("N"))).FullName;

    [TestCleanup]
    public void DeleteWorkDirectory() => Directory.Delete(_work, recursive: true);

    [TestMethod]
    [DataRow("arm64", "aarch64-linux-gnu-")]
    [DataRow("x86_64", "")]
    public void ALineIsRedundantExactlyWhenTheResultIsTheSameWithoutIt(string arch, string crossCompile)
    {
        string full = Write("full.yaml", $"name: full\narch: {arch}\nbase: defconfig\nconfig:\n  SMP: y\n  MODULES: n\n  HYPERV: y\n  HYPERV_STORAGE: y\n  LOCALVERSION: \"-r\"\n");
        string without = Write("without.yaml", $"name: without\narch: {arch}\nbase: defconfig\nconfig:\n  MODULES: n\n  HYPERV: y\n  LOCALVERSION: \"-r\"\n");

        ResolveResult withLines = Resolve(full, arch, crossCompile, "full");
        ResolveResult withoutLines = Resolve(without, arch, crossCompile, "without");

        Assert.AreEqual(
            $"{full}(5,3): warning KC3062: SMP is already y in the base configuration: this line changes nothing\n"
            + $"{full}(8,3): warning KC3062: HYPERV_STORAGE resolves to y without this line too: this line changes nothing\n",
            string.Concat(withLines.Diagnostics.Select(d => d.ToCanonicalString() + "\n")));
        Assert.AreEqual(string.Empty, string.Concat(withoutLines.Diagnostics.Select(d => d.ToCanonicalString() + "\n")), "MODULES, HYPERV and LOCALVERSION each change the result");
        Assert.AreEqual(File.ReadAllText(Path.Combine(_work, "without", ".config")), File.ReadAllText(Path.Combine(_work, "full", ".config")), "the two reported lines change nothing");
    }

    [TestMethod]
    [DataRow("arm64", "aarch64-linux-gnu-")]
    [DataRow("x86_64", "")]
    public void APresetsLineIsNotReportedToTheProfileExtendingIt(string arch, string crossCompile)
    {
        // hyperv-guest asks HYPERV_STORAGE: y, which MODULES: n makes redundant (its default is HYPERV).
        string profile = Write("vtl.yaml", $"name: built in guest\narch: {arch}\nbase: defconfig\nextends: [hyperv-guest]\nconfig:\n  MODULES: n\n");

        ResolveResult result = Resolve(profile, arch, crossCompile, "out");

        Assert.AreEqual(string.Empty, string.Concat(result.Diagnostics.Select(d => d.ToCanonicalString() + "\n")));
        StringAssert.Contains(File.ReadAllText(Path.Combine(_work, "out", ".config")), "\nCONFIG_HYPERV_STORAGE=y\n");
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_work, name);
        File.WriteAllText(path, text);
        return path;
    }

    private ResolveResult Resolve(string profile, string arch, string crossCompile, string output) => ProfileResolver.Resolve(new ResolveRequest
    {
        ProfilePath = profile,
        SourceTree = KernelTree.SourceDirectory,
        OutputDirectory = Path.Combine(_work, output),
        Arch = arch,
        PresetDirectories = [Path.Combine(KernelTree.RepositoryRoot, "templates", "presets")],
        Environment = crossCompile.Length > 0 ? new Dictionary<string, string> { ["CROSS_COMPILE"] = crossCompile } : new Dictionary<string, string>(),
    });
}
