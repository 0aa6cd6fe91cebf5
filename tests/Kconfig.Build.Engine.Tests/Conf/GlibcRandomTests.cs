using Kconfig.Build.Cli.Conf;

namespace Kconfig.Build.Engine.Tests.Conf;

/// <summary>Expected numbers printed by glibc's srand()/rand() (Debian 12, gcc) for the same seeds.</summary>
[TestClass]
public sealed class GlibcRandomTests
{
    [TestMethod]
    [DataRow(0x1234u, new[] { 70111374, 1963176396, 683810922, 394663759, 112142735 })]
    [DataRow(3000000000u, new[] { 2058147116, 854483408, 922419988 })]
    public void SequenceMatchesGlibc(uint seed, int[] expected)
    {
        var random = new GlibcRandom(seed);
        CollectionAssert.AreEqual(expected, expected.Select(_ => random.Next()).ToArray());
    }
}
