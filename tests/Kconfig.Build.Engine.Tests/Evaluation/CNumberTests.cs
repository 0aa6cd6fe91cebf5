using Kconfig.Build.Engine.Evaluation;

namespace Kconfig.Build.Engine.Tests.Evaluation;

/// <summary>Expected values printed by glibc's strtoll/strtoull for the same inputs.</summary>
[TestClass]
public sealed class CNumberTests
{
    [TestMethod]
    [DataRow("0x1f", 0, 31L, 4, false)]
    [DataRow("08", 0, 0L, 1, false)]
    [DataRow("0x", 0, 0L, 1, false)]
    [DataRow("  -12abc", 10, -12L, 5, false)]
    [DataRow("99999999999999999999", 0, long.MaxValue, 20, true)]
    [DataRow("-9223372036854775809", 0, long.MinValue, 20, true)]
    [DataRow("ffffffffffffffff", 0, 0L, 0, false)]
    [DataRow("ff", 16, 255L, 2, false)]
    public void ParseSignedMatchesStrtoll(string text, int numberBase, long value, int tail, bool overflow)
    {
        Assert.AreEqual(value, CNumber.ParseSigned(text, numberBase, out int actualTail, out bool actualOverflow));
        Assert.AreEqual(tail, actualTail);
        Assert.AreEqual(overflow, actualOverflow);
    }

    [TestMethod]
    [DataRow("ffffffffffffffff", 18446744073709551615UL)]
    [DataRow("08", 8UL)]
    [DataRow("-1", 18446744073709551615UL)]
    public void ParseUnsignedMatchesStrtoull(string text, ulong value)
    {
        Assert.AreEqual(value, CNumber.ParseUnsigned(text, 16, out _, out _));
    }
}
