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
        WriteSettled(Path.Combine(_tree, "Kconfig"), "config A\n\tbool \"a\"\n");
    }

    /// <summary>Writes a file dated an hour ago: a file written just before a parse is never kept (see below).</summary>
    private static void WriteSettled(string path, string text)
    {
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-1));
    }

    [TestCleanup]
    public void DeleteTree() => Directory.Delete(_tree, recursive: true);

    private KconfigLoadOptions Options(string arch, params (string Name, string Value)[] more)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["ARCH"] = arch, ["srctree"] = _tree };
        foreach ((string name, string value) in more)
        {
            environment[name] = value;
        }

        return new() { SourceTree = _tree, Environment = environment };
    }

    private static KconfigLoadOptions WithProbeCache(KconfigLoadOptions options, string probeCache) =>
        new() { SourceTree = options.SourceTree, Environment = options.Environment, ProbeCachePath = probeCache };

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
    public void AnEditThatKeepsTheLastWriteTimeIsSeenByItsLength()
    {
        var cache = new KconfigTreeCache(capacity: 4);
        int loads = 0;
        string kconfig = Path.Combine(_tree, "Kconfig");
        KconfigLoadResult first = Get(cache, Options("arm64"), ref loads).Result;

        DateTime written = File.GetLastWriteTimeUtc(kconfig);
        File.WriteAllText(kconfig, "config A\n\tbool \"a\"\nconfig B\n\tbool \"b\"\n");
        File.SetLastWriteTimeUtc(kconfig, written);
        KconfigLoadResult second = Get(cache, Options("arm64"), ref loads).Result;

        Assert.IsNotNull(second.Model!.FindSymbol("B"));
        Assert.IsNull(first.Model!.FindSymbol("B"));
        Assert.AreEqual(2, loads);
    }

    [TestMethod]
    public void AnEditedSourcedFileIsParsedAgain()
    {
        var cache = new KconfigTreeCache(capacity: 4);
        int loads = 0;
        string sourced = Path.Combine(_tree, "Kconfig.sub");
        WriteSettled(Path.Combine(_tree, "Kconfig"), "config A\n\tbool \"a\"\nsource \"Kconfig.sub\"\n");
        WriteSettled(sourced, "config B\n\tbool \"b\"\n");
        Get(cache, Options("arm64"), ref loads);
        Get(cache, Options("arm64"), ref loads);
        Assert.AreEqual(1, loads, "unchanged: shared");

        File.WriteAllText(sourced, "config B\n\tbool \"b\"\nconfig C\n\tbool \"c\"\n");
        KconfigLoadResult edited = Get(cache, Options("arm64"), ref loads).Result;

        Assert.IsNotNull(edited.Model!.FindSymbol("C"));
        Assert.AreEqual(2, loads);
    }

    [TestMethod]
    public void ATreeWhoseFileWasWrittenJustBeforeTheParseServesItsCallerButIsNotKept()
    {
        var cache = new KconfigTreeCache(capacity: 4);
        int loads = 0;
        File.WriteAllText(Path.Combine(_tree, "Kconfig"), "config A\n\tbool \"a\"\nconfig B\n\tbool \"b\"\n");

        KconfigLoadResult first = Get(cache, Options("arm64"), ref loads).Result;
        Get(cache, Options("arm64"), ref loads);

        Assert.IsNotNull(first.Model!.FindSymbol("B"));
        Assert.AreEqual(2, loads, "an edit in the same timestamp tick as the parse could go unseen: parsed again");
        Assert.AreEqual(0, cache.Count);
    }

    [TestMethod]
    public void ARewrittenOrDeletedProbeCacheIsParsedAgain()
    {
        var cache = new KconfigTreeCache(capacity: 4);
        int loads = 0;
        string probes = Path.Combine(_tree, "probes.cache");
        File.WriteAllText(probes, "{}");
        KconfigLoadOptions options = WithProbeCache(Options("arm64"), probes);
        Get(cache, options, ref loads);
        Get(cache, options, ref loads);
        Assert.AreEqual(1, loads, "unchanged: shared");

        File.WriteAllText(probes, "{ }");
        Get(cache, options, ref loads);
        Assert.AreEqual(2, loads, "rewritten");

        File.Delete(probes);
        Get(cache, options, ref loads);
        Assert.AreEqual(3, loads, "deleted");
    }

    [TestMethod]
    public void AReplacedProgramOfTheEnvironmentIsParsedAgain()
    {
        var cache = new KconfigTreeCache(capacity: 4);
        int loads = 0;
        string bin = Path.Combine(_tree, "bin");
        Directory.CreateDirectory(bin);
        string compiler = Path.Combine(bin, "cross-gcc");
        File.WriteAllText(compiler, "#!/bin/sh\n");
        KconfigLoadOptions options = Options("arm64", ("PATH", bin), ("CC", "cross-gcc -m64"));
        Get(cache, options, ref loads);
        Get(cache, options, ref loads);
        Assert.AreEqual(1, loads, "unchanged: shared");

        File.WriteAllText(compiler, "#!/bin/sh\nexit 0\n");
        Get(cache, options, ref loads);

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
