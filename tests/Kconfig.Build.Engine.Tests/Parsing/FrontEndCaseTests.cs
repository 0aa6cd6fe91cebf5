using Kconfig.Build.Engine.Parsing;
using Kconfig.Build.Engine.Tests.FrontEndRealTree;

namespace Kconfig.Build.Engine.Tests.Parsing;

/// <summary>
/// Every case of Parsing/Cases, compared with what the kernel's own conf did with it: the exact text on
/// stdout and stderr, success or failure, and (on success) the finalised model line for line.
/// </summary>
[TestClass]
public sealed class FrontEndCaseTests
{
    public static IEnumerable<object[]> Cases => FrontEndCase.All;

    [TestMethod]
    [DynamicData(nameof(Cases))]
    public void LoaderMatchesConf(string name)
    {
        FrontEndCase testCase = FrontEndCase.Named(name);
        string work = testCase.CopyInputs();
        try
        {
            KconfigLoadResult result = testCase.Load(work);

            Assert.AreEqual(testCase.Expected("expected_stderr"), FrontEndCase.Stderr(result), "stderr");
            Assert.AreEqual(testCase.Expected("expected_stdout"), FrontEndCase.Stdout(result), "stdout");
            Assert.AreEqual(testCase.Expected("expected_exit")!.Trim(), result.Model is null ? "1" : "0", "exit status");
            Assert.AreEqual(result.Model is null, result.HasErrors, "a failed load has an error diagnostic, a successful one none");
            if (testCase.Expected("expected_model") is { } model)
            {
                Assert.AreEqual(model, ModelDump.Print(result.Model!), "finalised model");
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
