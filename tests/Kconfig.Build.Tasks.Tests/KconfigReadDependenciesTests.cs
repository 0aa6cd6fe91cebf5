using Microsoft.Build.Utilities;

namespace Kconfig.Build.Tasks.Tests;

[TestClass]
public sealed class KconfigReadDependenciesTests
{
    // A name no machine sets, so the test owns its value.
    private const string Variable = "KCONFIG_BUILD_TASKS_TESTS_VARIABLE";

    private string _directory = string.Empty;

    [TestInitialize]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), "kconfig-deps-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_directory);
    }

    [TestCleanup]
    public void DeleteDirectory()
    {
        System.Environment.SetEnvironmentVariable(Variable, null);
        Directory.Delete(_directory, recursive: true);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private (bool Succeeded, KconfigReadDependencies Task) Run(params string[] dependencyFiles)
    {
        var task = new KconfigReadDependencies { BuildEngine = new FakeBuildEngine(), DependencyFiles = [.. dependencyFiles.Select(f => new TaskItem(f))] };
        return (task.Execute(), task);
    }

    [TestMethod]
    public void RecordedFilesOfEveryProfileBecomeOneSortedList()
    {
        string kconfig = Write("Kconfig", "");
        string profile = Write("profile.yaml", "");
        string first = Write("a.deps", profile + "\n" + kconfig + "\n");
        string second = Write("b.deps", kconfig + "\n");

        (bool succeeded, KconfigReadDependencies task) = Run(first, second, Path.Combine(_directory, "not-yet.deps"));

        Assert.IsTrue(succeeded);
        Assert.IsFalse(task.OutOfDate);
        CollectionAssert.AreEqual(new[] { kconfig, profile }, task.Dependencies.Select(i => i.ItemSpec).ToArray());
    }

    [TestMethod]
    [DataRow("value", "value", false)]
    [DataRow("value", "other", true)]
    [DataRow(null, null, false)]
    [DataRow(null, "value", true)]
    [DataRow("value", null, true)]
    public void ARecordedEnvironmentVariableThatChangedMakesTheResolutionOutOfDate(string? recorded, string? now, bool outOfDate)
    {
        string deps = Write("p.deps", DependencyFile.EnvironmentLine(Variable, recorded) + "\n");
        System.Environment.SetEnvironmentVariable(Variable, now);

        (bool succeeded, KconfigReadDependencies task) = Run(deps);

        Assert.IsTrue(succeeded);
        Assert.AreEqual(outOfDate, task.OutOfDate);
        Assert.IsEmpty(task.Dependencies);
    }

    [TestMethod]
    public void ARecordedFileThatWasDeletedMakesTheResolutionOutOfDate()
    {
        string gone = Path.Combine(_directory, "Kconfig.gone");
        string deps = Write("p.deps", gone + "\n");

        (bool succeeded, KconfigReadDependencies task) = Run(deps);

        Assert.IsTrue(succeeded);
        Assert.IsTrue(task.OutOfDate);
    }

    [TestMethod]
    public void ARecordedOutputThatWasDeletedMakesTheResolutionOutOfDateWithoutBeingAnInput()
    {
        string stub = Write("devicetree.dtb", "");
        string deps = Write("p.deps", DependencyFile.OutputPrefix + stub + "\n");

        (bool succeeded, KconfigReadDependencies present) = Run(deps);

        Assert.IsTrue(succeeded);
        Assert.IsFalse(present.OutOfDate);
        Assert.IsEmpty(present.Dependencies, "an output is not an input");

        File.Delete(stub);
        (_, KconfigReadDependencies deleted) = Run(deps);

        Assert.IsTrue(deleted.OutOfDate);
    }
}
