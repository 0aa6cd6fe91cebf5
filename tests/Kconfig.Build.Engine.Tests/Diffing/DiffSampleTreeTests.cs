using System.Text.Json;
using Kconfig.Build.Engine.Tests.Provenance;
using Kconfig.Build.Engine.Tests.Resolution;

namespace Kconfig.Build.Engine.Tests.Diffing;

/// <summary><c>kconfig diff</c> on the sample tree: a configuration file against a profile, exact output.</summary>
[TestClass]
public sealed class DiffSampleTreeTests
{
    private const string Profile = "arch: arm64\nconfig:\n  HYPERV: y\n  PREEMPT: y\n  HYPERV_VTL_MODE: y\n  LOG_BUF_SHIFT: 14\n  SWAP: n\n";

    private static string Defconfig => Path.Combine(ResolutionCase.SampleTree, "arch", "arm64", "configs", "defconfig");

    [TestMethod]
    public void ConfigFileAgainstProfileNamesTheCauseOfEveryChange()
    {
        using var scratch = new ScratchProfiles();
        string profile = scratch.Write("profile.yaml", Profile);

        (int exit, string stdout, string stderr) = ExplainSampleTreeTests.Run("diff", Defconfig, profile, "--srctree", ResolutionCase.SampleTree, "--arch", "arm64");

        Assert.AreEqual(0, exit, stderr);
        Assert.AreEqual(string.Empty, stderr);
        Assert.AreEqual(
            """
            Base system
              LOG_BUF_SHIFT: 17 -> 14
                  now: requested: requested as 14 at {P}/profile.yaml:6
                  was: default: default 17 (init/Kconfig:17)
              SWAP: y -> n
                  now: requested: requested as n at {P}/profile.yaml:7
                  was: default: default y [=y] (init/Kconfig:23)
            Base system > Scheduler preemption
              PREEMPT_VOLUNTARY: y -> n
                  now: choice: choice "Scheduler preemption" picked PREEMPT (init/Kconfig:25)
                  was: base: base configuration arch/arm64/configs/defconfig:2 (member of choice "Scheduler preemption")
              PREEMPT: n -> y
                  now: requested: requested as y at {P}/profile.yaml:4 (member of choice "Scheduler preemption")
                  was: choice: choice "Scheduler preemption" picked PREEMPT_VOLUNTARY (init/Kconfig:25)
            Device drivers > Hyper-V guest support
              HYPERV: n -> y
                  now: requested: requested as y at {P}/profile.yaml:3
                  was: default: no default applies (drivers/hv/Kconfig:5)
            Device drivers > Hyper-V guest support > Hyper-V guest drivers
              HYPERV_VTL_MODE: (unset) -> y
                  now: requested: requested as y at {P}/profile.yaml:5
                  was: not-visible: not visible: depends on (X86_64 || ARM64 [=y]) && HYPERV [=n] && SMP [=y] (drivers/hv/Kconfig:11)
              HYPERV_SELFTEST: (unset) -> n
                  now: default: no default applies (drivers/hv/Kconfig:21)
                  was: not-visible: not visible: depends on HYPERV [=n] (drivers/hv/Kconfig:21)
              HYPERV_BALLOON: (unset) -> n
                  now: default: no default applies (drivers/hv/Kconfig:29)
                  was: not-visible: not visible: depends on HYPERV [=n] (drivers/hv/Kconfig:29)
              HYPERV_VMBUS_RING_PAGES: (unset) -> 16
                  now: default: default 16 if HYPERV [=y] (drivers/hv/Kconfig:37)
                  was: not-visible: not visible: depends on HYPERV [=n] (drivers/hv/Kconfig:33)
            9 symbols changed

            """.ReplaceLineEndings("\n"),
            stdout.Replace(scratch.Root, "{P}", StringComparison.Ordinal));
    }

    [TestMethod]
    public void TwoProfilesAsJsonAndSymbolsOnlyOneSideWrites()
    {
        using var scratch = new ScratchProfiles();
        string a = scratch.Write("a.yaml", "arch: x86_64\nconfig:\n  SMP: n\n");
        string b = scratch.Write("b.yaml", "arch: x86_64\nconfig:\n  SMP: y\n  NR_CPUS: 16\n");

        (int exit, string stdout, string stderr) = ExplainSampleTreeTests.Run("diff", a, b, "--srctree", ResolutionCase.SampleTree, "--format", "json");

        Assert.AreEqual(0, exit, stderr);
        using JsonDocument json = JsonDocument.Parse(stdout);
        Assert.AreEqual(2, json.RootElement.GetProperty("changed").GetInt32());
        string groups = string.Join(
            "\n",
            json.RootElement.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("changes").EnumerateArray().Select(c =>
                $"{g.GetProperty("menu").GetString()} | {c.GetProperty("symbol").GetString()} {c.GetProperty("old")} -> {c.GetProperty("new")} | {c.GetProperty("now").GetProperty("kind").GetString()}: {c.GetProperty("now").GetProperty("text").GetString()}")));
        Assert.AreEqual(
            " | SMP n -> y | requested: requested as y at {P}/b.yaml:3\n"
            + "Support more than one processor | NR_CPUS  -> 16 | requested: requested as 16 at {P}/b.yaml:4",
            groups.Replace(scratch.Root, "{P}", StringComparison.Ordinal));
    }

    [TestMethod]
    public void ASideThatDoesNotResolveIsKC3603()
    {
        using var scratch = new ScratchProfiles();
        string bad = scratch.Write("bad.yaml", "arch: arm64\nconfig:\n  NO_SUCH_SYMBOL: y\n");

        (int exit, string stdout, string stderr) = ExplainSampleTreeTests.Run("diff", Defconfig, bad, "--srctree", ResolutionCase.SampleTree, "--arch", "arm64");

        Assert.AreEqual(1, exit);
        Assert.AreEqual(string.Empty, stdout);
        StringAssert.Contains(stderr, $"{bad}(3,3): error KC3050: unknown symbol NO_SUCH_SYMBOL");
        StringAssert.Contains(stderr, $"error KC3603: B ({bad}) did not resolve: nothing to compare\n");
    }
}
