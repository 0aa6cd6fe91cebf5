using Kconfig.Build.Engine.IO;
using Kconfig.Build.Engine.Tests.FrontEndRealTree;

namespace Kconfig.Build.Engine.Tests.Reliability;

/// <summary>Two runs on one output folder cannot interleave: OutputLock is exclusive, across threads and processes.</summary>
[TestClass]
public sealed class OutputLockTests
{
    [TestMethod]
    public void SecondHolderWaitsUntilTheFirstReleases()
    {
        using var work = new ScratchDirectory();
        using (OutputLock? first = OutputLock.TryAcquire(work.Path))
        {
            Assert.IsNotNull(first);
            Assert.IsNull(OutputLock.TryAcquire(work.Path));
            Assert.IsNull(OutputLock.TryAcquire(work.Path + "/"), "the same folder spelled with a trailing slash");
        }

        using OutputLock? again = OutputLock.TryAcquire(work.Path);
        Assert.IsNotNull(again);
    }

    [TestMethod]
    public void OtherFoldersAreIndependent()
    {
        using var one = new ScratchDirectory();
        using var two = new ScratchDirectory();
        using OutputLock? first = OutputLock.TryAcquire(one.Path);
        using OutputLock? second = OutputLock.TryAcquire(two.Path);
        Assert.IsNotNull(first);
        Assert.IsNotNull(second);
    }

    [TestMethod]
    public void AnotherProcessSeesTheLock()
    {
        using var work = new ScratchDirectory();
        string lockFile = OutputLock.LockFileFor(work.Path);
        using (OutputLock.TryAcquire(work.Path))
        {
            // util-linux flock(1) uses flock(2), as .NET's FileShare.None does on Unix.
            Assert.AreEqual(1, KernelRun.Run("flock", new[] { "-n", lockFile, "true" }, null, work.Path).ExitCode);
        }

        Assert.AreEqual(0, KernelRun.Run("flock", new[] { "-n", lockFile, "true" }, null, work.Path).ExitCode);
    }

    [TestMethod]
    public void CancellingTheWaitThrowsAndTakesNothing()
    {
        using var work = new ScratchDirectory();
        using OutputLock? held = OutputLock.TryAcquire(work.Path);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.ThrowsExactly<OperationCanceledException>(() => OutputLock.Acquire(work.Path, cancellation.Token));
    }

    [TestMethod]
    public void ConcurrentRunsDoNotInterleave()
    {
        using var work = new ScratchDirectory();
        string config = Path.Combine(work.Path, ".config");
        string header = Path.Combine(work.Path, "autoconf.h");
        var mismatches = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 8, run =>
        {
            for (int i = 0; i < 10; i++)
            {
                using OutputLock held = OutputLock.Acquire(work.Path, CancellationToken.None);
                string stamp = $"run {run} step {i}\n";
                AtomicFile.WriteAllText(config, stamp);
                Thread.Yield();
                AtomicFile.WriteAllText(header, stamp);
                if (File.ReadAllText(config) != stamp || File.ReadAllText(header) != stamp)
                {
                    mismatches.Add(stamp);
                }
            }
        });

        Assert.IsEmpty(mismatches);
    }
}
