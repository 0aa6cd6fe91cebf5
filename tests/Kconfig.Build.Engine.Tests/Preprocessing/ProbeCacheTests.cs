using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Parsing;
using Kconfig.Build.Engine.Preprocessing;
using Kconfig.Build.Engine.Tests.FrontEndRealTree;

namespace Kconfig.Build.Engine.Tests.Preprocessing;

[TestClass]
public sealed class ProbeCacheTests
{
    private const string Kconfig = "V := $(shell,probe-tool --flag)\nconfig A\n\tbool \"$(V)\"\n";

    [TestMethod]
    public void SecondLoadWithWarmCacheSpawnsNothing()
    {
        using var work = new ScratchDirectory();
        WriteTool(work.Path, "first");
        string cache = Path.Combine(work.Path, "probes.json");

        (string prompt1, int spawns1) = LoadPrompt(work.Path, cache);
        (string prompt2, int spawns2) = LoadPrompt(work.Path, cache);

        Assert.AreEqual("first", prompt1);
        Assert.AreEqual(1, spawns1);
        Assert.AreEqual("first", prompt2);
        Assert.AreEqual(0, spawns2);
    }

    [TestMethod]
    public void ChangedToolInvalidatesItsProbes()
    {
        using var work = new ScratchDirectory();
        WriteTool(work.Path, "first");
        string cache = Path.Combine(work.Path, "probes.json");
        LoadPrompt(work.Path, cache);

        WriteTool(work.Path, "second, longer");
        (string prompt, int spawns) = LoadPrompt(work.Path, cache);

        Assert.AreEqual("second, longer", prompt);
        Assert.AreEqual(1, spawns);
    }

    [TestMethod]
    public void ChangedEnvironmentIsAnotherProbe()
    {
        using var work = new ScratchDirectory();
        WriteTool(work.Path, "first");
        string cache = Path.Combine(work.Path, "probes.json");
        LoadPrompt(work.Path, cache);

        (_, int spawns) = LoadPrompt(work.Path, cache, extra: ("CC", "other-gcc"));

        Assert.AreEqual(1, spawns);
    }

    [TestMethod]
    public void NoCachePathMeansEveryLoadRunsItsProbes()
    {
        using var work = new ScratchDirectory();
        WriteTool(work.Path, "first");

        LoadPrompt(work.Path, cache: null);
        (_, int spawns) = LoadPrompt(work.Path, cache: null);

        Assert.AreEqual(1, spawns);
    }

    [TestMethod]
    public void UnreadableCacheIsAWarningAndTheProbesRun()
    {
        using var work = new ScratchDirectory();
        WriteTool(work.Path, "first");
        string cache = Path.Combine(work.Path, "probes.json");
        File.WriteAllText(cache, "{ not json");

        KconfigLoadResult result = Load(work.Path, cache, new CountingShellRunner(ProcessShellRunner.Instance));

        Assert.IsNotNull(result.Model);
        Assert.AreEqual(DiagnosticCodes.ProbeCacheUnusable, result.Diagnostics.Single().Code);
        Assert.AreEqual(DiagnosticSeverity.Warning, result.Diagnostics.Single().Severity);
        Assert.AreEqual("first", result.Model.FindSymbol("A")!.Nodes[0].Prompt!.Text);
    }

    [TestMethod]
    public void ProbesSeeOnlyTheLoadEnvironment()
    {
        using var work = new ScratchDirectory();
        File.WriteAllText(Path.Combine(work.Path, "Kconfig"), "config A\n\tbool \"[$(shell,echo $HOME-$ONLY_HERE)]\"\n");
        var environment = new Dictionary<string, string> { ["PATH"] = "/usr/bin:/bin", ["ONLY_HERE"] = "x" };

        KconfigLoadResult result = KconfigLoader.Load(new KconfigLoadOptions { SourceTree = work.Path, Environment = environment });

        Assert.AreEqual("[-x]", result.Model!.FindSymbol("A")!.Nodes[0].Prompt!.Text);
    }

    [TestMethod]
    public void ToolsAreTheProgramsAndScriptsACommandNames()
    {
        using var work = new ScratchDirectory();
        WriteTool(work.Path, "first");
        File.WriteAllText(Path.Combine(work.Path, "script.sh"), "#!/bin/sh\n");
        var environment = new Dictionary<string, string> { ["PATH"] = Path.Combine(work.Path, "bin") + ":/usr/bin:/bin" };

        string[] tools = ProbeCache.ToolsOf("probe-tool -x c /dev/null -o /dev/null && ./script.sh CC=no-such-tool; missing-tool", environment, work.Path)
            .Select(t => t.Path)
            .ToArray();

        CollectionAssert.AreEqual(new[] { Path.Combine(work.Path, "bin", "probe-tool"), Path.Combine(work.Path, "script.sh") }, tools);
    }

    [TestMethod]
    public void OutputIsShapedAsDoShell()
    {
        byte[] big = Enumerable.Repeat((byte)'a', 5000).ToArray();

        Assert.AreEqual(new string('a', 4095), ShellProbes.Shape(big));
        Assert.AreEqual("a b  c", ShellProbes.Shape("a\nb\n\nc\n\n\n"u8.ToArray()));
        Assert.AreEqual(string.Empty, ShellProbes.Shape("\n\n"u8.ToArray()));
        Assert.AreEqual("ab", ShellProbes.Shape("ab\0cd"u8.ToArray()));
    }

    private static void WriteTool(string directory, string output)
    {
        string bin = Path.Combine(directory, "bin");
        Directory.CreateDirectory(bin);
        string tool = Path.Combine(bin, "probe-tool");
        File.WriteAllText(tool, $"#!/bin/sh\necho '{output}'\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        File.SetLastWriteTimeUtc(tool, DateTime.UtcNow.AddSeconds(output.Length));
        File.WriteAllText(Path.Combine(directory, "Kconfig"), Kconfig);
    }

    private static (string Prompt, int Spawns) LoadPrompt(string directory, string? cache, (string Name, string Value)? extra = null)
    {
        var runner = new CountingShellRunner(ProcessShellRunner.Instance);
        KconfigLoadResult result = Load(directory, cache, runner, extra);
        Assert.IsFalse(result.HasErrors, string.Join("\n", result.Diagnostics));
        return (result.Model!.FindSymbol("A")!.Nodes[0].Prompt!.Text!, runner.Count);
    }

    private static KconfigLoadResult Load(string directory, string? cache, IShellRunner runner, (string Name, string Value)? extra = null)
    {
        var environment = new Dictionary<string, string> { ["PATH"] = Path.Combine(directory, "bin") + ":/usr/bin:/bin" };
        if (extra is { } pair)
        {
            environment[pair.Name] = pair.Value;
        }

        return KconfigLoader.Load(new KconfigLoadOptions
        {
            SourceTree = directory,
            Environment = environment,
            ProbeCachePath = cache,
            ShellRunner = runner,
        });
    }
}
