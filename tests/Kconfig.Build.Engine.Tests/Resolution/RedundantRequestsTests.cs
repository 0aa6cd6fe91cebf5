using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Profiles;
using Kconfig.Build.Engine.Resolution;

namespace Kconfig.Build.Engine.Tests.Resolution;

/// <summary>
/// KC3062 means "the result is the same without this line". The check is made cheaply by the resolver; these
/// tests hold it to the definition by resolving every case again without each line, one at a time.
/// </summary>
[TestClass]
public sealed class RedundantRequestsTests
{
    private string _work = string.Empty;

    [TestInitialize]
    public void CreateWorkDirectory() => _work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kconfig-redundant-" + Guid.NewGuid().ToString("N"))).FullName;

    [TestCleanup]
    public void DeleteWorkDirectory() => Directory.Delete(_work, recursive: true);

    [TestMethod]
    [DynamicData(nameof(ResolutionCase.All), typeof(ResolutionCase))]
    public void ALineIsReportedRedundantExactlyWhenResolvingWithoutItGivesTheSameConfig(string caseName)
    {
        ResolutionCase c = ResolutionCase.Get(caseName);
        string[] lines = File.ReadAllLines(c.ProfilePath);
        ResolveResult full = Resolve(lines, "full");
        if (!full.Succeeded)
        {
            Assert.IsTrue(c.ExpectedDiagnostics!.Contains(": error ", StringComparison.Ordinal), "only the failing cases fail");
            return;
        }

        string fullConfig = File.ReadAllText(Path.Combine(_work, "full", ".config"));
        Profile profile = ProfileLoader.Load(c.ProfilePath).Profile!;
        var redundant = full.Diagnostics.Where(d => d.Code == DiagnosticCodes.RequestRedundant).Select(d => d.Span.Line).ToHashSet();
        int checkedLines = 0;
        foreach (ConfigRequest request in profile.Requests.Where(r => r.Intent is ConfigIntent.Exact or ConfigIntent.Prefer))
        {
            int line = request.Location.Line;
            string name = "without-" + line;
            ResolveResult without = Resolve(lines.Where((_, i) => i != line - 1).ToArray(), name);
            bool same = without.Succeeded && string.Equals(File.ReadAllText(Path.Combine(_work, name, ".config")), fullConfig, StringComparison.Ordinal);
            Assert.AreEqual(same, redundant.Contains(line), $"{caseName} line {line} ({request.SymbolName}): the result without it is {(same ? "the same" : "different")}");
            checkedLines++;
        }

        Assert.IsTrue(checkedLines > 0);
    }

    [TestMethod]
    public void EqualToTheBaseIsNotEnoughAndSelectedAnywayIsEnough()
    {
        // B is n in the base only because C hides it; once the profile shows it, its default would make it y.
        string tree = Path.Combine(_work, "tree");
        Directory.CreateDirectory(Path.Combine(tree, "arch", "arm64", "configs"));
        File.WriteAllText(Path.Combine(tree, "Kconfig"), "config C\n\tbool \"c\"\n\nconfig B\n\tbool \"b\"\n\tdepends on C\n\tdefault y\n\nconfig A\n\tbool \"a\"\n\tselect D\n\nconfig D\n\tbool \"d\"\n\nconfig E\n\tbool \"e\"\n\nsource \"arch/$(SRCARCH)/Kconfig\"\n");
        File.WriteAllText(Path.Combine(tree, "arch", "arm64", "Kconfig"), "config ARM64\n\tdef_bool y\n");
        File.WriteAllText(Path.Combine(tree, "arch", "arm64", "configs", "defconfig"), "CONFIG_E=y\n");
        string profile = Path.Combine(_work, "profile.yaml");
        File.WriteAllText(profile, "arch: arm64\nconfig:\n  C: y\n  B: n\n  A: y\n  D: {prefer: y}\n  E: y\n");

        ResolveResult result = ProfileResolver.Resolve(new ResolveRequest { ProfilePath = profile, SourceTree = tree, OutputDirectory = Path.Combine(_work, "out") });

        CollectionAssert.AreEqual(
            new[]
            {
                $"{profile}(6,3): warning KC3062: D resolves to y without this line too: this line changes nothing",
                $"{profile}(7,3): warning KC3062: E is already y in the base configuration: this line changes nothing",
            },
            result.Diagnostics.Select(d => d.ToCanonicalString()).ToArray());
    }

    private ResolveResult Resolve(string[] profileLines, string name)
    {
        string profile = Path.Combine(_work, name + ".yaml");
        File.WriteAllText(profile, string.Join("\n", profileLines) + "\n");
        return ProfileResolver.Resolve(new ResolveRequest { ProfilePath = profile, SourceTree = ResolutionCase.SampleTree, OutputDirectory = Path.Combine(_work, name) });
    }
}
