using Kconfig.Build.Engine.ConfigFiles;
using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.IO;
using Kconfig.Build.Engine.Parsing;
using Kconfig.Build.Engine.Tests.FrontEndRealTree;

namespace Kconfig.Build.Engine.Tests.Reliability;

/// <summary>Outputs are never half-written: a fault in the middle of a write leaves the previous file whole.</summary>
[TestClass]
public sealed class AtomicFileTests
{
    [TestMethod]
    public void FaultMidWriteKeepsThePreviousFileAndNoTemporary()
    {
        using var work = new ScratchDirectory();
        string path = Path.Combine(work.Path, "out.txt");
        AtomicFile.WriteAllText(path, "previous\n");

        using (AtomicFile.InjectMidWrite(_ => throw new IOException("injected")))
        {
            IOException thrown = Assert.ThrowsExactly<IOException>(() => AtomicFile.WriteAllText(path, new string('x', 10_000)));
            Assert.AreEqual("injected", thrown.Message);
        }

        Assert.AreEqual("previous\n", File.ReadAllText(path));
        CollectionAssert.AreEqual(new[] { "out.txt" }, Directory.GetFiles(work.Path).Select(Path.GetFileName).ToArray());
    }

    [TestMethod]
    public void TheTargetIsNeverSeenHalfWritten()
    {
        using var work = new ScratchDirectory();
        string path = Path.Combine(work.Path, "out.txt");
        string before = new('a', 100_000);
        string after = new('b', 100_000);
        AtomicFile.WriteAllText(path, before);
        string? seen = null;
        using (AtomicFile.InjectMidWrite(_ => seen = File.ReadAllText(path)))
        {
            AtomicFile.WriteAllText(path, after);
        }

        Assert.AreEqual(before, seen);
        Assert.AreEqual(after, File.ReadAllText(path));
    }

    [TestMethod]
    public void FailedConfigWriteLeavesConfigIntact()
    {
        using var work = new ScratchDirectory();
        File.WriteAllText(Path.Combine(work.Path, "Kconfig"), "config A\n\tbool \"a\"\n\tdefault y\n");
        KconfigLoadResult loaded = KconfigLoader.Load(new KconfigLoadOptions { SourceTree = work.Path, ShellRunner = NoShellRunner.Instance });
        var configuration = new Configuration(loaded.Model!);
        configuration.EvaluateAfterRead();
        File.WriteAllText(Path.Combine(work.Path, ".config"), "# previous\n");

        ConfigWriteResult result;
        using (AtomicFile.InjectMidWrite(_ => throw new IOException("disk full (injected)")))
        {
            result = ConfigFileWriter.WriteConfig(configuration, work.Path, ".config", overwriteInPlace: false);
        }

        Assert.AreEqual("# previous\n", File.ReadAllText(Path.Combine(work.Path, ".config")));
        Assert.IsFalse(Directory.GetFiles(work.Path, "*.tmp", SearchOption.AllDirectories).Any());
        Assert.AreEqual(ConfigWriteResult.Failed(".config", "disk full (injected)"), result);
    }

    [TestMethod]
    public void ConcurrentWritersLeaveOneWholeFile()
    {
        using var work = new ScratchDirectory();
        string path = Path.Combine(work.Path, "out.txt");
        string[] contents = { new('1', 200_000), new('2', 300_000) };
        Parallel.For(0, 40, i => AtomicFile.WriteAllText(path, contents[i % 2]));

        CollectionAssert.Contains(contents, File.ReadAllText(path));
        CollectionAssert.AreEqual(new[] { "out.txt" }, Directory.GetFiles(work.Path).Select(Path.GetFileName).ToArray());
    }
}
