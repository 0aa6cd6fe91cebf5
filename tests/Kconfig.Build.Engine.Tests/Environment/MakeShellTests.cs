using Kconfig.Build.Engine.Environment;

namespace Kconfig.Build.Engine.Tests.Environment;

[TestClass]
public sealed class MakeShellTests
{
    [TestMethod]
    [DataRow("a\n", "a")]
    [DataRow("a\nb\n", "a b")]
    [DataRow("a\r\nb\r\n", "a b")]
    [DataRow("a\n\n\n", "a")]
    [DataRow("a \n", "a ")]
    [DataRow("\n", "")]
    [DataRow("a\rb", "a\rb")]
    public void OutputIsFoldedAsMakeDoes(string output, string expected) =>
        Assert.AreEqual(expected, MakeShell.ToMakeResult(output));

    [TestMethod]
    public void CommandSeesOnlyTheGivenEnvironment()
    {
        string? output = MakeShell.Run(
            "echo \"$ONLY:${HOME:-unset}\"",
            new Dictionary<string, string> { ["ONLY"] = "x", ["PATH"] = "/usr/bin:/bin" },
            Path.GetTempPath(),
            out string? failure);

        Assert.IsNull(failure);
        Assert.AreEqual("x:unset", output);
    }
}
