using Kconfig.Build.Engine.Parsing;
using Kconfig.Build.Engine.Tests.FrontEndRealTree;

namespace Kconfig.Build.Engine.Tests.Reliability;

/// <summary>Cancelling a load kills the running $(shell) probe and what it started, and the load ends.</summary>
[TestClass]
public sealed class ShellProbeCancellationTests
{
    [TestMethod]
    public void CancelKillsTheProbeAndItsChildren()
    {
        using var work = new ScratchDirectory();
        // The probe starts a child that would sleep for ten minutes, records its pid, and waits for it.
        File.WriteAllText(Path.Combine(work.Path, "Kconfig"), "X := $(shell,sleep 600 & echo $! > child.pid; wait)\nconfig A\n\tbool \"a\"\n");
        using var cancellation = new CancellationTokenSource();
        Task<KconfigLoadResult> load = Task.Run(() => KconfigLoader.Load(new KconfigLoadOptions
        {
            SourceTree = work.Path,
            WorkingDirectory = work.Path,
            Environment = new Dictionary<string, string> { ["PATH"] = "/usr/bin:/bin" },
            CancellationToken = cancellation.Token,
        }));
        string pidFile = Path.Combine(work.Path, "child.pid");
        Assert.IsTrue(SpinWait.SpinUntil(() => File.Exists(pidFile) && File.ReadAllText(pidFile).EndsWith('\n'), TimeSpan.FromMinutes(2)), "the probe never started");
        int child = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);

        cancellation.Cancel();

        AggregateException failure = Assert.ThrowsExactly<AggregateException>(() => load.Wait(TimeSpan.FromMinutes(2)));
        Assert.IsInstanceOfType<OperationCanceledException>(failure.InnerException);
        Assert.IsTrue(SpinWait.SpinUntil(() => !IsRunning(child), TimeSpan.FromMinutes(2)), $"the probe's child {child} still runs");
    }

    private static bool IsRunning(int pid)
    {
        string stat = $"/proc/{pid}/stat";
        try
        {
            // A zombie (state Z) has exited; it only waits for its new parent to reap it.
            string text = File.ReadAllText(stat);
            return text[(text.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }
}
