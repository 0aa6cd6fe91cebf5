using Kconfig.Build.Cli.Conf;

namespace Kconfig.Build.Engine.Tests.Conformance;

/// <summary>
/// Our own small cases (tests/Kconfig.Build.Engine.Tests/Cases): each run of `kconfig conf`, in-process,
/// must print, exit and leave the object directory exactly as the kernel's conf did when
/// eng/conformance/regenerate-cases.sh recorded it.
/// </summary>
[TestClass]
public sealed class CaseConformanceTests
{
    private static string CasesDirectory => Path.Combine(AppContext.BaseDirectory, "Cases");

    public static IEnumerable<object[]> Runs => ConfRun.ReadAll(CasesDirectory).Select(r => new object[] { r.Case, r.Name });

    [TestMethod]
    [DynamicData(nameof(Runs))]
    public void KconfigConfMatchesKernelConf(string caseName, string runName)
    {
        ConfRun run = ConfRun.ReadAll(CasesDirectory).Single(r => r.Case == caseName && r.Name == runName);
        string caseDirectory = Path.Combine(CasesDirectory, caseName);
        string expectedDirectory = Path.Combine(caseDirectory, "expected", runName);
        var expected = new ConfOutcome(
            File.ReadAllText(Path.Combine(expectedDirectory, "stdout")),
            File.ReadAllText(Path.Combine(expectedDirectory, "stderr")),
            int.Parse(File.ReadAllText(Path.Combine(expectedDirectory, "exit")).Trim(), System.Globalization.CultureInfo.InvariantCulture),
            ConfOutcome.Snapshot(Path.Combine(expectedDirectory, "tree")));

        ConfOutcome actual = RunInProcess(caseDirectory, run);
        ConfOutcome.AssertSame(expected, actual, run.ToString());
    }

    internal static ConfOutcome RunInProcess(string caseDirectory, ConfRun run)
    {
        string objectDirectory = Directory.CreateTempSubdirectory("kconfig-case-").FullName;
        try
        {
            string inputs = Path.Combine(caseDirectory, "inputs");
            if (Directory.Exists(inputs))
            {
                CopyTree(inputs, objectDirectory);
            }

            var environment = new Dictionary<string, string>(run.Environment, StringComparer.Ordinal)
            {
                ["srctree"] = caseDirectory,
            };
            var stdout = new StringWriter { NewLine = "\n" };
            var stderr = new StringWriter { NewLine = "\n" };
            TextReader stdin = run.StdinFile is null ? TextReader.Null : new StringReader(File.ReadAllText(Path.Combine(inputs, run.StdinFile)));
            int exit = ConfCommand.Run(run.Arguments, environment, objectDirectory, stdin, stdout, stderr);
            return new ConfOutcome(stdout.ToString(), stderr.ToString(), exit, ConfOutcome.Snapshot(objectDirectory));
        }
        finally
        {
            Directory.Delete(objectDirectory, recursive: true);
        }
    }

    private static void CopyTree(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
