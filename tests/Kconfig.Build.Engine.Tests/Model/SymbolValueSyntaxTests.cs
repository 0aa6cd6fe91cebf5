using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Engine.Tests.Model;

[TestClass]
public sealed class SymbolValueSyntaxTests
{
    [TestMethod]
    [DataRow(SymbolType.Int, "0", true)]
    [DataRow(SymbolType.Int, "-0", true)]
    [DataRow(SymbolType.Int, "-17", true)]
    [DataRow(SymbolType.Int, "08", false)]
    [DataRow(SymbolType.Int, "", false)]
    [DataRow(SymbolType.Int, "-", false)]
    [DataRow(SymbolType.Int, "1x", false)]
    [DataRow(SymbolType.Hex, "0x", false)]
    [DataRow(SymbolType.Hex, "0X1f", true)]
    [DataRow(SymbolType.Hex, "ff", true)]
    [DataRow(SymbolType.Hex, "0x1g", false)]
    [DataRow(SymbolType.Hex, "", false)]
    [DataRow(SymbolType.Bool, "yes", true)]
    [DataRow(SymbolType.Tristate, "M", true)]
    [DataRow(SymbolType.Tristate, "x", false)]
    [DataRow(SymbolType.String, "", true)]
    [DataRow(SymbolType.Unknown, "1", false)]
    public void MatchesSymStringValid(SymbolType type, string text, bool valid) =>
        Assert.AreEqual(valid, SymbolValueSyntax.IsValid(type, text));
}
