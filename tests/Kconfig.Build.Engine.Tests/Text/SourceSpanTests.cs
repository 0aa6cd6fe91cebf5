using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Tests.Text;

[TestClass]
public sealed class SourceSpanTests
{
    [TestMethod]
    public void CanonicalFormCarriesFileLineColumnAndCode()
    {
        var diagnostic = Diagnostic.Error("KC3001", SourceSpan.At("profile.yaml", 7, 3), "unknown symbol 'FOO'");
        Assert.AreEqual("profile.yaml(7,3): error KC3001: unknown symbol 'FOO'", diagnostic.ToCanonicalString());
    }

    [TestMethod]
    public void KernelFormIsFileColonLine()
    {
        Assert.AreEqual("arch/arm64/Kconfig:12", SourceSpan.AtLine("arch/arm64/Kconfig", 12).ToFileLine());
    }
}
