using Kconfig.Build.Engine.Parsing;

namespace Kconfig.Build.Tasks.Tests;

[TestClass]
public sealed class KconfigTreeCacheTests
{
    private string _tree = string.Empty;

    [TestInitialize]
    public void CreateTree()
    {
        _tree = Path.Combine(Path.GetTempPath(), "kconfig-cache-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_tree);
        File.WriteAllText(Path.Combine(_tree, "Kconfig"), "config A\n\tbool \"a\"\n");
    }

    [TestCleanup]
    public void DeleteTree() => Directory.Delete(_tree, recursive: true);

    private KconfigLoadOptions Options(string arch) => new()
    {
        SourceTree = _tree,
        Environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["ARCH"] = arch, ["srctree"] = _tree },
    };

    private static (KconfigLoadResult Result, int Loads) Get(KconfigTreeCache cache, KconfigLoadOptions options, ref int loads)
    {
        int counted = loads;
        KconfigLoadResult result = cache.GetOrLoad(options, () =>
        {
            counted++;
            return KconfigLoader.Load(options);
        });
        loads = counted;
        return (result, loads);
    }

    [TestMethod]
    public void TheSameTreeAndEnvironmentIsParsedOnceAndShared()
    {
        var cache = new KconfigTreeCache(capacity: 4);
        int loads = 0;

        KconfigLoadResult first = Get(cache, Options("arm64"), ref loads).Result;
        KconfigLoadResult second = Get(cache, Options("arm64"), ref loads).Result;
        KconfigLoadResult other = Get(cache, Options("x86_64"), ref loads).Result;

        Assert.AreSame(first.Model, second.Model);
        Assert.AreNotSame(first.Model, other.Model);
        Assert.AreEqual(2, loads);
    }

    [TestMethod]
    public void AnEditedKconfigFileIsParsedAgain()
    {
        var cache = new KconfigTreeCache(capacity: 4);
        int loads = 0;
        KconfigLoadResult first = Get(cache, Options("arm64"), ref loads).Result;

        File.WriteAllText(Path.Combine(_tree, "Kconfig"), "config A\n\tbool \"a\"\nconfig B\n\tbool \"b\"\n");
        File.SetLastWriteTimeUtc(Path.Combine(_tree, "Kconfig"), DateTime.UtcNow.AddMinutes(1));
        KconfigLoadResult second = Get(cache, Options("arm64"), ref loads).Result;

        Assert.AreNotSame(first.Model, second.Model);
        Assert.IsNotNull(second.Model!.FindSymbol("B"));
        Assert.AreEqual(2, loads);
    }

    [TestMethod]
    public void TheCacheKeepsAtMostItsCapacity()
    {
        var cache = new KconfigTreeCache(capacity: 2);
        int loads = 0;

        foreach (string arch in new[] { "a", "b", "c", "d" })
        {
            Get(cache, Options(arch), ref loads);
        }

        Assert.AreEqual(2, cache.Count);
        Get(cache, Options("a"), ref loads);
        Assert.AreEqual(5, loads, "the oldest entry was dropped");
    }

    [TestMethod]
    public void AFailedLoadIsNotKept()
    {
        var cache = new KconfigTreeCache(capacity: 4);
        File.WriteAllText(Path.Combine(_tree, "Kconfig"), "config\n");
        int loads = 0;

        KconfigLoadResult first = Get(cache, Options("arm64"), ref loads).Result;
        Get(cache, Options("arm64"), ref loads);

        Assert.IsTrue(first.HasErrors);
        Assert.AreEqual(2, loads);
        Assert.AreEqual(0, cache.Count);
    }

    [TestMethod]
    public void ConcurrentCallersOfOneKeyShareOneLoad()
    {
        var cache = new KconfigTreeCache(capacity: 4);
        int loads = 0;
        KconfigLoadOptions options = Options("arm64");

        KconfigLoadResult[] results = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(8)
            .Select(_ => cache.GetOrLoad(options, () =>
            {
                Interlocked.Increment(ref loads);
                return KconfigLoader.Load(options);
            }))
            .ToArray();

        Assert.AreEqual(1, loads);
        Assert.IsTrue(results.All(r => ReferenceEquals(r.Model, results[0].Model)));
    }
}
