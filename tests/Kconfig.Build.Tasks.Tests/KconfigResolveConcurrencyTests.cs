using Kconfig.Build.Engine.IO;
using Microsoft.Build.Utilities;
using Task = System.Threading.Tasks.Task;

namespace Kconfig.Build.Tasks.Tests;

/// <summary>
/// Two builds of one project at once, and Ctrl+C in the middle of one: the output folder's lock makes
/// runs take turns, and a cancelled run kills its probes and leaves the previous outputs as they were.
/// </summary>
[TestClass]
public sealed class KconfigResolveConcurrencyTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private string _directory = string.Empty;

    [TestInitialize]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), "kconfig-task-lock-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TestCleanup]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private static string Expected => Path.Combine(Repository.Root, "tests", "Kconfig.Build.Engine.Tests", "Resolution", "Cases", "arm64-vtl2-paravisor", "expected");

    private string Out => Path.Combine(_directory, "out");

    private TaskItem SampleProfile(string? sourceDir = null, string? text = null)
    {
        string path = Path.Combine(_directory, "profile.yaml");
        File.WriteAllText(path, text ?? File.ReadAllText(Path.Combine(Repository.Root, "samples", "vtl2-paravisor", "vtl2-paravisor.yaml")));
        var item = new TaskItem(path);
        item.SetMetadata("SourceDir", sourceDir ?? Repository.SampleTree);
        item.SetMetadata("OutputPath", Out);
        item.SetMetadata("DependencyFile", Path.Combine(_directory, "obj", "profile.kconfig.deps"));
        item.SetMetadata("ReportFile", Path.Combine(Out, "kconfig-report.json"));
        return item;
    }

    [TestMethod]
    public void ARunWaitsWhileAnotherHoldsTheOutputFolder()
    {
        var engine = new FakeBuildEngine();
        var task = new KconfigResolve { BuildEngine = engine, Profiles = [SampleProfile()], ShareParsedTrees = false };
        Task<bool> run;
        using (OutputLock? other = OutputLock.TryAcquire(Out))
        {
            Assert.IsNotNull(other);
            run = Task.Run(task.Execute);

            Assert.IsTrue(SpinWait.SpinUntil(() => run.IsCompleted || engine.MessageTexts().Any(m => m.StartsWith("profile: waiting for another build writing ", StringComparison.Ordinal)), Patience));
            Assert.IsFalse(run.IsCompleted, "the run waits while the folder is held");
            Assert.IsFalse(File.Exists(Path.Combine(Out, ".config")), "and writes nothing meanwhile");
        }

        Assert.IsTrue(run.Wait(Patience), "the run goes on once the folder is free");
        Assert.IsTrue(run.Result, string.Join("\n", engine.ErrorLines()));
        Assert.AreEqual(File.ReadAllText(Path.Combine(Expected, ".config")), File.ReadAllText(Path.Combine(Out, ".config")));
        CollectionAssert.Contains(engine.MessageTexts(), $"profile: waiting for another build writing {Out}");
    }

    [TestMethod]
    public void RunsOnOneOutputFolderAtOnceAllSucceedWithWholeIdenticalOutputs()
    {
        const int Runs = 4;
        TaskItem item = SampleProfile();
        var engines = Enumerable.Range(0, Runs).Select(_ => new FakeBuildEngine()).ToArray();
        using var start = new Barrier(Runs);

        Task<bool>[] runs = engines.Select(engine => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                return new KconfigResolve { BuildEngine = engine, Profiles = [item], ShareParsedTrees = false }.Execute();
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();

        Assert.IsTrue(Task.WaitAll(runs, Patience));
        for (int i = 0; i < Runs; i++)
        {
            Assert.IsTrue(runs[i].Result, string.Join("\n", engines[i].ErrorLines()));
        }

        foreach ((string expected, string actual) in new[] { (".config", ".config"), ("auto.conf", "include/config/auto.conf"), ("autoconf.h", "include/generated/autoconf.h"), ("defconfig", "defconfig"), ("devicetree.dts", "devicetree.dts") })
        {
            Assert.AreEqual(File.ReadAllText(Path.Combine(Expected, expected)), File.ReadAllText(Path.Combine(Out, actual)), actual);
        }

        // Nothing half-written or left over: exactly the outputs, no temporary file of any run.
        CollectionAssert.AreEqual(
            new[] { ".config", "defconfig", "devicetree.dtb", "devicetree.dts", "include/config/auto.conf", "include/generated/autoconf.h", "kconfig-report.json" },
            Directory.EnumerateFiles(Out, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Out, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray());
    }

    [TestMethod]
    public void CancellingDuringAProbeKillsItsProcessTreeAndKeepsThePreviousOutputs()
    {
        // A tree whose one $(shell) probe is quick until the marker file exists, then starts a ten-minute child and waits for it.
        string tree = Path.Combine(_directory, "tree");
        string marker = Path.Combine(_directory, "slow");
        string pidFile = Path.Combine(_directory, "child.pid");
        string probe = Path.Combine(_directory, "probe.sh");
        Directory.CreateDirectory(Path.Combine(tree, "arch", "arm64", "configs"));
        File.WriteAllText(Path.Combine(tree, "Kconfig"), "mainmenu \"probe test\"\n\nsource \"arch/$(SRCARCH)/Kconfig\"\n");
        File.WriteAllText(Path.Combine(tree, "arch", "arm64", "Kconfig"), $"config ARM64\n\tdef_bool y\n\nconfig PROBED\n\tdef_bool $(shell,/bin/sh {probe})\n");
        File.WriteAllText(Path.Combine(tree, "arch", "arm64", "configs", "defconfig"), string.Empty);
        File.WriteAllText(probe, $"if [ -e {marker} ]; then /bin/sleep 600 & echo $! > {pidFile}; wait; fi\necho y\n");
        TaskItem item = SampleProfile(tree, "arch: arm64\n");

        Assert.IsTrue(new KconfigResolve { BuildEngine = new FakeBuildEngine(), Profiles = [item], ShareParsedTrees = false }.Execute());
        Dictionary<string, (string Text, DateTime Written)> before = Snapshot();
        StringAssert.Contains(before[".config"].Text, "\nCONFIG_PROBED=y\n");
        string stamp = Path.Combine(_directory, "obj", "stamp");
        File.WriteAllText(stamp, string.Empty);

        File.WriteAllText(marker, string.Empty);
        var engine = new FakeBuildEngine();
        var task = new KconfigResolve { BuildEngine = engine, Profiles = [item], ShareParsedTrees = false, StampFile = stamp };
        Task<bool> run = Task.Run(task.Execute);
        Assert.IsTrue(SpinWait.SpinUntil(() => run.IsCompleted || (File.Exists(pidFile) && File.ReadAllText(pidFile).EndsWith('\n')), Patience), "the probe never started");
        Assert.IsFalse(run.IsCompleted, "the run is in its probe");
        int child = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);

        task.Cancel();

        Assert.IsTrue(run.Wait(Patience), "a cancelled run ends");
        Assert.IsFalse(run.Result);
        Assert.IsTrue(SpinWait.SpinUntil(() => !IsRunning(child), Patience), $"the probe's child {child} still runs");
        Dictionary<string, (string Text, DateTime Written)> after = Snapshot();
        CollectionAssert.AreEquivalent(before.Keys.ToArray(), after.Keys.ToArray());
        foreach (string file in before.Keys)
        {
            Assert.AreEqual(before[file], after[file], file + " is left as the previous run wrote it");
        }

        Assert.IsFalse(File.Exists(stamp), "a cancelled run leaves no up-to-date stamp");
        using OutputLock? free = OutputLock.TryAcquire(Out);
        Assert.IsNotNull(free, "the folder's lock is released");
    }

    private Dictionary<string, (string Text, DateTime Written)> Snapshot() =>
        Directory.EnumerateFiles(_directory, "*", SearchOption.AllDirectories)
            .Where(f => f.StartsWith(Out, StringComparison.Ordinal) || f.EndsWith(".deps", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(Out, f).Replace('\\', '/'), f => (File.ReadAllText(f), File.GetLastWriteTimeUtc(f)), StringComparer.Ordinal);

    private static bool IsRunning(int pid)
    {
        try
        {
            // A zombie (state Z) has exited; it only waits for its new parent to reap it.
            string text = File.ReadAllText($"/proc/{pid}/stat");
            return text[(text.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }
}
