using System.Buffers.Binary;
using Kconfig.Build.Engine.DeviceTree;
using Kconfig.Build.Engine.Diagnostics;

namespace Kconfig.Build.Engine.Tests.DeviceTree;

/// <summary>
/// The real dtc is the judge: our DTS must compile without a single warning, and dtc must read our DTB
/// back to exactly what it makes of our DTS.
/// </summary>
[TestClass]
public sealed class DtcRoundTripTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("arm64-upstream.yaml", 0u)]
    [DataRow("arm64-openhcl.yaml", 0u)]
    [DataRow("x86_64-upstream.yaml", 0u)]
    [DataRow("x86_64-openhcl.yaml", 2u)]
    public void DtcCompilesOurDtsSilentlyAndReadsOurDtbBackToTheSameSource(string caseName, uint bootCpu)
    {
        DeviceTreeEmission emission = Emit(caseName);
        string directory = Path.Combine(Path.GetTempPath(), "kc-dt-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            string basePath = Path.Combine(directory, "stub");
            Assert.AreEqual(0, DeviceTreeEmitter.WriteFiles(emission, basePath, out IReadOnlyList<string> written).Count);
            CollectionAssert.AreEqual(new[] { basePath + ".dts", basePath + ".dtb" }, written.ToArray());

            DtcResult compiled = DtcProcess.Run("-I", "dts", "-O", "dtb", "-o", Path.Combine(directory, "dtc.dtb"), basePath + ".dts");
            Assert.AreEqual(string.Empty, compiled.StandardError, "dtc warned about our DTS");
            Assert.AreEqual(0, compiled.ExitCode);

            DtcResult fromSource = DtcProcess.Run("-I", "dts", "-O", "dts", basePath + ".dts");
            DtcResult fromBlob = DtcProcess.Run("-I", "dtb", "-O", "dts", basePath + ".dtb");
            Assert.AreEqual(string.Empty, fromSource.StandardError);
            Assert.AreEqual(string.Empty, fromBlob.StandardError, "dtc warned about our DTB");
            Assert.AreEqual(0, fromBlob.ExitCode);
            Assert.AreEqual(fromSource.StandardOutput, fromBlob.StandardOutput);

            byte[] dtb = File.ReadAllBytes(basePath + ".dtb");
            Assert.AreEqual(bootCpu, BinaryPrimitives.ReadUInt32BigEndian(dtb.AsSpan(0x1c)), "boot_cpuid_phys");
            byte[] dtcBlob = File.ReadAllBytes(Path.Combine(directory, "dtc.dtb"));
            Assert.AreEqual(BinaryPrimitives.ReadUInt32BigEndian(dtcBlob.AsSpan(0x24)), BinaryPrimitives.ReadUInt32BigEndian(dtb.AsSpan(0x24)), "size_dt_struct equals dtc's");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [TestMethod]
    [DataRow("arm64-upstream.yaml")]
    [DataRow("x86_64-openhcl.yaml")]
    public void SameInputsGiveTheSameBytes(string caseName)
    {
        DeviceTreeEmission first = Emit(caseName);
        DeviceTreeEmission second = Emit(caseName);
        Assert.AreEqual(first.Dts, second.Dts);
        CollectionAssert.AreEqual(first.Dtb, second.Dtb);
    }

    internal static DeviceTreeEmission Emit(string caseName)
    {
        string[] config = caseName.StartsWith("arm64", StringComparison.Ordinal) ? DeviceTreeTestInput.Arm64Vtl2 : DeviceTreeTestInput.X86Vtl2;
        DeviceTreeEmission emission = DeviceTreeEmitter.Emit(DeviceTreeTestInput.CaseSection(caseName), caseName, DeviceTreeTestInput.Config(config));
        Assert.AreEqual(string.Empty, string.Join("\n", emission.Diagnostics.Select(d => d.ToCanonicalString())));
        Assert.IsTrue(emission.Emitted);
        Assert.IsNotNull(emission.Dts);
        Assert.IsNotNull(emission.Dtb);
        return emission;
    }
}
