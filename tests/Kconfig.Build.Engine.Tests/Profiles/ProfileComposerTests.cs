using Kconfig.Build.Engine.Profiles;

namespace Kconfig.Build.Engine.Tests.Profiles;

[TestClass]
public sealed class ProfileComposerTests
{
    private string _root = string.Empty;

    [TestInitialize]
    public void CreateDirectories() => _root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kconfig-compose-" + Guid.NewGuid().ToString("N"))).FullName;

    [TestCleanup]
    public void DeleteDirectories() => Directory.Delete(_root, recursive: true);

    private string Write(string relative, string text)
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [TestMethod]
    public void ExtendsIsDepthFirstInOrderAndTheLaterLineWins()
    {
        Write("presets/guest.yaml", "name: guest\narch: arm64\nbase: allnoconfig\nconfig:\n  HYPERV: y\n  SMP: y\n");
        Write("project/common.yaml", "kernel: \">= 6.12\"\nconfig:\n  SMP: n\n  NR_CPUS: 8\n");
        string main = Write("project/main.yaml", "name: main\nextends: [guest, ./common.yaml]\nconfig:\n  NR_CPUS: 16\n  LOCALVERSION: \"-x\"\n");

        ProfileLoadResult result = ProfileLoader.Load(main, new ProfileLoadOptions { PresetDirectories = [Path.Combine(_root, "presets")] });

        Profile p = result.Profile!;
        Assert.AreEqual("main arm64 AllNoConfig >= 6.12", $"{p.Name} {p.Arch!.Value.Value} {p.Base.Kind} {p.Kernel!.Value.Value}");
        Assert.AreEqual("HYPERV=y SMP=n NR_CPUS=16 LOCALVERSION=-x", string.Join(" ", p.Requests.Select(r => r.SymbolName + "=" + r.Value)));
        CollectionAssert.AreEqual(
            new[]
            {
                $"{_root}/presets/guest.yaml(6,3): warning KC3060: SMP: y here is overridden by n at {_root}/project/common.yaml:3",
                $"{_root}/project/common.yaml(4,3): warning KC3060: NR_CPUS: 8 here is overridden by 16 at {_root}/project/main.yaml:4",
            },
            result.Diagnostics.Select(d => d.ToCanonicalString()).ToArray());
        CollectionAssert.AreEqual(new[] { $"{_root}/presets/guest.yaml", $"{_root}/project/common.yaml", main }, p.Files.ToArray());
    }

    [TestMethod]
    public void ACycleIsAnErrorNamingIt()
    {
        Write("p/b.yaml", "extends: [./c.yaml]\n");
        Write("p/c.yaml", "extends: [./a.yaml]\n");
        string a = Write("p/a.yaml", "name: a\nextends: [./b.yaml]\n");

        ProfileLoadResult result = ProfileLoader.Load(a, new ProfileLoadOptions());

        Assert.IsNull(result.Profile);
        Assert.AreEqual($"{_root}/p/c.yaml(1,11): error KC3012: extends forms a cycle: a.yaml -> b.yaml -> c.yaml -> a.yaml", result.Diagnostics.Single().ToCanonicalString());
    }

    [TestMethod]
    public void IncludesStayInsideTheProjectUnlessAllowed()
    {
        Write("shared/base.yaml", "config:\n  SMP: y\n");
        string main = Write("project/main.yaml", "extends: ../shared/base.yaml\n");

        ProfileLoadResult refused = ProfileLoader.Load(main, new ProfileLoadOptions());
        ProfileLoadResult allowed = ProfileLoader.Load(main, new ProfileLoadOptions { AllowOutsideProjectDirectory = true });

        Assert.AreEqual($"{main}(1,10): error KC3014: '../shared/base.yaml' is outside the project folder {_root}/project; move it inside or allow includes outside the project", refused.Diagnostics.Single().ToCanonicalString());
        Assert.AreEqual("SMP=y", string.Join(" ", allowed.Profile!.Requests.Select(r => r.SymbolName + "=" + r.Value)));
    }

    [TestMethod]
    public void MissingPresetsAndFilesAreLocatedErrors()
    {
        string main = Write("project/main.yaml", "extends:\n  - nosuch\n  - ./missing.yaml\n");

        ProfileLoadResult result = ProfileLoader.Load(main, new ProfileLoadOptions());

        CollectionAssert.AreEqual(
            new[]
            {
                $"{main}(2,5): error KC3013: no preset named 'nosuch' (no preset folder is configured); write ./file.yaml for a file next to this profile",
                $"{main}(3,5): error KC3013: './missing.yaml' does not exist ({_root}/project/missing.yaml)",
            },
            result.Diagnostics.Select(d => d.ToCanonicalString()).ToArray());
    }

    [TestMethod]
    public void AnErrorInAnExtendedFileIsReportedInThatFile()
    {
        Write("project/bad.yaml", "config:\n  SMP: yes\n");
        string main = Write("project/main.yaml", "extends: ./bad.yaml\n");

        ProfileLoadResult result = ProfileLoader.Load(main, new ProfileLoadOptions());

        Assert.AreEqual($"{_root}/project/bad.yaml(2,8): error KC3008: 'yes' is not a value for SMP: write y, m, n, a number, or a string in quotes", result.Diagnostics.Single().ToCanonicalString());
    }
}
