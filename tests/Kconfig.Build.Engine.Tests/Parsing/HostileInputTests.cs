using System.Text;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Parsing;
using Kconfig.Build.Engine.Tests.FrontEndRealTree;

namespace Kconfig.Build.Engine.Tests.Parsing;

/// <summary>Input conf would crash or hang on ends in a located diagnostic, never an exception or a hang.</summary>
[TestClass]
public sealed class HostileInputTests
{
    [TestMethod]
    public void DeeplyNestedParenthesesAreAnError()
    {
        string kconfig = "config A\n\tbool \"a\"\n\tdepends on " + new string('(', 100_000) + "B" + new string(')', 100_000) + "\n";

        KconfigLoadResult result = LoadText(kconfig);

        Assert.IsNull(result.Model);
        Diagnostic error = result.Diagnostics.First(d => d.IsError);
        Assert.AreEqual(DiagnosticCodes.ExpressionTooDeep, error.Code);
        Assert.AreEqual("Kconfig", error.Span.File);
        Assert.AreEqual(3, error.Span.Line);
    }

    [TestMethod]
    public void DeeplyNestedNegationsAreAnError()
    {
        KconfigLoadResult result = LoadText("config A\n\tbool \"a\" if " + new string('!', 50_000) + "B\n");

        Assert.IsNull(result.Model);
        Assert.AreEqual(DiagnosticCodes.ExpressionTooDeep, result.Diagnostics.First(d => d.IsError).Code);
    }

    [TestMethod]
    public void DeeplyNestedBlocksAreAnError()
    {
        var kconfig = new StringBuilder();
        for (int i = 0; i < 5000; i++)
        {
            kconfig.Append("if A\n");
        }

        KconfigLoadResult result = LoadText(kconfig.ToString());

        Assert.IsNull(result.Model);
        Diagnostic error = result.Diagnostics.Single(d => d.IsError);
        Assert.AreEqual(DiagnosticCodes.InputLimitExceeded, error.Code);
        Assert.AreEqual(1000, error.Span.Line);
    }

    [TestMethod]
    public void ExponentialMacroExpansionIsAnError()
    {
        var kconfig = new StringBuilder("X0 := abcdefgh\n");
        for (int i = 1; i <= 40; i++)
        {
            kconfig.Append($"X{i} := $(X{i - 1})$(X{i - 1})\n");
        }

        KconfigLoadResult result = LoadText(kconfig.ToString());

        Assert.IsNull(result.Model);
        Assert.AreEqual(DiagnosticCodes.InputLimitExceeded, result.Diagnostics.Single(d => d.IsError).Code);
    }

    [TestMethod]
    public void DeeplyNestedMacroReferencesAreAnError()
    {
        string kconfig = "config A\n\tbool \"" + string.Concat(Enumerable.Repeat("$(f,", 5000)) + new string(')', 5000) + "\"\n";

        KconfigLoadResult result = LoadText(kconfig);

        Assert.IsNull(result.Model);
        Assert.AreEqual(DiagnosticCodes.InputLimitExceeded, result.Diagnostics.Single(d => d.IsError).Code);
    }

    [TestMethod]
    public void HugeLinesAndNamesLoad()
    {
        string name = new('N', 2_000_000);
        KconfigLoadResult result = LoadText($"config {name}\n\tbool \"{new string('p', 2_000_000)}\"\n");

        Assert.IsNotNull(result.Model);
        Assert.AreEqual(Kconfig.Build.Engine.Model.SymbolType.Bool, SymbolTypeOf(result, name));
    }

    [TestMethod]
    public void BinaryGarbageGivesDiagnosticsNotExceptions()
    {
        var random = new Random(12345);
        byte[] garbage = new byte[200_000];
        random.NextBytes(garbage);
        using var work = new ScratchDirectory();
        File.WriteAllBytes(Path.Combine(work.Path, "Kconfig"), garbage);

        KconfigLoadResult result = KconfigLoader.Load(new KconfigLoadOptions { SourceTree = work.Path });

        Assert.IsTrue(result.HasErrors);
        Assert.IsFalse(result.Diagnostics.Any(d => d.Code == DiagnosticCodes.InternalError), string.Join("\n", result.Diagnostics.Take(3)));
    }

    [TestMethod]
    public void EveryTruncationOfAValidFileLoadsOrFailsCleanly()
    {
        string text = File.ReadAllText(Path.Combine(FrontEndCase.CasesDirectory, "constructs_all", "Kconfig"));
        for (int length = 0; length <= text.Length; length += 7)
        {
            KconfigLoadResult result = LoadText(text[..length], files: new Dictionary<string, string>
            {
                ["sub/Kconfig.sub"] = "config FROM_SUB\n\tbool \"s\"\n",
                ["Kconfig.tree"] = "\n",
            });

            Assert.IsFalse(result.Diagnostics.Any(d => d.Code == DiagnosticCodes.InternalError), $"length {length}: {string.Join("\n", result.Diagnostics)}");
            Assert.AreEqual(result.HasErrors, result.Model is null, $"length {length}");
        }
    }

    private static Kconfig.Build.Engine.Model.SymbolType SymbolTypeOf(KconfigLoadResult result, string name) => result.Model!.FindSymbol(name)!.Type;

    private static KconfigLoadResult LoadText(string kconfig, Dictionary<string, string>? files = null)
    {
        using var work = new ScratchDirectory();
        File.WriteAllText(Path.Combine(work.Path, "Kconfig"), kconfig);
        foreach ((string name, string text) in files ?? new Dictionary<string, string>())
        {
            string path = Path.Combine(work.Path, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        return KconfigLoader.Load(new KconfigLoadOptions
        {
            SourceTree = work.Path,
            Environment = new Dictionary<string, string> { ["PATH"] = "/usr/bin:/bin" },
        });
    }
}
