using Kconfig.Build.Engine.Resolution;

namespace Kconfig.Build.Engine.Tests.Resolution;

[TestClass]
public sealed class ConfigMergerTests
{
    [TestMethod]
    [DynamicData(nameof(ResolutionCase.All), typeof(ResolutionCase))]
    public void MergesExactlyAsMergeConfigDoes(string caseName)
    {
        ResolutionCase c = ResolutionCase.Get(caseName);
        string fragment = c.RequestsConfig;
        string[] names = fragment.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.StartsWith("# ", StringComparison.Ordinal) ? l[2..l.IndexOf(' ', 2)] : l[..l.IndexOf('=')])
            .ToArray();

        string merged = ConfigMerger.Merge(c.Expected("base.config"), fragment, names, out int first);

        Assert.AreEqual(c.Expected("merged.config"), merged);
        Assert.AreEqual(fragment.Split('\n')[0], merged.Split('\n')[first - 1]);
    }

    [TestMethod]
    public void DeletesOnlyWholeNamesAndTheirNotSetLines()
    {
        const string baseText = "CONFIG_PREEMPT_NONE=y\n# CONFIG_PREEMPT is not set\nCONFIG_SMP=y\n";

        string merged = ConfigMerger.Merge(baseText, "CONFIG_PREEMPT=y\n", ["CONFIG_PREEMPT"], out int first);

        Assert.AreEqual("CONFIG_PREEMPT_NONE=y\nCONFIG_SMP=y\n\nCONFIG_PREEMPT=y\n", merged);
        Assert.AreEqual(4, first);
    }

    [TestMethod]
    public void AnUnterminatedBaseGetsItsNewlineInsteadOfAnEmptyLine()
    {
        string merged = ConfigMerger.Merge("CONFIG_A=y", "CONFIG_B=y\n", ["CONFIG_B"], out int first);

        Assert.AreEqual("CONFIG_A=y\nCONFIG_B=y\n", merged);
        Assert.AreEqual(2, first);
    }

    [TestMethod]
    public void AnEmptyBaseStartsWithTheEmptyLine()
    {
        string merged = ConfigMerger.Merge(string.Empty, "CONFIG_B=y\n", ["CONFIG_B"], out int first);

        Assert.AreEqual("\nCONFIG_B=y\n", merged);
        Assert.AreEqual(2, first);
    }
}
