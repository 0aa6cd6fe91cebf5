using System.Text.Json;
using Kconfig.Build.Engine.Matrix;
using Kconfig.Build.Engine.Tests.Provenance;
using Kconfig.Build.Engine.Tests.Resolution;

namespace Kconfig.Build.Engine.Tests.Matrix;

/// <summary><c>kconfig matrix</c> on the sample tree: every verdict, exact table.</summary>
[TestClass]
public sealed class MatrixSampleTreeTests
{
    private const string Family = "arch: [arm64, x86_64]\nconfig:\n  HYPERV: y\n  SMP: y\n  OF: {forbid: true}\n  NR_CPUS: {range: [2, 32]}\n  HYPERV_VTL_MODE: {prefer: y}\nwhen:\n  - if: {arch: x86_64}\n    config: {HYPERVISOR_GUEST: n}\n  - if: {arch: arm64}\n    config: {ARM64_64K_PAGES: y}\n";

    private const string X86Only = "arch: [arm64, x86_64]\nconfig:\n  HYPERVISOR_GUEST: y\n";

    [TestMethod]
    public void TableOfEveryRequestPerArchWithTheShortWhy()
    {
        using var scratch = new ScratchProfiles();
        string family = scratch.Write("family.yaml", Family);
        string x86 = scratch.Write("x86only.yaml", X86Only);

        (int exit, string stdout, string stderr) = ExplainSampleTreeTests.Run("matrix", family, x86, "--arch", "arm64,x86_64", "--srctree", ResolutionCase.SampleTree);

        Assert.AreEqual(1, exit, stderr);
        Assert.AreEqual(
            """
            requirement                                arm64           x86_64
            family.yaml:3 HYPERV=y                     ok              not taken
            family.yaml:4 SMP=y                        redundant       redundant
            family.yaml:5 OF={forbid: true}            forbidden       ok
            family.yaml:6 NR_CPUS={range: [2, 32]}     out of range    out of range
            family.yaml:7 HYPERV_VTL_MODE={prefer: y}  ok              prefer lost
            family.yaml:10 HYPERVISOR_GUEST=n (when)   inactive        ok
            family.yaml:12 ARM64_64K_PAGES=y (when)    ok              inactive
            x86only.yaml:3 HYPERVISOR_GUEST=y          unknown symbol  redundant

            why:
              family.yaml:3 HYPERV=y on x86_64: not taken (KC3054): not-visible: not visible: depends on X86 [=y] && HYPERVISOR_GUEST [=n] || ARM64 (drivers/hv/Kconfig:5)
              family.yaml:5 OF={forbid: true} on arm64: forbidden (KC3064): selected: selected by ARM64 [=y], selected by HYPERV_VTL_MODE [=y] if (X86_64 || ARM64 [=y]) && HYPERV [=y] && SMP [=y] && ARM64 [=y] (arch/arm64/Kconfig:7)
              family.yaml:6 NR_CPUS={range: [2, 32]} on arm64: out of range (KC3053): base: base configuration arch/arm64/configs/defconfig:4
              family.yaml:6 NR_CPUS={range: [2, 32]} on x86_64: out of range (KC3053): default: default 256 if SMP [=y] && 64BIT [=y] (init/Kconfig:66)
              family.yaml:7 HYPERV_VTL_MODE={prefer: y} on x86_64: prefer lost (KC3061): not-visible: not visible: depends on (X86_64 [=y] || ARM64) && HYPERV [=n] && SMP [=y] (drivers/hv/Kconfig:11)
              x86only.yaml:3 HYPERVISOR_GUEST=y on arm64: unknown symbol (KC3065): HYPERVISOR_GUEST is not defined for ARCH=arm64: it exists only for ARCH=x86 (arch/x86/Kconfig:22); request it under 'when: {if: {arch: ...}}'

            """.ReplaceLineEndings("\n"),
            stdout);
    }

    [TestMethod]
    public void JsonCarriesVerdictValueCodeAndWhyPerCell()
    {
        using var scratch = new ScratchProfiles();
        string family = scratch.Write("family.yaml", Family);

        (int exit, string stdout, _) = ExplainSampleTreeTests.Run("matrix", family, "--arch", "arm64,x86_64", "--srctree", ResolutionCase.SampleTree, "--format", "json", "--jobs", "1");

        Assert.AreEqual(1, exit);
        using JsonDocument json = JsonDocument.Parse(stdout);
        Assert.IsFalse(json.RootElement.GetProperty("allHold").GetBoolean());
        Assert.AreEqual("arm64,x86_64", string.Join(",", json.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("label").GetString())));
        JsonElement hyperv = json.RootElement.GetProperty("rows")[0];
        Assert.AreEqual("HYPERV", hyperv.GetProperty("symbol").GetString());
        Assert.AreEqual(family + ":3", hyperv.GetProperty("at").GetString());
        Assert.AreEqual(
            "ok|y||;not taken|n|KC3054|not-visible: not visible: depends on X86 [=y] && HYPERVISOR_GUEST [=n] || ARM64 (drivers/hv/Kconfig:5)",
            string.Join(";", hyperv.GetProperty("cells").EnumerateArray().Select(c =>
                $"{c.GetProperty("verdict").GetString()}|{c.GetProperty("value").GetString()}|{(c.TryGetProperty("code", out JsonElement code) ? code.GetString() : string.Empty)}|{c.GetProperty("why").GetString()}")));
    }

    [TestMethod]
    public void AllHoldWhenEveryRequestTakesOnEveryArch()
    {
        using var scratch = new ScratchProfiles();
        string profile = scratch.Write("ok.yaml", "config:\n  HYPERV: m\n  LOG_BUF_SHIFT: 15\n");

        MatrixReport report = MatrixRunner.Run(new MatrixRequest
        {
            Profiles = [profile],
            Arches = ["arm64", "x86_64"],
            SourceTrees = [ResolutionCase.SampleTree],
        });

        Assert.IsTrue(report.AllHold);
        Assert.AreEqual("HYPERV:ok,ok;LOG_BUF_SHIFT:ok,ok", string.Join(";", report.Rows.Select(r => r.Symbol + ":" + string.Join(",", r.Cells.Select(c => MatrixFormat.VerdictName(c.Verdict))))));
    }

    [TestMethod]
    public void SeveralTreesAreColumnsNamedByTreeAndArch()
    {
        using var scratch = new ScratchProfiles();
        string copy = Path.Combine(scratch.Root, "patched");
        foreach (string file in Directory.GetFiles(ResolutionCase.SampleTree, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(copy, Path.GetRelativePath(ResolutionCase.SampleTree, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        // The copy lets HYPERV_VTL_MODE stand without SMP, as a patched tree would.
        string hv = Path.Combine(copy, "drivers", "hv", "Kconfig");
        File.WriteAllText(hv, File.ReadAllText(hv).Replace("\tdepends on SMP\n", string.Empty, StringComparison.Ordinal));
        string profile = scratch.Write("vtl.yaml", "config:\n  SMP: n\n  HYPERV: y\n  HYPERV_VTL_MODE: y\n");

        MatrixReport report = MatrixRunner.Run(new MatrixRequest
        {
            Profiles = [profile],
            Arches = ["x86_64"],
            SourceTrees = [ResolutionCase.SampleTree, copy],
        });

        Assert.AreEqual("sample-tree:x86_64,patched:x86_64", string.Join(",", report.Columns.Select(c => c.Label)));
        Assert.AreEqual(
            "SMP:ok,ok;HYPERV:ok,ok;HYPERV_VTL_MODE:not taken,ok",
            string.Join(";", report.Rows.Select(r => r.Symbol + ":" + string.Join(",", r.Cells.Select(c => MatrixFormat.VerdictName(c.Verdict))))));
    }
}
