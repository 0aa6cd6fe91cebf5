using Kconfig.Build.Cli;

namespace Kconfig.Build.Engine.Tests.Cli;

/// <summary>Every verb of ours words malformed arguments the same way (VerbArguments), with exit code 2 and its usage.</summary>
[TestClass]
public sealed class VerbUsageTests
{
    [TestMethod]
    [DataRow("resolve", "--srctree", "--srctree needs a value")]
    [DataRow("resolve", "--bogus", "unknown option '--bogus'")]
    [DataRow("explain", "--profile", "--profile needs a value")]
    [DataRow("explain", "-x", "unknown option '-x'")]
    [DataRow("diff", "--arch", "--arch needs a value")]
    [DataRow("diff", "--all", "unknown option '--all'")]
    [DataRow("matrix", "--jobs", "--jobs needs a value")]
    [DataRow("matrix", "--out", "unknown option '--out'")]
    public void AMissingValueOrAnUnknownOptionIsAUsageError(string verb, string argument, string message)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        int exit = Program.Run([verb, "profile.yaml", argument], stdout, stderr);

        Assert.AreEqual(2, exit);
        Assert.AreEqual(string.Empty, stdout.ToString());
        string[] lines = stderr.ToString().ReplaceLineEndings("\n").Split('\n');
        Assert.AreEqual($"kconfig {verb}: {message}", lines[0]);
        StringAssert.StartsWith(lines[1], $"Usage: kconfig {verb} ");
    }
}
