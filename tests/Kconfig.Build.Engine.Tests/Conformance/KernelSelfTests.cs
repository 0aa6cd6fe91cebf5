using Kconfig.Build.Cli.Conf;
using Kconfig.Build.Engine.Tests.Infrastructure;

namespace Kconfig.Build.Engine.Tests.Conformance;

/// <summary>
/// The kernel's own scripts/kconfig/tests, read from the installed 6.12 tree at test time (they are GPL
/// and never copied here), run against `kconfig conf` in-process the way their conftest.py runs conf:
/// a temporary object directory, srctree at the test, KCONFIG_DEFCONFIG_LIST empty, and for the
/// interactive modes the given keys followed by empty answers.
/// </summary>
[TestClass]
public sealed class KernelSelfTests
{
    private static string TestsDirectory => Path.Combine(KernelTree.SourceDirectory, "scripts", "kconfig", "tests");

    [TestMethod]
    [DataRow("auto_submenu", "--oldaskconfig", null, null, 0, "stdout_contains", "expected_stdout")]
    [DataRow("choice", "--oldaskconfig", null, null, 0, "stdout_contains", "oldask0_expected_stdout")]
    [DataRow("choice", "--allyesconfig", null, null, 0, "config_contains", "allyes_expected_config")]
    [DataRow("choice", "--allmodconfig", null, null, 0, "config_contains", "allmod_expected_config")]
    [DataRow("choice", "--allnoconfig", null, null, 0, "config_contains", "allno_expected_config")]
    [DataRow("choice", "--alldefconfig", null, null, 0, "config_contains", "alldef_expected_config")]
    [DataRow("err_recursive_dep", "--oldaskconfig", null, null, 1, "stderr_contains", "expected_stderr")]
    [DataRow("err_recursive_inc", "--oldaskconfig", null, null, 1, "stderr_contains", "expected_stderr")]
    [DataRow("new_choice_with_dep", "--oldconfig", "config", "y", 0, "stdout_contains", "expected_stdout")]
    [DataRow("no_write_if_dep_unmet", "--oldaskconfig", "config", "n", 0, "config_matches", "expected_config")]
    [DataRow("preprocess/builtin_func", "--oldaskconfig", null, null, 0, "stdout_contains", "expected_stdout")]
    [DataRow("preprocess/builtin_func", "--oldaskconfig", null, null, 0, "stderr_matches", "expected_stderr")]
    [DataRow("preprocess/circular_expansion", "--oldaskconfig", null, null, 1, "stderr_matches", "expected_stderr")]
    [DataRow("preprocess/escape", "--oldaskconfig", null, null, 0, "stderr_matches", "expected_stderr")]
    [DataRow("preprocess/variable", "--oldaskconfig", null, null, 0, "stderr_matches", "expected_stderr")]
    public void KernelTestPasses(string test, string mode, string? dotConfig, string? keys, int exitCode, string check, string expectedFile)
    {
        string directory = Path.Combine(TestsDirectory, test);
        Result result = Run(directory, mode, dotConfig, keys, interactive: mode is "--oldaskconfig" or "--oldconfig", seed: null);

        Assert.AreEqual(exitCode, result.ExitCode, result.Stderr);
        string expected = File.ReadAllText(Path.Combine(directory, expectedFile));
        string actual = check.StartsWith("stdout", StringComparison.Ordinal) ? result.Stdout
            : check.StartsWith("stderr", StringComparison.Ordinal) ? result.Stderr
            : result.Config ?? string.Empty;
        if (check.EndsWith("_contains", StringComparison.Ordinal))
        {
            Assert.Contains(expected, actual);
        }
        else
        {
            ConfOutcome.AssertText(expected, actual, $"{test} {check}");
        }
    }

    [TestMethod]
    [DataRow("choice_randomize", 100, true)]
    [DataRow("choice_randomize2", 20, false)]
    public void RandconfigYieldsOnlyAndAllExpectedChoicePatterns(string test, int seeds, bool allPatternsRequired)
    {
        string directory = Path.Combine(TestsDirectory, test);
        string[] patterns = Enumerable.Range(0, 3).Select(i => File.ReadAllText(Path.Combine(directory, $"expected_config{i}"))).ToArray();
        var seen = new HashSet<int>();
        for (int seed = 0; seed < seeds && seen.Count < 3; seed++)
        {
            Result result = Run(directory, "--randconfig", null, null, interactive: false, seed: seed);
            Assert.AreEqual(0, result.ExitCode, result.Stderr);
            int match = Array.IndexOf(patterns, result.Config);
            Assert.IsGreaterThanOrEqualTo(0, match, $"seed {seed}: unexpected config\n{result.Config}");
            seen.Add(match);
        }

        if (allPatternsRequired)
        {
            Assert.HasCount(3, seen);
        }
    }

    private sealed record Result(int ExitCode, string Stdout, string Stderr, string? Config);

    private static Result Run(string testDirectory, string mode, string? dotConfig, string? keys, bool interactive, int? seed)
    {
        string objectDirectory = Directory.CreateTempSubdirectory("kconfig-selftest-").FullName;
        try
        {
            if (dotConfig is not null)
            {
                File.Copy(Path.Combine(testDirectory, dotConfig), Path.Combine(objectDirectory, ".config"));
            }

            var environment = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["srctree"] = testDirectory,
                ["KCONFIG_DEFCONFIG_LIST"] = string.Empty,
                ["PATH"] = System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin",
            };
            if (seed is { } s)
            {
                environment["KCONFIG_SEED"] = "0x" + s.ToString("x", System.Globalization.CultureInfo.InvariantCulture);
            }

            // conftest.py keeps writing newlines while conf runs: plenty of empty answers after the keys.
            string input = (keys ?? string.Empty) + (interactive ? new string('\n', 4096) : string.Empty);
            var stdout = new StringWriter { NewLine = "\n" };
            var stderr = new StringWriter { NewLine = "\n" };
            int exit = ConfCommand.Run(new[] { mode, "Kconfig" }, environment, objectDirectory, new StringReader(input), stdout, stderr);
            string configPath = Path.Combine(objectDirectory, ".config");
            string? config = exit == 0 && File.Exists(configPath) ? File.ReadAllText(configPath) : null;
            return new Result(exit, stdout.ToString(), stderr.ToString(), config);
        }
        finally
        {
            Directory.Delete(objectDirectory, recursive: true);
        }
    }
}
