using Kconfig.Build.Engine.Diffing;
using Kconfig.Build.Engine.Provenance;
using Kconfig.Build.Engine.Tests.Infrastructure;
using Kconfig.Build.Engine.Tests.Provenance;

namespace Kconfig.Build.Engine.Tests.Diffing;

/// <summary>The attributed diff on the real Linux 6.12 tree.</summary>
[TestClass]
public sealed class DiffRealTreeTests
{
    private static string Presets => Path.Combine(KernelTree.RepositoryRoot, "templates", "presets");

    [TestMethod]
    public void Arm64DefconfigAgainstTheVtl2PresetNamesTheRequests()
    {
        string defconfig = Path.Combine(KernelTree.SourceDirectory, "arch", "arm64", "configs", "defconfig");
        string preset = Path.Combine(Presets, "arm64-vtl2-paravisor.yaml");
        string guest = Path.Combine(Presets, "hyperv-guest.yaml");

        (int exit, string stdout, string stderr) = ExplainSampleTreeTests.Run("diff", defconfig, preset, "--arch", "arm64", "--srctree", KernelTree.SourceDirectory, "--preset-dir", Presets);

        Assert.AreEqual(0, exit, stderr);
        StringAssert.StartsWith(stdout, $"General setup\n  LOCALVERSION: \"\" -> \"-vtl2\"\n      now: requested: requested as -vtl2 at {preset}:10\n      was: default: no default applies (init/Kconfig:233)\n");
        StringAssert.Contains(stdout, $"\nKernel Features\n  NR_CPUS: 512 -> 64\n      now: requested: requested as 64 at {preset}:9\n      was: default: default 512 (arch/arm64/Kconfig:1584)\n");
        StringAssert.Contains(stdout, $"\n  MODULES: y -> n\n      now: requested: requested as n at {preset}:8\n      was: base: base configuration arch/arm64/configs/defconfig:120\n");
        StringAssert.Contains(stdout, $"\n  HYPERV: n -> y\n      now: requested: requested as y at {guest}:6\n      was: default: no default applies (drivers/hv/Kconfig:5)\n");
    }

    [TestMethod]
    public void X86_64ProfilesDifferOnlyWhereTheRequestsAndTheirConsequencesDo()
    {
        using var scratch = new ScratchProfiles();
        string a = scratch.Write("a.yaml", "arch: x86_64\nextends: [x86_64-vtl2-paravisor]\n");
        string b = scratch.Write("b.yaml", "arch: x86_64\nextends: [x86_64-vtl2-paravisor]\nconfig:\n  NR_CPUS: 128\n  HYPERV_VTL_MODE: n\n");
        var cache = new SharedTreeCache();
        CaptureResult left = ResolutionCapture.Capture(new CaptureRequest { InputPath = a, SourceTree = KernelTree.SourceDirectory, PresetDirectories = [Presets], TreeCache = cache });
        CaptureResult right = ResolutionCapture.Capture(new CaptureRequest { InputPath = b, SourceTree = KernelTree.SourceDirectory, PresetDirectories = [Presets], TreeCache = cache });

        ConfigDiff diff = ConfigDiffer.Compare(left.Snapshot!, right.Snapshot!);

        Assert.AreEqual(1, cache.Count);
        Assert.AreSame(left.Snapshot!.Model, right.Snapshot!.Model);
        Assert.AreEqual(
            $"Processor type and features | NR_CPUS 64 -> 128 | requested as 128 at {b}:4\n"
            + $"Device Drivers > Microsoft Hyper-V guest support > Microsoft Hyper-V client drivers | HYPERV_VTL_MODE y -> n | requested as n at {b}:5",
            string.Join("\n", diff.Groups.SelectMany(g => g.Changes.Select(c => $"{g.MenuPath} | {c.Name} {c.OldValue} -> {c.NewValue} | {c.New!.Origin.Text}"))));
    }
}
