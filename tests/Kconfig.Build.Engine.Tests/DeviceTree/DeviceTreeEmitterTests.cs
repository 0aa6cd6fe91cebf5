using Kconfig.Build.Engine.DeviceTree;
using Kconfig.Build.Engine.Diagnostics;

namespace Kconfig.Build.Engine.Tests.DeviceTree;

[TestClass]
public sealed class DeviceTreeEmitterTests
{
    private const string Minimal = """
        devicetree:
          emit: EMIT
          outputs: [dts]
          cpus: { count: 1 }
          memory:
            - { base: 0x0, size: 1GiB }
        """;

    [TestMethod]
    [DataRow("auto", "OF=y", true)]
    [DataRow("auto", "OF=", false)]
    [DataRow("auto", "OF=n", false)]
    [DataRow("never", "OF=y", false)]
    [DataRow("always", "OF=y", true)]
    public void EmitFollowsTheModeAndConfigOf(string mode, string of, bool emitted)
    {
        DeviceTreeEmission emission = DeviceTreeEmitter.Emit(
            DeviceTreeTestInput.Section(Minimal.Replace("EMIT", mode, StringComparison.Ordinal)),
            DeviceTreeTestInput.File,
            DeviceTreeTestInput.Config(DeviceTreeTestInput.Arm64Vtl2, of));
        Assert.AreEqual(0, emission.Diagnostics.Count, string.Join("\n", emission.Diagnostics));
        Assert.AreEqual(emitted, emission.Emitted);
        Assert.AreEqual(emitted, emission.Dts is not null);
        Assert.IsNull(emission.Dtb, "outputs: [dts] asks for no blob");
    }

    [TestMethod]
    public void EmitAlwaysWithoutOfIsAnError()
    {
        DeviceTreeEmission emission = DeviceTreeEmitter.Emit(
            DeviceTreeTestInput.Section(Minimal.Replace("EMIT", "always", StringComparison.Ordinal)),
            DeviceTreeTestInput.File,
            DeviceTreeTestInput.Config(DeviceTreeTestInput.X86Vtl2, "OF="));
        Assert.AreEqual("KC4101@2:3", string.Join(", ", DeviceTreeBuilderTests.Located(emission.Diagnostics, DiagnosticSeverity.Error)));
        Assert.IsFalse(emission.Emitted);
        Assert.IsNull(emission.Dts);
    }

    [TestMethod]
    public void SchemaErrorsComeBackWithoutOutput()
    {
        DeviceTreeEmission emission = DeviceTreeEmitter.Emit(
            DeviceTreeTestInput.Section(Minimal.Replace("EMIT", "sometimes", StringComparison.Ordinal)),
            DeviceTreeTestInput.File,
            DeviceTreeTestInput.Config(DeviceTreeTestInput.Arm64Vtl2));
        Assert.AreEqual("KC4003@2:9", string.Join(", ", DeviceTreeBuilderTests.Located(emission.Diagnostics, DiagnosticSeverity.Error)));
        Assert.IsNull(emission.Dts);
    }

    [TestMethod]
    public void BlobOver2MiBIsRejectedOnArm64()
    {
        const string Yaml = """
            devicetree:
              cpus: { count: 25000 }
              memory:
                - { base: 0x0, size: 1GiB }
              gic: { redistributors: 0x10_0000_0000 }
            """;
        DeviceTreeEmission emission = DeviceTreeEmitter.Emit(
            DeviceTreeTestInput.Section(Yaml),
            DeviceTreeTestInput.File,
            DeviceTreeTestInput.Config(DeviceTreeTestInput.Arm64Vtl2, "NR_CPUS="));
        Assert.AreEqual("KC4204@2:3", string.Join(", ", DeviceTreeBuilderTests.Located(emission.Diagnostics, DiagnosticSeverity.Error)));
        Assert.IsNull(emission.Dtb);
        Assert.IsNull(emission.Dts);
    }

    [TestMethod]
    public void UnwritableOutputIsADiagnosticAndNothingIsWritten()
    {
        DeviceTreeEmission emission = DeviceTreeEmitter.Emit(
            DeviceTreeTestInput.Section(Minimal.Replace("EMIT", "auto", StringComparison.Ordinal)),
            DeviceTreeTestInput.File,
            DeviceTreeTestInput.Config(DeviceTreeTestInput.Arm64Vtl2));
        string file = Path.GetTempFileName();
        try
        {
            IReadOnlyList<Diagnostic> diagnostics = DeviceTreeEmitter.WriteFiles(emission, Path.Combine(file, "stub"), out IReadOnlyList<string> written);
            Assert.AreEqual("KC4300", diagnostics.Single().Code);
            Assert.AreEqual(0, written.Count);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
