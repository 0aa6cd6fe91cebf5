using System.Text;
using Kconfig.Build.Engine.Profiles;

namespace Kconfig.Build.Engine.Tests.Reliability;

/// <summary>
/// The profile loader's limits (issue 9): file size, nesting depth, and alias expansion ("billion laughs"); each
/// gives a located KC3020 instead of a stack overflow, an endless walk or running out of memory.
/// </summary>
[TestClass]
public sealed class ProfileLimitTests
{
    /// <summary>Nine levels of ten aliases each: a billion scalars when expanded, 500 characters as text. The eighth *l3 of lol4 crosses 100000 nodes.</summary>
    private static string BillionLaughs()
    {
        var text = new StringBuilder("name: lol\nlol0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int level = 1; level <= 9; level++)
        {
            string previous = "*l" + (level - 1);
            text.Append($"lol{level}: &l{level} [{string.Join(", ", Enumerable.Repeat(previous, 10))}]\n");
        }

        return text.ToString();
    }

    [TestMethod]
    public void ABillionLaughsProfileIsALocatedErrorAtTheAliasThatCrossesTheLimit()
    {
        ProfileLoadResult result = ProfileLoader.Parse("/p/profile.yaml", BillionLaughs());

        Assert.IsNull(result.Profile);
        Assert.AreEqual(
            "/p/profile.yaml(6,47): error KC3020: alias *l3 expands the document past 100000 nodes (nested anchors and aliases); write the values out or use extends",
            string.Join("\n", result.Diagnostics.Select(d => d.ToCanonicalString())));
    }

    [TestMethod]
    public void ExpansionInsideWhenConditionsIsCaughtBeforeTheLoaderWalksThem()
    {
        // Each condition is "any of ten copies of the previous one": the loader would walk 10^8 conditions.
        var text = new StringBuilder("name: x\nwhen:\n  - if: &c0 {arch: arm64}\n    config: {SMP: y}\n");
        for (int level = 1; level <= 8; level++)
        {
            text.Append($"  - if: &c{level} {{any: [{string.Join(", ", Enumerable.Repeat("*c" + (level - 1), 10))}]}}\n    config: {{SMP: y}}\n");
        }

        ProfileLoadResult result = ProfileLoader.Parse("/p/profile.yaml", text.ToString());

        Assert.IsNull(result.Profile);
        Assert.AreEqual(
            "/p/profile.yaml(13,25): error KC3020: alias *c4 expands the document past 100000 nodes (nested anchors and aliases); write the values out or use extends",
            string.Join("\n", result.Diagnostics.Select(d => d.ToCanonicalString())));
    }

    [TestMethod]
    public void NestingDeeperThan64IsALocatedError()
    {
        var text = new StringBuilder("name: deep\ndevicetree:\n");
        for (int depth = 1; depth <= 70; depth++)
        {
            text.Append(new string(' ', depth)).Append("n: \n".Replace(" \n", "\n", StringComparison.Ordinal));
        }

        ProfileLoadResult result = ProfileLoader.Parse("/p/profile.yaml", text.ToString());

        Assert.IsNull(result.Profile);
        Assert.AreEqual("/p/profile.yaml(66,65): error KC3020: collections nested deeper than 64", string.Join("\n", result.Diagnostics.Select(d => d.ToCanonicalString())));
    }

    [TestMethod]
    public void AProfileOverOneMebibyteIsRefusedBeforeItIsParsedOrRead()
    {
        string text = "name: big\ndescription: \"" + new string('x', ProfileYamlLimits.MaxCharacters) + "\"\n";
        ProfileLoadResult parsed = ProfileLoader.Parse("/p/profile.yaml", text);
        Assert.AreEqual($"/p/profile.yaml(1,1): error KC3020: the profile is {text.Length} characters long; the limit is 1048576", string.Join("\n", parsed.Diagnostics.Select(d => d.ToCanonicalString())));

        string file = Path.Combine(Path.GetTempPath(), "kconfig-big-" + Guid.NewGuid().ToString("N") + ".yaml");
        try
        {
            File.WriteAllText(file, text);
            ProfileLoadResult loaded = ProfileLoader.Load(file);
            Assert.AreEqual($"{file}(1,1): error KC3020: the profile is {text.Length} bytes long; the limit is 1048576", string.Join("\n", loaded.Diagnostics.Select(d => d.ToCanonicalString())));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestMethod]
    public void AnchorsAndAliasesWithinTheLimitLoadAsUsual()
    {
        const string text = "name: shared\narch: arm64\nconfig: {SMP: y}\nwhen:\n  - if: &arm {arch: arm64}\n    config: &both {HYPERV: y, NR_CPUS: 8}\n  - if: *arm\n    config: {MODULES: n}\n";

        ProfileLoadResult result = ProfileLoader.Parse("/p/profile.yaml", text);

        Assert.AreEqual(string.Empty, string.Join("\n", result.Diagnostics));
        Assert.AreEqual(2, result.Profile!.When.Count);
        CollectionAssert.AreEqual(new[] { "HYPERV", "NR_CPUS" }, result.Profile.When[0].Requests.Select(r => r.SymbolName).ToArray());
    }
}
