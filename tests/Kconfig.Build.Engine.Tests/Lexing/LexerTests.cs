using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Lexing;
using Kconfig.Build.Engine.Preprocessing;
using Kconfig.Build.Engine.Tests.FrontEndRealTree;

namespace Kconfig.Build.Engine.Tests.Lexing;

[TestClass]
public sealed class LexerTests
{
    [TestMethod]
    public void KeywordsAreWholeWordsOnly()
    {
        CollectionAssert.AreEqual(
            new[] { "Config", "Word:configx", "Word:bool-ish", "Word:-1", "Word:0x10", "If", "Word:on_", "On", "EndOfInput" },
            Lex("config configx bool-ish -1 0x10 if on_ on"));
    }

    [TestMethod]
    public void OperatorsTakeTheLongestMatch()
    {
        CollectionAssert.AreEqual(
            new[] { "Or", "And", "Equal", "Unequal", "Less", "LessEqual", "Greater", "GreaterEqual", "Not", "OpenParen", "CloseParen", "EndOfInput" },
            Lex("|| && = != < <= > >= ! ( )"));
    }

    [TestMethod]
    public void LoneOperatorCharactersAreIgnoredWithAWarning()
    {
        var log = new FrontEndLog();

        string[] tokens = Lex("A | B & C ; D\n", log);

        CollectionAssert.AreEqual(new[] { "Word:A", "Word:B", "Word:C", "Word:D", "Eol", "EndOfInput" }, tokens);
        CollectionAssert.AreEqual(
            new[] { "Kconfig:1:warning: ignoring unsupported character '|'\n", "Kconfig:1:warning: ignoring unsupported character '&'\n", "Kconfig:1:warning: ignoring unsupported character ';'\n" },
            log.Transcript.Select(t => t.Text).ToArray());
        Assert.AreEqual(7, log.Diagnostics[1].Span.Column);
    }

    [TestMethod]
    public void StringsHonourBothQuotesAndEscapes()
    {
        CollectionAssert.AreEqual(
            new[] { "WordQuote:a\"b", "WordQuote:c\"d", "WordQuote:x\\y'z", "Eol", "EndOfInput" },
            Lex("'a\"b' \"c\\\"d\" \"x\\\\y\\'z\"\n"));
    }

    [TestMethod]
    public void MacroReferencesExpandIntoOneWordOrVanish()
    {
        CollectionAssert.AreEqual(
            new[] { "Word:pre-A B-post", "Word:x", "Eol", "EndOfInput" },
            Lex("pre-$(V)-post $(EMPTY) x\n", environment: new() { ["V"] = "A B" }));
    }

    [TestMethod]
    public void BackslashNewlineContinuesTheStatement()
    {
        CollectionAssert.AreEqual(new[] { "Word:A", "Word:B", "Eol", "EndOfInput" }, Lex("A \\\n B\n"));
    }

    [TestMethod]
    public void AssignmentTakesTheRestOfTheLineRaw()
    {
        CollectionAssert.AreEqual(
            new[] { "Word:X", "ColonEqual", "AssignValue:a # b  ", "Eol", "Word:Y", "Word:Z", "Equal", "Word:w", "Eol", "EndOfInput" },
            Lex("X :=   a # b  \nY Z = w\n"));
    }

    [TestMethod]
    public void CommentsRunToTheEndOfTheLine()
    {
        CollectionAssert.AreEqual(new[] { "Word:A", "Eol", "Word:B", "Eol", "EndOfInput" }, Lex("A # c \"d\nB#e\n"));
    }

    private static string[] Lex(string text, FrontEndLog? log = null, Dictionary<string, string>? environment = null)
    {
        using var work = new ScratchDirectory();
        File.WriteAllText(Path.Combine(work.Path, "Kconfig"), text);
        log ??= new FrontEndLog();
        environment ??= new Dictionary<string, string>();
        var lexer = new Lexer(log, work.Path, sourceTree: null);
        var shell = new ShellProbes(ProcessShellRunner.Instance, ProbeCache.Open(null), environment, work.Path, log, CancellationToken.None);
        lexer.Expander = new MacroExpander(environment, log, () => (lexer.CurrentFile, lexer.LexerLine), shell);
        Assert.IsTrue(lexer.Start("Kconfig"));
        var tokens = new List<string>();
        while (true)
        {
            Token token = lexer.Next();
            tokens.Add(token.Text is null ? token.Kind.ToString() : $"{token.Kind}:{token.Text}");
            if (token.Kind == TokenKind.EndOfInput)
            {
                return tokens.ToArray();
            }
        }
    }
}
