using System.Globalization;
using Kconfig.Build.Engine.Tests.Infrastructure;

namespace Kconfig.Build.Engine.Tests.Differential;

/// <summary>
/// Random small Kconfig trees and .config files (RandomKconfigTree), conf against <c>kconfig conf</c> in
/// every mode (DifferentialCase). CI runs a fixed batch; eng/diff/run.sh runs any seed and count through
/// KCONFIG_DIFF_SEED / KCONFIG_DIFF_COUNT and keeps failing cases in KCONFIG_DIFF_KEEP, which become
/// regression cases under Differential/Cases (replayed against the live conf by RegressionCaseMatchesConf).
/// </summary>
[TestClass]
public sealed class DifferentialTests
{
    private const int CiSeed = 20261125;
    private const int CiCount = 300;

    private static string CasesDirectory => Path.Combine(KernelTree.RepositoryRoot, "tests", "Kconfig.Build.Engine.Tests", "Differential", "Cases");

    public static IEnumerable<object[]> RegressionCases => Directory.Exists(CasesDirectory)
        ? Directory.GetDirectories(CasesDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(n => new object[] { n! })
        : Array.Empty<object[]>();

    [TestMethod]
    public void RandomTreesMatchConfInEveryMode()
    {
        int seed = Setting("KCONFIG_DIFF_SEED", CiSeed);
        int count = Setting("KCONFIG_DIFF_COUNT", CiCount);
        int start = Setting("KCONFIG_DIFF_START", 0);
        string? keep = System.Environment.GetEnvironmentVariable("KCONFIG_DIFF_KEEP");

        // A long batch is silent until it ends (the runner captures stdout), so progress goes to a file.
        string? progress = System.Environment.GetEnvironmentVariable("KCONFIG_DIFF_PROGRESS");
        var failures = new List<string>();
        int undefined = 0;
        for (int index = start; index < start + count; index++)
        {
            if (progress is { Length: > 0 } && (index - start) % 100 == 0)
            {
                File.AppendAllText(progress, string.Create(CultureInfo.InvariantCulture, $"case {index}, {failures.Count} different so far\n"));
            }

            var tree = RandomKconfigTree.Generate(seed, index);
            string? difference = DifferentialCase.Compare(tree.Kconfig, tree.Config, out bool confUndefined);
            undefined += confUndefined ? 1 : 0;
            if (difference is null)
            {
                continue;
            }

            string name = $"seed{seed}-case{index}";
            failures.Add($"{name}: {difference}\n--- Kconfig\n{tree.Kconfig}--- .config\n{tree.Config}");
            if (keep is { Length: > 0 })
            {
                DifferentialCase.Keep(keep, name, tree.Kconfig, tree.Config, difference);
            }
        }

        Console.WriteLine($"differential: seed {seed}, cases {start}..{start + count - 1} ({count}), {failures.Count} different, {undefined} where conf itself is undefined");
        Assert.AreEqual(0, failures.Count, $"{failures.Count} of {count} cases differ; first:\n{failures.FirstOrDefault()}");
    }

    [TestMethod]
    [DynamicData(nameof(RegressionCases))]
    public void RegressionCaseMatchesConf(string name)
    {
        string directory = Path.Combine(CasesDirectory, name);
        string? difference = DifferentialCase.Compare(
            File.ReadAllText(Path.Combine(directory, "Kconfig")),
            File.ReadAllText(Path.Combine(directory, "config")),
            out bool confUndefined);
        Assert.IsFalse(confUndefined, "conf is undefined on this case: it cannot be a regression case");
        Assert.IsNull(difference, difference);
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(System.Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : fallback;
}
