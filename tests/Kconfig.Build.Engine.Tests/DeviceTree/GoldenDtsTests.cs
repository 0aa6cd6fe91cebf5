using Kconfig.Build.Engine.DeviceTree;

namespace Kconfig.Build.Engine.Tests.DeviceTree;

/// <summary>
/// The exact DTS text for the documented arm64 VTL2 example. The expected files are our writer's output,
/// reviewed by hand and held to dtc by <see cref="DtcRoundTripTests"/>; Cases/regenerate.sh rewrites them.
/// </summary>
[TestClass]
public sealed class GoldenDtsTests
{
    [TestMethod]
    [DataRow("arm64-upstream.yaml", "arm64-vtl2.dts")]
    [DataRow("x86_64-openhcl.yaml", "x86_64-openhcl.dts")]
    public void DtsTextIsExactly(string caseName, string goldenName)
    {
        string actual = DtcRoundTripTests.Emit(caseName).Dts!;
        string goldenPath = Path.Combine(DeviceTreeTestInput.CasesDirectory, goldenName);
        if (System.Environment.GetEnvironmentVariable("KCONFIG_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(goldenPath, actual);
        }

        Assert.AreEqual(File.ReadAllText(goldenPath), actual);
    }
}
