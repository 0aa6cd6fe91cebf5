using Kconfig.Build.Engine.Matrix;
using Kconfig.Build.Engine.Tests.Infrastructure;
using Kconfig.Build.Engine.Tests.Provenance;

namespace Kconfig.Build.Engine.Tests.Matrix;

/// <summary>The arch matrix on the real Linux 6.12 tree: the VTL2 family on arm64 and x86_64.</summary>
[TestClass]
public sealed class MatrixRealTreeTests
{
    [TestMethod]
    public void Vtl2FamilyOnArm64AndX86_64()
    {
        using var scratch = new ScratchProfiles();
        string family = scratch.Write("vtl2.yaml", "arch: [arm64, x86_64]\nextends: [hyperv-guest]\nconfig:\n  MODULES: n\n  HYPERV_VTL_MODE: y\n  KVM: {forbid: true}\n");
        string presets = Path.Combine(KernelTree.RepositoryRoot, "templates", "presets");

        MatrixReport report = MatrixRunner.Run(new MatrixRequest
        {
            Profiles = [family],
            Arches = ["arm64", "x86_64"],
            SourceTrees = [KernelTree.SourceDirectory],
            PresetDirectories = [presets],
        });
        string text = MatrixFormat.RenderText(report);

        Assert.IsFalse(report.AllHold);
        Assert.AreEqual(
            """
            requirement                            arm64      x86_64
            hyperv-guest.yaml:6 HYPERV=y           ok         ok
            hyperv-guest.yaml:8 CONNECTOR=y        ok         ok
            hyperv-guest.yaml:9 HYPERV_UTILS=y     ok         ok
            hyperv-guest.yaml:10 HYPERV_BALLOON=y  ok         ok
            hyperv-guest.yaml:11 HYPERV_NET=y      ok         ok
            hyperv-guest.yaml:12 HYPERV_STORAGE=y  ok         ok
            vtl2.yaml:4 MODULES=n                  ok         ok
            vtl2.yaml:5 HYPERV_VTL_MODE=y          not taken  ok
            vtl2.yaml:6 KVM={forbid: true}         ok         ok

            why:
              vtl2.yaml:5 HYPERV_VTL_MODE=y on arm64: not taken (KC3054): not-visible: not visible: depends on X86_64 && HYPERV [=y] && SMP [=y] (drivers/hv/Kconfig:16)

            """.ReplaceLineEndings("\n"),
            text);
        MatrixRow vtl = report.Rows.Single(r => r.Symbol == "HYPERV_VTL_MODE");
        Assert.AreEqual("not taken:n:KC3054|ok:y:", string.Join("|", vtl.Cells.Select(c => $"{MatrixFormat.VerdictName(c.Verdict)}:{c.Value}:{c.Code}")));
        MatrixRow kvm = report.Rows.Single(r => r.Symbol == "KVM");
        Assert.AreEqual("ok:n|ok:n", string.Join("|", kvm.Cells.Select(c => $"{MatrixFormat.VerdictName(c.Verdict)}:{c.Value}")));
    }
}
