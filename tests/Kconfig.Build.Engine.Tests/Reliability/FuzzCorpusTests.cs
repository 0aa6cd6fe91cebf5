using Kconfig.Build.Engine.Tests.Infrastructure;

namespace Kconfig.Build.Engine.Tests.Reliability;

/// <summary>
/// Replays the fuzz seed corpus (fuzz/corpus/TARGET) and every crash or hang the fuzzers found
/// (fuzz/crashes/TARGET, kept by eng/fuzz/run.sh) through the same targets, uninstrumented: each must
/// return normally, so a fixed finding stays fixed.
/// </summary>
[TestClass]
public sealed class FuzzCorpusTests
{
    public static IEnumerable<object[]> Inputs()
    {
        string fuzz = Path.Combine(KernelTree.RepositoryRoot, "fuzz");
        foreach (string target in FuzzTargets.Names)
        {
            foreach (string folder in new[] { "corpus", "crashes" })
            {
                string directory = Path.Combine(fuzz, folder, target);
                if (!Directory.Exists(directory))
                {
                    continue;
                }

                foreach (string file in Directory.GetFiles(directory).Order(StringComparer.Ordinal))
                {
                    yield return new object[] { target, folder + "/" + target + "/" + Path.GetFileName(file) };
                }
            }
        }
    }

    [TestMethod]
    public void EveryTargetHasASeedCorpus()
    {
        foreach (string target in FuzzTargets.Names)
        {
            Assert.IsTrue(Inputs().Any(i => (string)i[0] == target && ((string)i[1]).StartsWith("corpus/", StringComparison.Ordinal)), target);
        }
    }

    [TestMethod]
    [DataRow("arm64-openhcl.yaml", 0)]
    [DataRow("x86_64-openhcl.yaml", 1)]
    public void DeviceTreeSeedsReachTheWriters(string seed, int configuration)
    {
        byte[] data = File.ReadAllBytes(Path.Combine(KernelTree.RepositoryRoot, "fuzz", "corpus", "devicetree", seed));

        var emission = FuzzTargets.EmitDeviceTrees(data)[configuration];

        Assert.IsFalse(emission.HasErrors, string.Join("\n", emission.Diagnostics));
        Assert.IsTrue(emission.Emitted);
        Assert.IsNotNull(emission.Dts);
    }

    [TestMethod]
    [DynamicData(nameof(Inputs))]
    public void InputRunsToCompletion(string target, string input)
    {
        byte[] data = File.ReadAllBytes(Path.Combine(KernelTree.RepositoryRoot, "fuzz", input));
        FuzzTargets.Run(target, data);
    }
}
