using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Kconfig.Build.Tasks.Tests;

[TestClass]
public sealed class KconfigResolveTests
{
    private string _directory = string.Empty;

    [TestInitialize]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), "kconfig-task-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TestCleanup]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private string Out => Path.Combine(_directory, "out");

    private string DependencyFile => Path.Combine(_directory, "obj", "profile.kconfig.deps");

    private TaskItem Profile(string text, string? sourceDir = null)
    {
        string path = Path.Combine(_directory, "profile.yaml");
        File.WriteAllText(path, text);
        var item = new TaskItem(path);
        item.SetMetadata("SourceDir", sourceDir ?? Repository.SampleTree);
        item.SetMetadata("OutputPath", Out);
        item.SetMetadata("DependencyFile", DependencyFile);
        return item;
    }

    [TestMethod]
    public void ABrokenProfileFailsWithLocatedErrorsAndWritesNothing()
    {
        var engine = new FakeBuildEngine();
        var task = new KconfigResolve { BuildEngine = engine, Profiles = [Profile("arch: arm64\nconfig:\n  SMP: yes\nbogus: 1\n")] };

        bool succeeded = task.Execute();

        Assert.IsFalse(succeeded);
        string path = Path.Combine(_directory, "profile.yaml");
        CollectionAssert.AreEqual(
            new[]
            {
                $"{path}(3,8): error KC3008: 'yes' is not a value for SMP: write y, m, n, a number, or a string in quotes",
                $"{path}(4,1): error KC3003: unknown key 'bogus'; a profile has name, description, arch, kernel, base, extends, toolchain, config, when, devicetree",
            },
            engine.ErrorLines());
        Assert.AreEqual("https://github.com/kconfig-build/Kconfig.Build.Sdk/blob/main/docs/diagnostics/KC3008.md", engine.Errors[0].HelpLink);
        Assert.AreEqual(0, engine.Errors[0].EndLineNumber, "no end position, so MSBuild prints the short (line,col) form");
        CollectionAssert.AreEqual(new[] { DependencyFile }, task.FilesWritten.Select(i => i.ItemSpec).ToArray(), "only the dependency file, which the next build reads");
        Assert.IsFalse(Directory.Exists(Out));
        Assert.AreEqual(path + "\n", File.ReadAllText(DependencyFile), "the profile itself is an input even when it is broken");
    }

    [TestMethod]
    public void ASourceDirWithoutKconfigIsReported()
    {
        var engine = new FakeBuildEngine();
        string empty = Path.Combine(_directory, "empty-tree");
        Directory.CreateDirectory(empty);
        var task = new KconfigResolve { BuildEngine = engine, Profiles = [Profile("arch: arm64\n", empty)] };

        Assert.IsFalse(task.Execute());

        Assert.AreEqual("KC5102", engine.Errors.Single().Code);
        Assert.AreEqual(Path.Combine(_directory, "profile.yaml"), engine.Errors.Single().File, "a finding without a file is attributed to the profile");
    }

    [TestMethod]
    public void CancelBeforeExecuteStopsWithoutWriting()
    {
        var engine = new FakeBuildEngine();
        var task = new KconfigResolve { BuildEngine = engine, Profiles = [Profile("arch: arm64\n")] };

        task.Cancel();

        Assert.IsFalse(task.Execute());
        Assert.IsFalse(Directory.Exists(Out));
        Assert.IsFalse(File.Exists(DependencyFile));
    }

    [TestMethod]
    public void ResolvesTheSampleProfileIntoTheKernelLayout()
    {
        var engine = new FakeBuildEngine();
        string sample = File.ReadAllText(Path.Combine(Repository.Root, "samples", "vtl2-paravisor", "vtl2-paravisor.yaml"));
        var task = new KconfigResolve { BuildEngine = engine, Profiles = [Profile(sample)] };

        bool succeeded = task.Execute();

        Assert.AreEqual(string.Empty, string.Join("\n", engine.ErrorLines()));
        Assert.IsTrue(succeeded);
        string expected = Path.Combine(Repository.Root, "tests", "Kconfig.Build.Engine.Tests", "Resolution", "Cases", "arm64-vtl2-paravisor", "expected");
        Assert.AreEqual(File.ReadAllText(Path.Combine(expected, ".config")), File.ReadAllText(Path.Combine(Out, ".config")));
        Assert.AreEqual(File.ReadAllText(Path.Combine(expected, "devicetree.dts")), File.ReadAllText(Path.Combine(Out, "devicetree.dts")));
        CollectionAssert.AreEqual(
            new[] { ".config", "include/config/auto.conf", "include/generated/autoconf.h", "defconfig", "devicetree.dts", "devicetree.dtb", "../obj/profile.kconfig.deps" },
            task.FilesWritten.Select(i => Path.GetRelativePath(Out, i.ItemSpec).Replace('\\', '/')).ToArray());
        StringAssert.Contains(File.ReadAllText(DependencyFile), Path.Combine(Repository.SampleTree, "drivers", "hv", "Kconfig") + "\n");
        StringAssert.EndsWith(File.ReadAllText(DependencyFile), "\n#output " + Path.Combine(Out, "devicetree.dts") + "\n#output " + Path.Combine(Out, "devicetree.dtb") + "\n", "the outputs are recorded, so deleting one re-runs the resolution");
    }

    [TestMethod]
    public void ASharedTreeEditedBetweenTwoResolutionsIsParsedAgain()
    {
        // A copy of the sample tree, so the edit touches no other test's tree and the key is this test's alone;
        // dated an hour ago, as a tree written just before a parse is not kept.
        string tree = Path.Combine(_directory, "tree");
        foreach (string file in Directory.GetFiles(Repository.SampleTree, "*", SearchOption.AllDirectories))
        {
            string copy = Path.Combine(tree, Path.GetRelativePath(Repository.SampleTree, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
            File.SetLastWriteTimeUtc(copy, DateTime.UtcNow.AddHours(-1));
        }

        string sample = File.ReadAllText(Path.Combine(Repository.Root, "samples", "vtl2-paravisor", "vtl2-paravisor.yaml"));
        TaskItem item = Profile(sample, tree);
        string reused = "profile: the parsed Kconfig tree of " + tree + " came from this build node's cache (its files, environment and probe results unchanged)";
        var first = new FakeBuildEngine();
        var second = new FakeBuildEngine();
        Assert.IsTrue(new KconfigResolve { BuildEngine = first, Profiles = [item] }.Execute());
        Assert.IsTrue(new KconfigResolve { BuildEngine = second, Profiles = [item] }.Execute());
        CollectionAssert.DoesNotContain(first.MessageTexts(), reused, "parsed for the first resolution");
        CollectionAssert.Contains(second.MessageTexts(), reused, "unchanged: the second resolution shares it");
        Assert.DoesNotContain("CONFIG_BUILD3_ADDED", File.ReadAllText(Path.Combine(Out, ".config")));

        // An edit within the file system's timestamp granularity: the last-write time stays, only the length tells.
        string edited = Path.Combine(tree, "drivers", "hv", "Kconfig");
        DateTime written = File.GetLastWriteTimeUtc(edited);
        File.AppendAllText(edited, "\nconfig BUILD3_ADDED\n\tbool\n\tdefault y\n");
        File.SetLastWriteTimeUtc(edited, written);
        var third = new FakeBuildEngine();
        Assert.IsTrue(new KconfigResolve { BuildEngine = third, Profiles = [item] }.Execute(), string.Join("\n", third.ErrorLines()));

        StringAssert.Contains(File.ReadAllText(Path.Combine(Out, ".config")), "\nCONFIG_BUILD3_ADDED=y\n");
        CollectionAssert.DoesNotContain(third.MessageTexts(), reused, "parsed again after the edit");
    }

    [TestMethod]
    public void SeveralProfilesResolveAndSummariseInItemOrder()
    {
        var engine = new FakeBuildEngine();
        string sample = File.ReadAllText(Path.Combine(Repository.Root, "samples", "vtl2-paravisor", "vtl2-paravisor.yaml"));
        var items = new List<TaskItem>();
        foreach (string name in new[] { "b-second", "a-first", "c-third" })
        {
            string path = Path.Combine(_directory, name + ".yaml");
            File.WriteAllText(path, sample);
            var item = new TaskItem(path);
            item.SetMetadata("SourceDir", Repository.SampleTree);
            item.SetMetadata("OutputPath", Path.Combine(_directory, name));
            item.SetMetadata("ReportFile", Path.Combine(_directory, name, "kconfig-report.json"));
            items.Add(item);
        }

        var task = new KconfigResolve { BuildEngine = engine, Profiles = [.. items], MaxParallelism = 3 };

        Assert.IsTrue(task.Execute(), string.Join("\n", engine.ErrorLines()));
        int symbols = File.ReadAllLines(Path.Combine(_directory, "a-first", ".config")).Count(l => l.StartsWith("CONFIG_", StringComparison.Ordinal) || l.EndsWith(" is not set", StringComparison.Ordinal));
        CollectionAssert.AreEqual(
            new[] { "b-second", "a-first", "c-third" }.Select(n => $"{n}: {symbols} symbols, 9 requests, 0 errors, 0 warnings -> {Path.Combine(_directory, n, ".config")}").ToArray(),
            engine.Messages.Select(m => m.Message).Where(m => m!.Contains(" symbols, ", StringComparison.Ordinal)).ToArray());
        string report = File.ReadAllText(Path.Combine(_directory, "a-first", "kconfig-report.json"));
        StringAssert.StartsWith(report, "{\n  \"profile\": \"" + Path.Combine(_directory, "a-first.yaml") + "\",\n  \"arch\": \"\",\n");
        StringAssert.Contains(report, $"\n  \"symbols\": {symbols},\n  \"requests\": 9,\n");
        StringAssert.Contains(report, "\n    \"" + Path.Combine(_directory, "a-first", "devicetree.dtb") + "\"\n  ],\n  \"inputs\": [\n");
        StringAssert.EndsWith(report, "\n  \"diagnostics\": []\n}\n");
    }

    [TestMethod]
    public void TheDeviceTreeSwitchDecidesWhetherTheStubIsWrittenAndRemovesAnEarlierOne()
    {
        string sample = File.ReadAllText(Path.Combine(Repository.Root, "samples", "vtl2-paravisor", "vtl2-paravisor.yaml"));
        string expected = Path.Combine(Repository.Root, "tests", "Kconfig.Build.Engine.Tests", "Resolution", "Cases", "arm64-vtl2-paravisor", "expected");
        TaskItem item = Profile(sample);
        string dts = Path.Combine(Out, "devicetree.dts");
        string dtb = Path.Combine(Out, "devicetree.dtb");

        Assert.IsTrue(new KconfigResolve { BuildEngine = new FakeBuildEngine(), Profiles = [item] }.Execute());
        Assert.AreEqual(File.ReadAllText(Path.Combine(expected, "devicetree.dts")), File.ReadAllText(dts));
        Assert.IsTrue(File.Exists(dtb));

        item.SetMetadata("DeviceTree", "false");
        var off = new KconfigResolve { BuildEngine = new FakeBuildEngine(), Profiles = [item] };

        Assert.IsTrue(off.Execute());
        Assert.IsFalse(File.Exists(dts), "the switch off removes the stub of the earlier run");
        Assert.IsFalse(File.Exists(dtb));
        CollectionAssert.AreEqual(
            new[] { ".config", "include/config/auto.conf", "include/generated/autoconf.h", "defconfig", "../obj/profile.kconfig.deps" },
            off.FilesWritten.Select(i => Path.GetRelativePath(Out, i.ItemSpec).Replace('\\', '/')).ToArray());
        Assert.AreEqual(File.ReadAllText(Path.Combine(expected, ".config")), File.ReadAllText(Path.Combine(Out, ".config")), "the switch changes no configuration");

        item.SetMetadata("DeviceTree", "true");

        Assert.IsTrue(new KconfigResolve { BuildEngine = new FakeBuildEngine(), Profiles = [item] }.Execute());
        Assert.AreEqual(File.ReadAllText(Path.Combine(expected, "devicetree.dts")), File.ReadAllText(dts));
        Assert.IsTrue(File.Exists(dtb));
    }

    [TestMethod]
    public void TheReportListsEachDiagnosticWithItsLocation()
    {
        TaskItem item = Profile("arch: arm64\nconfig:\n  SMP: y\n");
        item.SetMetadata("ReportFile", Path.Combine(Out, "kconfig-report.json"));
        var engine = new FakeBuildEngine();

        Assert.IsTrue(new KconfigResolve { BuildEngine = engine, Profiles = [item] }.Execute());

        string path = Path.Combine(_directory, "profile.yaml");
        Assert.AreEqual($"{path}(3,3): warning KC3062: SMP is already y in the base configuration: this line changes nothing", string.Join("\n", engine.Warnings.Select(w => $"{w.File}({w.LineNumber},{w.ColumnNumber}): warning {w.Code}: {w.Message}")));
        StringAssert.EndsWith(File.ReadAllText(Path.Combine(Out, "kconfig-report.json")), "  \"diagnostics\": [\n"
            + "    {\n      \"code\": \"KC3062\",\n      \"severity\": \"warning\",\n      \"message\": \"SMP is already y in the base configuration: this line changes nothing\",\n"
            + "      \"file\": \"" + path + "\",\n      \"line\": 3,\n      \"column\": 3\n    }\n  ]\n}\n");
    }
}
