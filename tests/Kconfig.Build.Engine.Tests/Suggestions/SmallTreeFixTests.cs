using Kconfig.Build.Engine.Resolution;

namespace Kconfig.Build.Engine.Tests.Suggestions;

/// <summary>
/// The fix search on small trees written here: and/or/not, tristate m caps and modules, choices, selects that force
/// a value, symbols without a prompt, facts in the way, the depth bound, and a candidate that verification rejects.
/// </summary>
[TestClass]
public sealed class SmallTreeFixTests
{
    private const string Modules = "config MODULES\n\tbool \"modules\"\n\tmodules\n";
    private const string Bus = Modules + "config BUS\n\ttristate \"bus\"\nconfig DRV\n\ttristate \"driver\"\n\tdepends on BUS\n";
    private const string Choice = "choice\n\tprompt \"mode\"\nconfig FAST\n\tbool \"fast\"\nconfig SLOW\n\tbool \"slow\"\nendchoice\n";
    private const string Select = "config LIB\n\tbool \"lib\"\nconfig USER\n\tbool \"user\"\n\tdefault y\n\tselect LIB\n";
    private const string Fix = "info KC3500: fix for ";

    private string _work = string.Empty;

    [TestInitialize]
    public void CreateWorkDirectory() => _work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kconfig-smallfix-" + Guid.NewGuid().ToString("N"))).FullName;

    [TestCleanup]
    public void DeleteWorkDirectory() => Directory.Delete(_work, recursive: true);

    [TestMethod]
    [DataRow(
        "config A\n\tbool \"A\"\nconfig B\n\tbool \"B\"\nconfig C\n\tbool \"C\"\n\tdefault y\nconfig D\n\tbool \"D\"\nconfig TARGET\n\tbool \"target\"\n\tdepends on A && (B || D) && !C\n",
        "  TARGET: y\n",
        "p.yaml(4,3): " + Fix + "TARGET, verified by resolving again with it: add under config: at p.yaml(4,3): A: y, B: y, C: n")]
    [DataRow(Bus, "  DRV: y\n", "p.yaml(4,3): " + Fix + "DRV, verified by resolving again with it: add under config: at p.yaml(4,3): BUS: y")]
    [DataRow(Bus, "  MODULES: y\n  BUS: m\n  DRV: y\n", "p.yaml(6,3): " + Fix + "DRV, verified by resolving again with it: change at p.yaml(5,3): BUS: m to BUS: y")]
    [DataRow(Bus, "  DRV: m\n", "p.yaml(4,3): " + Fix + "DRV, verified by resolving again with it: add under config: at p.yaml(4,3): BUS: m, MODULES: y")]
    [DataRow(Bus, "  DRV: {at_least: m}\n", "p.yaml(4,3): " + Fix + "DRV, verified by resolving again with it: add under config: at p.yaml(4,3): BUS: y")]
    [DataRow(Choice, "  FAST: y\n  SLOW: y\n", "p.yaml(4,3): " + Fix + "FAST, verified by resolving again with it: change at p.yaml(5,3): SLOW: y to SLOW: n")]
    [DataRow(Choice, "  SLOW: y\n  FAST: y\n", "p.yaml(4,3): " + Fix + "SLOW, verified by resolving again with it: change at p.yaml(5,3): FAST: y to FAST: n")]
    [DataRow(Select, "  LIB: n\n", "p.yaml(4,3): " + Fix + "LIB, verified by resolving again with it: add under config: at p.yaml(4,3): USER: n")]
    [DataRow(Select, "  LIB: {forbid: true}\n", "p.yaml(4,3): " + Fix + "LIB, verified by resolving again with it: add under config: at p.yaml(4,3): USER: n")]
    [DataRow(Select, "  USER: y\n  LIB: {forbid: true}\n", "p.yaml(5,3): " + Fix + "LIB, verified by resolving again with it: change at p.yaml(4,3): USER: y to USER: n")]
    [DataRow(
        "config HELPER\n\tbool\nconfig FEATURE\n\tbool \"feature\"\n\tselect HELPER\nconfig NEEDS_HELPER\n\tbool \"x\"\n\tdepends on HELPER\n",
        "  NEEDS_HELPER: y\n",
        "p.yaml(4,3): " + Fix + "NEEDS_HELPER, verified by resolving again with it: add under config: at p.yaml(4,3): FEATURE: y")]
    [DataRow(
        "config SMP\n\tbool \"smp\"\nconfig NR_CPUS\n\tint \"cpus\"\n\tdepends on SMP\n\tdefault 4\n",
        "  NR_CPUS: 8\n",
        "p.yaml(4,3): " + Fix + "NR_CPUS, verified by resolving again with it: add under config: at p.yaml(4,3): SMP: y")]
    [DataRow(
        "config BROKEN\n\tbool\nconfig OLD\n\tbool \"old\"\n\tdepends on BROKEN\n",
        "  OLD: y\n",
        "p.yaml(4,3): info KC3501: no profile change can make OLD y on this tree for ARCH=arm64: OLD needs BROKEN, which is not user-settable: it has no prompt, and no select, default or imply can turn it on")]
    [DataRow(
        "config NR\n\tint \"nr\"\n\tdefault 2\nconfig BIG\n\tbool \"big\"\n\tdepends on NR > 4\n",
        "  BIG: y\n",
        "p.yaml(4,3): " + Fix + "BIG, verified by resolving again with it: add under config: at p.yaml(4,3): NR: 5")]
    [DataRow(
        "config NR\n\tint \"nr\"\n\tdefault 2\n\trange 1 3\nconfig BIG\n\tbool \"big\"\n\tdepends on NR > 4\n",
        "  BIG: y\n",
        "p.yaml(4,3): info KC3502: no verified fix for BIG: resolving again rejected NR: 5 (then KC3053 at p.yaml(4,3))")]
    [DataRow(
        "config BASE\n\thex \"base\"\n\tdefault 0x1000\nconfig LOW\n\tbool \"low\"\n\tdepends on BASE < 0x800\n",
        "  LOW: y\n",
        "p.yaml(4,3): " + Fix + "LOW, verified by resolving again with it: add under config: at p.yaml(4,3): BASE: 0x7ff")]
    [DataRow(
        "config BASE\n\tint \"base\"\n\tdefault 3\nconfig OTHER\n\tint \"other\"\n\tdefault 4\nconfig SAME\n\tbool \"same\"\n\tdepends on BASE = OTHER\n",
        "  SAME: y\n",
        "p.yaml(4,3): info KC3501: no profile change can make SAME y on this tree for ARCH=arm64: SAME needs BASE [=3]=OTHER [=4] to be true, which no profile line decides directly")]
    [DataRow(
        "config A\n\tbool \"a\"\nconfig X\n\tbool \"x\"\n\tdepends on A\nconfig Y\n\tbool \"y\"\n\tdepends on !A\n",
        "  Y: y\n  X: y\n",
        "p.yaml(5,3): info KC3502: no verified fix for X: resolving again rejected A: y (then KC3054 at p.yaml(4,3))")]
    public void SuggestsTheSmallestVerifiedFix(string kconfig, string requests, string expected)
    {
        CollectionAssert.AreEqual(new[] { expected }, Suggest(kconfig, requests));
    }

    [TestMethod]
    public void FollowsAChainOfDependenciesUpToTheDepthBound()
    {
        CollectionAssert.AreEqual(
            new[] { "p.yaml(4,3): " + Fix + "L0, verified by resolving again with it: add under config: at p.yaml(4,3): L1: y, L2: y, L3: y, L4: y, L5: y" },
            Suggest(Chain(5), "  L0: y\n"));
        CollectionAssert.AreEqual(
            new[] { "p.yaml(4,3): info KC3502: no fix found for L0 within the search bounds: it follows dependencies 8 symbols deep and expands at most 20000 symbols, and stopped after 8" },
            Suggest(Chain(12), "  L0: y\n"));
    }

    [TestMethod]
    public void AProfileThatResolvesGetsNoSuggestion()
    {
        CollectionAssert.AreEqual(Array.Empty<string>(), Suggest(Bus, "  BUS: y\n  DRV: y\n"));
    }

    // L0 depends on L1, which depends on L2 ... each with a prompt.
    private static string Chain(int length) => string.Concat(Enumerable.Range(0, length + 1).Select(i =>
        $"config L{i}\n\tbool \"level {i}\"\n" + (i < length ? $"\tdepends on L{i + 1}\n" : string.Empty)));

    /// <summary>Resolves <paramref name="requests"/> (lines under config:, from line 4) against a tree made of <paramref name="kconfig"/>; returns the suggestions.</summary>
    private string[] Suggest(string kconfig, string requests)
    {
        string tree = Path.Combine(_work, "tree");
        Directory.CreateDirectory(Path.Combine(tree, "arch", "arm64"));
        File.WriteAllText(Path.Combine(tree, "Kconfig"), "mainmenu \"fix search test\"\n" + kconfig);
        File.WriteAllText(Path.Combine(tree, "arch", "arm64", "Kconfig"), string.Empty);
        string profile = Path.Combine(_work, "p.yaml");
        File.WriteAllText(profile, "arch: arm64\nbase: alldefconfig\nconfig:\n" + requests);
        ResolveResult result = ProfileResolver.Resolve(new ResolveRequest { ProfilePath = profile, SourceTree = tree, OutputDirectory = Path.Combine(_work, "out"), SuggestFixes = true });
        return result.Diagnostics
            .Where(d => d.Code.StartsWith("KC35", StringComparison.Ordinal))
            .Select(d => d.ToCanonicalString().Replace(_work + "/", string.Empty, StringComparison.Ordinal))
            .ToArray();
    }
}
