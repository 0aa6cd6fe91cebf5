using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Parsing;
using Kconfig.Build.Engine.Preprocessing;
using System.Text.RegularExpressions;
using Kconfig.Build.Engine.Tests.Infrastructure;
using Kconfig.Build.Engine.Tests.Parsing;

namespace Kconfig.Build.Engine.Tests.FrontEndRealTree;

/// <summary>
/// The real Linux 6.12 tree, parsed by our loader and by the kernel's own front end with the same
/// environment: for every architecture the same parse output, symbols and finalised model; and no
/// process at all on a second load with a warm probe cache.
/// </summary>
[TestClass]
public sealed class RealTreeTests
{
    public static IEnumerable<object[]> Architectures => KernelRun.Architectures();

    [TestMethod]
    [DynamicData(nameof(Architectures))]
    public void ParsedTreeMatchesKernel(string arch)
    {
        using var objectTree = new ScratchDirectory();
        Dictionary<string, string> environment = KernelRun.EnvironmentFor(arch, objectTree.Path);
        ProcessResult symbols = KernelRun.Run(KernelRun.KconfigSymbols, Array.Empty<string>(), environment, objectTree.Path);
        string dumpFile = System.IO.Path.Combine(objectTree.Path, "kernel-model.txt");
        ProcessResult model = KernelRun.Run(KernelRun.ModelDumpTool, new[] { "Kconfig", dumpFile }, environment, objectTree.Path);
        Assert.AreEqual(0, model.ExitCode, model.Stderr);

        KconfigLoadResult ours = Load(environment, objectTree.Path);

        Assert.AreEqual(symbols.Stderr, FrontEndCase.Stderr(ours), "what conf prints while parsing");
        Assert.AreEqual(symbols.ExitCode, ours.Model is null ? 1 : 0, "exit status");
        Assert.IsNotNull(ours.Model, $"{arch} must parse without errors");
        Assert.AreEqual(symbols.Stdout, SymbolList.Print(ours.Model), "symbol set");
        Assert.AreEqual(File.ReadAllText(dumpFile), ModelDump.Print(ours.Model), "finalised model");
    }

    [TestMethod]
    public void WarmProbeCacheSpawnsNoProcess()
    {
        using var objectTree = new ScratchDirectory();
        Dictionary<string, string> environment = KernelRun.EnvironmentFor("arm64", objectTree.Path);
        string cache = System.IO.Path.Combine(objectTree.Path, "probes.json");
        var cold = new CountingShellRunner(ProcessShellRunner.Instance);
        var warm = new CountingShellRunner(ProcessShellRunner.Instance);

        KconfigLoadResult first = Load(environment, objectTree.Path, cache, cold);
        KconfigLoadResult second = Load(environment, objectTree.Path, cache, warm);

        Assert.IsTrue(cold.Count > 50, $"the arm64 tree runs its toolchain probes (ran {cold.Count})");
        Assert.AreEqual(0, warm.Count, "a warm cache answers every probe");
        Assert.IsNotNull(first.Model);
        Assert.IsNotNull(second.Model);
        Assert.AreEqual(ModelDump.Print(first.Model), ModelDump.Print(second.Model));
        CollectionAssert.AreEqual(first.Model.EnvironmentVariables.ToArray(), second.Model.EnvironmentVariables.ToArray());
        CollectionAssert.AreEqual(first.ConfTranscript.ToArray(), second.ConfTranscript.ToArray());
    }

    [TestMethod]
    public void EnvironmentVariablesAreRecordedAsConfDoes()
    {
        using var objectTree = new ScratchDirectory();
        Dictionary<string, string> environment = KernelRun.EnvironmentFor("arm64", objectTree.Path);
        ProcessResult alldefconfig = KernelRun.Run(KernelTree.ConfBinary, new[] { "--alldefconfig", "Kconfig" }, environment, objectTree.Path);
        Assert.AreEqual(0, alldefconfig.ExitCode, alldefconfig.Stderr);
        ProcessResult syncconfig = KernelRun.Run(KernelTree.ConfBinary, new[] { "--syncconfig", "Kconfig" }, environment, objectTree.Path);
        Assert.AreEqual(0, syncconfig.ExitCode, syncconfig.Stderr);
        string autoConfCmd = File.ReadAllText(System.IO.Path.Combine(objectTree.Path, "include", "config", "auto.conf.cmd"));
        KeyValuePair<string, string?>[] expected = Regex.Matches(autoConfCmd, "^ifneq \"\\$\\(([^)]*)\\)\" \"(.*)\"$", RegexOptions.Multiline)
            .Select(m => new KeyValuePair<string, string?>(m.Groups[1].Value, m.Groups[2].Value))
            .ToArray();

        KconfigLoadResult ours = Load(environment, objectTree.Path);

        Assert.IsNotNull(ours.Model);
        Assert.IsTrue(expected.Length >= 9, autoConfCmd);
        CollectionAssert.AreEqual(expected, ours.Model.EnvironmentVariables.ToArray());
    }

    private static KconfigLoadResult Load(Dictionary<string, string> environment, string objectTree, string? cache = null, IShellRunner? runner = null) =>
        KconfigLoader.Load(new KconfigLoadOptions
        {
            SourceTree = environment["srctree"],
            WorkingDirectory = objectTree,
            Environment = environment,
            ProbeCachePath = cache,
            ShellRunner = runner,
        });
}
