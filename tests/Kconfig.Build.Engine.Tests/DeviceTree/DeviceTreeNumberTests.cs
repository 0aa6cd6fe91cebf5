using Kconfig.Build.Engine.DeviceTree;

namespace Kconfig.Build.Engine.Tests.DeviceTree;

[TestClass]
public sealed class DeviceTreeNumberTests
{
    [TestMethod]
    [DataRow("0", 0UL)]
    [DataRow("4096", 4096UL)]
    [DataRow("1_000_000", 1000000UL)]
    [DataRow("0x4000_0000", 0x40000000UL)]
    [DataRow("0XfF", 0xffUL)]
    [DataRow("64KiB", 0x10000UL)]
    [DataRow("512MiB", 0x20000000UL)]
    [DataRow("1GiB", 0x40000000UL)]
    [DataRow("16TiB", 0x1000_0000_0000UL)]
    [DataRow("0x10KiB", 0x4000UL)]
    [DataRow("0xffff_ffff_ffff_ffff", ulong.MaxValue)]
    [DataRow("18446744073709551615", ulong.MaxValue)]
    public void Parses(string text, ulong expected)
    {
        Assert.IsTrue(DeviceTreeNumber.TryParse(text, out ulong value));
        Assert.AreEqual(expected, value);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("1GB")]
    [DataRow("1 GiB")]
    [DataRow("1gib")]
    [DataRow("1.5GiB")]
    [DataRow("0x")]
    [DataRow("0xKiB")]
    [DataRow("_1")]
    [DataRow("1_")]
    [DataRow("1__0")]
    [DataRow("0x_10")]
    [DataRow("-1")]
    [DataRow("+1")]
    [DataRow("12g")]
    [DataRow("18446744073709551616")]
    [DataRow("0x1_0000_0000_0000_0000")]
    [DataRow("16777216TiB")]
    public void Rejects(string text)
    {
        Assert.IsFalse(DeviceTreeNumber.TryParse(text, out _));
    }
}
