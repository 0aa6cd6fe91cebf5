using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Parsing;
using Kconfig.Build.Engine.Tests.FrontEndRealTree;
using Kconfig.Build.Engine.Tests.Parsing;

namespace Kconfig.Build.Engine.Tests.Reliability;

/// <summary>
/// Limits of the front end not covered by Parsing/HostileInputTests: each bad input ends in a located
/// error, never a hang, a stack overflow or an unbounded read.
/// </summary>
[TestClass]
public sealed class FrontEndLimitTests
{
    [TestMethod]
    public void SourcingAnEndlessDeviceStopsAtTheFileSizeLimit()
    {
        KconfigLoadResult result = Load("config A\n\tbool \"a\"\nsource \"/dev/zero\"\n");

        Assert.IsNull(result.Model);
        Diagnostic error = result.Diagnostics.Single(d => d.IsError);
        Assert.AreEqual(DiagnosticCodes.SourceFileNotFound, error.Code);
        Assert.AreEqual("file \"/dev/zero\" is larger than 67108864 bytes", error.Message);
        Assert.AreEqual(("Kconfig", 3), (error.Span.File, error.Span.Line));
    }

    [TestMethod]
    public void SourcingItselfIsARecursionError()
    {
        KconfigLoadResult result = Load("config A\n\tbool \"a\"\nsource \"Kconfig\"\n");

        Assert.IsNull(result.Model);
        Assert.AreEqual("Recursive inclusion detected.\nInclusion path:\n  current file : Kconfig\n  included from: Kconfig:3\n", FrontEndCase.Stderr(result));
    }

    [TestMethod]
    public void SelfRecursiveMacroIsAnError()
    {
        KconfigLoadResult result = Load("X = $(X)\nconfig A\n\tbool \"$(X)\"\n");

        Assert.IsNull(result.Model);
        Assert.AreEqual("Kconfig:3: Recursive variable 'X' references itself (eventually)\n", FrontEndCase.Stderr(result));
    }

    private static KconfigLoadResult Load(string kconfig)
    {
        using var work = new ScratchDirectory();
        File.WriteAllText(Path.Combine(work.Path, "Kconfig"), kconfig);
        return KconfigLoader.Load(new KconfigLoadOptions { SourceTree = work.Path, WorkingDirectory = work.Path, ShellRunner = NoShellRunner.Instance });
    }
}
