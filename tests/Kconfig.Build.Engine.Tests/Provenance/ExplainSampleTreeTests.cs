using Kconfig.Build.Cli;
using Kconfig.Build.Engine.Provenance;
using Kconfig.Build.Engine.Tests.Resolution;

namespace Kconfig.Build.Engine.Tests.Provenance;

/// <summary><c>kconfig explain</c> on the bundled sample tree: every mechanism, exact output.</summary>
[TestClass]
public sealed class ExplainSampleTreeTests
{
    private const string Common = "config:\n  LOG_BUF_SHIFT: 13\n  SWAP: y\n";

    private const string Profile = "arch: arm64\nextends: [./common.yaml]\nconfig:\n  HYPERV: y\n  PREEMPT: y\n  HYPERV_VTL_MODE: y\n  LOG_BUF_SHIFT: 14\n  SWAP: n\n  NR_CPUS: {range: [2, 32]}\n";

    [TestMethod]
    public void ExplainsEverySymbolOfTheSampleTree()
    {
        using var scratch = new ScratchProfiles();
        scratch.Write("common.yaml", Common);
        string profile = scratch.Write("profile.yaml", Profile);

        (int exit, string stdout, string stderr) = Run("explain", "--all", "--srctree", ResolutionCase.SampleTree, "--profile", profile);

        Assert.AreEqual(0, exit, stderr);
        Assert.AreEqual($"{profile}(9,3): error KC3053: NR_CPUS resolves to 64, outside the requested range [2, 32]\n", stderr);
        Assert.AreEqual(
            """
            LOCALVERSION="-arm64": base: base configuration arch/arm64/configs/defconfig:1
            DEFAULT_HOSTNAME="sample": default: default sample
            LOG_BUF_SHIFT=14: requested: requested as 14 at {P}/profile.yaml:7
            SWAP=n: requested: requested as n at {P}/profile.yaml:8
            PREEMPT_NONE=n: choice: choice "Scheduler preemption" picked PREEMPT
            PREEMPT_VOLUNTARY=n: choice: choice "Scheduler preemption" picked PREEMPT
            PREEMPT=y: requested: requested as y at {P}/profile.yaml:5 (member of choice "Scheduler preemption")
            MODULES=y: base: base configuration arch/arm64/configs/defconfig:3
            MODULE_UNLOAD=y: default: default y [=y] if MODULES [=y]
            SMP=y: default: default y [=y]
            NR_CPUS=64: base: base configuration arch/arm64/configs/defconfig:4 [request at {P}/profile.yaml:9 not taken]
            ARM64=y: default: default y [=y]
            64BIT=y: selected: selected by ARM64 [=y]
            ARM64_4K_PAGES=y: choice: default of choice "Translation granule"
            ARM64_16K_PAGES=n: choice: choice "Translation granule" picked ARM64_4K_PAGES
            ARM64_64K_PAGES=n: choice: choice "Translation granule" picked ARM64_4K_PAGES
            ARM64_PAGE_SHIFT=12: default: default 12
            ARM64_KERNEL_BASE=0x40080000: default: default 0x40080000
            ARCH_SUPPORTS_ACPI=y: selected: selected by ARM64 [=y]
            ARM_AMBA=y: selected: selected by ARM64 [=y]
            HAVE_STATIC_CALL=n: no-prompt: no prompt, and no default or select gives it a value
            PHYS_ADDR_T_64BIT=y: default: default 64BIT [=y]
            ACPI=y: base: base configuration arch/arm64/configs/defconfig:5
            ACPI_DEBUG=n: default: no default applies
            ARM_GIC_V3=y: selected: selected by ARM64 [=y]
            OF=y: selected: selected by ARM64 [=y], selected by HYPERV_VTL_MODE [=y] if (X86_64 || ARM64 [=y]) && HYPERV [=y] && SMP [=y] && ARM64 [=y]
            OF_EARLY_FLATTREE=y: selected: selected by ARM64 [=y]
            OF_UNITTEST=n: default: no default applies
            SERIAL_AMBA_PL011=n: default: no default applies
            HYPERV=y: requested: requested as y at {P}/profile.yaml:4
            HYPERV_VTL_MODE=y: requested: requested as y at {P}/profile.yaml:6
            HYPERV_SELFTEST=n: default: no default applies
            HYPERV_BALLOON=n: default: no default applies
            HYPERV_VMBUS_RING_PAGES=16: default: default 16 if HYPERV [=y]

            """.ReplaceLineEndings("\n"),
            stdout.Replace(scratch.Root, "{P}", StringComparison.Ordinal));
    }

    [TestMethod]
    public void ExplainsOneSymbolWithItsOverriddenLineAndItsSelectors()
    {
        using var scratch = new ScratchProfiles();
        scratch.Write("common.yaml", Common);
        string profile = scratch.Write("profile.yaml", Profile);

        string shift = Run("explain", "CONFIG_LOG_BUF_SHIFT", "--srctree", ResolutionCase.SampleTree, "--profile", profile).Stdout;
        string of = Run("explain", "OF", "--srctree", ResolutionCase.SampleTree, "--profile", profile).Stdout;
        string config = scratch.Write("x86.config", "CONFIG_HYPERV=y\n# CONFIG_SMP is not set\n");
        string hidden = Run("explain", "HYPERV_VTL_MODE", "--srctree", ResolutionCase.SampleTree, "--config", config, "--arch", "x86_64").Stdout;
        string fromFile = Run("explain", "SMP", "--srctree", ResolutionCase.SampleTree, "--config", config, "--arch", "x86_64").Stdout;

        Assert.AreEqual(
            """
            LOG_BUF_SHIFT=14 (int)
              menu: Base system
              origin: requested: requested as 14 at {P}/profile.yaml:7
              request: {P}/profile.yaml:7 (taken)
              overrides: {P}/common.yaml:2

            """.ReplaceLineEndings("\n"),
            shift.Replace(scratch.Root, "{P}", StringComparison.Ordinal));
        Assert.AreEqual(
            """
            OF=y (bool)
              menu: Device drivers
              origin: selected: selected by ARM64 [=y], selected by HYPERV_VTL_MODE [=y] if (X86_64 || ARM64 [=y]) && HYPERV [=y] && SMP [=y] && ARM64 [=y] (arch/arm64/Kconfig:7)
                selected by ARM64 [=y] (arch/arm64/Kconfig:7)
                selected by HYPERV_VTL_MODE [=y] if (X86_64 || ARM64 [=y]) && HYPERV [=y] && SMP [=y] && ARM64 [=y] (drivers/hv/Kconfig:15)

            """.ReplaceLineEndings("\n"),
            of);
        Assert.AreEqual(
            """
            HYPERV_VTL_MODE=n (bool, not written to .config)
              menu: Device drivers > Hyper-V guest support > Hyper-V guest drivers
              origin: not-visible: not visible: depends on (X86_64 [=y] || ARM64) && HYPERV [=y] && SMP [=n] (drivers/hv/Kconfig:11)
                HYPERV_VTL_MODE [=n] depends on (X86_64 [=y] || ARM64) && HYPERV [=y] && SMP [=n] (drivers/hv/Kconfig:11)
                  SMP [=n] can be set by the profile (init/Kconfig:58)

            """.ReplaceLineEndings("\n"),
            hidden);
        Assert.AreEqual($"SMP=n (bool)\n  menu: (top level)\n  origin: base: base configuration {config}:2\n", fromFile);
    }

    [TestMethod]
    public void UnknownSymbolIsKC3602WithExitOne()
    {
        using var scratch = new ScratchProfiles();
        scratch.Write("common.yaml", Common);
        string profile = scratch.Write("profile.yaml", Profile);

        (int exit, string stdout, string stderr) = Run("explain", "HYPERV_VTL_MOD", "--srctree", ResolutionCase.SampleTree, "--profile", profile);

        Assert.AreEqual(1, exit);
        Assert.AreEqual(string.Empty, stdout);
        StringAssert.Contains(stderr, "error KC3602: HYPERV_VTL_MOD is not defined for ARCH=arm64 in ");
    }

    [TestMethod]
    [DataRow(new[] { "explain" }, 2)]
    [DataRow(new[] { "explain", "A", "--all", "--profile", "p.yaml" }, 2)]
    [DataRow(new[] { "explain", "A" }, 2)]
    [DataRow(new[] { "explain", "A", "--profile", "a.yaml", "--config", "b" }, 2)]
    [DataRow(new[] { "explain", "A", "--profile", "a.yaml", "--format", "xml" }, 2)]
    [DataRow(new[] { "explain", "A", "--profile", "/nonexistent/a.yaml" }, 1)]
    [DataRow(new[] { "explain", "A", "--config", "/nonexistent/.config" }, 1)]
    [DataRow(new[] { "diff", "a.yaml" }, 2)]
    [DataRow(new[] { "diff", "a.yaml", "b.yaml", "--bogus" }, 2)]
    [DataRow(new[] { "diff", "/nonexistent/a.yaml", "/nonexistent/b.yaml" }, 1)]
    [DataRow(new[] { "matrix", "a.yaml" }, 2)]
    [DataRow(new[] { "matrix", "--arch", "arm64" }, 2)]
    [DataRow(new[] { "matrix", "a.yaml", "--arch", "arm64", "--jobs", "0" }, 2)]
    public void ExitCodes(string[] args, int expected)
    {
        (int exit, string stdout, string stderr) = Run(args);

        Assert.AreEqual(expected, exit, stdout + "\n" + stderr);
    }

    [TestMethod]
    public void ConfigurationFileNeedsAnArch()
    {
        CaptureResult captured = ResolutionCapture.Capture(new CaptureRequest
        {
            InputPath = Path.Combine(ResolutionCase.SampleTree, "arch", "x86", "configs", "defconfig"),
            SourceTree = ResolutionCase.SampleTree,
        });

        Assert.IsNull(captured.Snapshot);
        Assert.AreEqual("KC3601", captured.Diagnostics.Single().Code);
    }

    internal static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }
}
