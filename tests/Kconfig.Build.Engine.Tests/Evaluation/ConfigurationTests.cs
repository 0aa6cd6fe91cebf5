using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.Model;
using static Kconfig.Build.Engine.Tests.Evaluation.TestModelBuilder;

namespace Kconfig.Build.Engine.Tests.Evaluation;

/// <summary>
/// The evaluator on hand-built models. The expected values and texts are those the kernel's conf
/// produces for the equivalent Kconfig (see the recorded cases under Cases/, e.g. select_imply, numbers).
/// </summary>
[TestClass]
public sealed class ConfigurationTests
{
    [TestMethod]
    public void SelectWinsOverUserNoAndWarnsAboutUnmetDependency()
    {
        var b = new TestModelBuilder();
        b.Config("MODULES", SymbolType.Bool, "Modules", modules: true);
        MenuNode gate = b.Config("GATE", SymbolType.Bool, "Gate");
        MenuNode driver = b.Config("DRIVER", SymbolType.Tristate, "Driver");
        MenuNode helper = b.Config("HELPER", SymbolType.Tristate, "Helper", dependsOn: E(gate.Symbol!));
        b.Select(driver, helper.Symbol!);
        var configuration = new Configuration(b.Build());

        configuration.ReadConfig(".config", "CONFIG_MODULES=y\nCONFIG_DRIVER=m\n# CONFIG_HELPER is not set\n");
        configuration.EvaluateAfterRead();

        Assert.AreEqual(Tristate.Mod, configuration.GetTristateValue(helper.Symbol!));
        Diagnostic warning = configuration.Diagnostics.Single();
        Assert.AreEqual(DiagnosticCodes.UnmetDirectDependencies, warning.Code);
        Assert.AreEqual(
            "unmet direct dependencies detected for HELPER\n  Depends on [n]: GATE [=n]\n  Selected by [m]:\n  - DRIVER [=m]\n",
            warning.Message);
        Assert.AreEqual(1, configuration.DependencyWarningCount);
    }

    [TestMethod]
    public void ImplyIsASoftDefaultCappedByDirectDependencies()
    {
        var b = new TestModelBuilder();
        MenuNode gate = b.Config("GATE", SymbolType.Bool, "Gate");
        MenuNode driver = b.Config("DRIVER", SymbolType.Bool, "Driver");
        b.Default(driver, E(b.Yes));
        MenuNode feature = b.Config("FEATURE", SymbolType.Bool, "Feature", dependsOn: E(gate.Symbol!));
        b.Imply(driver, feature.Symbol!);
        var configuration = new Configuration(b.Build());

        Assert.AreEqual("n", configuration.GetStringValue(feature.Symbol!), "capped by GATE=n");
        configuration.ReadConfig(".config", "CONFIG_GATE=y\n");
        Assert.AreEqual("y", configuration.GetStringValue(feature.Symbol!), "implied once GATE=y");
        configuration.ReadConfig(".config", "CONFIG_GATE=y\n# CONFIG_FEATURE is not set\n");
        Assert.AreEqual("n", configuration.GetStringValue(feature.Symbol!), "a user n beats imply");
    }

    [TestMethod]
    public void TristateActsAsBoolWithoutModules()
    {
        var b = new TestModelBuilder();
        b.Config("MODULES", SymbolType.Bool, "Modules", modules: true);
        MenuNode tri = b.Config("TRI", SymbolType.Tristate, "Tri");
        b.Default(tri, E(b.Mod));
        var configuration = new Configuration(b.Build());

        configuration.EvaluateAfterRead();
        Assert.AreEqual("y", configuration.GetStringValue(tri.Symbol!));
        configuration.ReadConfig(".config", "CONFIG_MODULES=y\n");
        configuration.EvaluateAfterRead();
        Assert.AreEqual("m", configuration.GetStringValue(tri.Symbol!));
    }

    [TestMethod]
    [DataRow("", "10", DisplayName = "default below the range takes the low bound")]
    [DataRow("CONFIG_LIMIT=99\n", "20", DisplayName = "user value above the range takes the high bound")]
    [DataRow("CONFIG_LIMIT=15\n", "15", DisplayName = "in range")]
    [DataRow("CONFIG_LIMIT=08\n", "10", DisplayName = "leading zero is invalid, default clamped")]
    public void IntRangesClampToTheBoundText(string config, string expected)
    {
        var b = new TestModelBuilder();
        MenuNode limit = b.Config("LIMIT", SymbolType.Int, "Limit");
        b.Range(limit, b.Const("10"), b.Const("20"));
        b.Default(limit, E(b.Const("5")));
        var configuration = new Configuration(b.Build());

        configuration.ReadConfig(".config", config);

        Assert.AreEqual(expected, configuration.GetStringValue(limit.Symbol!));
    }

    [TestMethod]
    public void HexKeepsItsTextAndClampsToTheBoundAsWritten()
    {
        var b = new TestModelBuilder();
        MenuNode address = b.Config("ADDR", SymbolType.Hex, "Address");
        b.Range(address, b.Const("0x100"), b.Const("0x1ff"));
        b.Default(address, E(b.Const("0x50")));
        MenuNode bare = b.Config("BARE", SymbolType.Hex, "Bare");
        b.Default(bare, E(b.Const("1000")));
        MenuNode none = b.Config("NONE", SymbolType.Hex, "None");
        var configuration = new Configuration(b.Build());

        Assert.AreEqual("0x100", configuration.GetStringValue(address.Symbol!));
        Assert.AreEqual("1000", configuration.GetStringValue(bare.Symbol!));
        Assert.AreEqual("0x0", configuration.GetStringValue(none.Symbol!));
        configuration.ReadConfig(".config", "CONFIG_ADDR=1a0\n");
        Assert.AreEqual("1a0", configuration.GetStringValue(address.Symbol!));
    }

    [TestMethod]
    [DataRow("CONFIG_C=y\nCONFIG_A=y\n", "A", DisplayName = "two y: the one read last wins")]
    [DataRow("# CONFIG_B is not set\n# CONFIG_A is not set\n# CONFIG_C is not set\n", "B", DisplayName = "all n: the first one read wins")]
    [DataRow("# CONFIG_C is not set\n# CONFIG_B is not set\n# CONFIG_A is not set\n", "C", DisplayName = "all n, other order")]
    [DataRow("# CONFIG_B is not set\n", "A", DisplayName = "default set to n: first member without a value")]
    [DataRow("", "B", DisplayName = "nothing read: the choice default")]
    public void ChoicePriorityFollowsTheOrderValuesWereRead(string config, string expected)
    {
        var b = new TestModelBuilder();
        MenuNode choice = b.Choice("Pick");
        b.Config("A", SymbolType.Bool, "A");
        b.Config("B", SymbolType.Bool, "B");
        b.Config("C", SymbolType.Bool, "C");
        b.End();
        choice.Symbol!.Properties.Add(new Property(PropertyKind.Default, choice, choice.Location) { Expr = E(b.Sym("B")) });
        KconfigModel model = b.Build();
        var configuration = new Configuration(model);

        configuration.ReadConfig(".config", config);

        string[] chosen = new[] { "A", "B", "C" }.Where(n => configuration.GetTristateValue(model.FindSymbol(n)!) == Tristate.Yes).ToArray();
        CollectionAssert.AreEqual(new[] { expected }, chosen);
    }

    [TestMethod]
    public void ConfigFileWarningsUseConfText()
    {
        var b = new TestModelBuilder();
        b.Config("FLAG", SymbolType.Bool, "Flag");
        b.Config("NUM", SymbolType.Int, "Num");
        b.Config("TEXT", SymbolType.String, "Text");
        var configuration = new Configuration(b.Build()) { WarnUnknownSymbols = true };

        IReadOnlyList<Diagnostic> warnings = configuration.ReadConfig(
            "frag",
            "CONFIG_FLAG=m\nCONFIG_NUM=0x1\nCONFIG_TEXT=\"open\nnonsense\nCONFIG_NOPE=1\nCONFIG_NUM=1\nCONFIG_NUM=2\r\n# CONFIG_X is not set at all\n");

        CollectionAssert.AreEqual(
            new[]
            {
                "frag:1 symbol value 'm' invalid for FLAG",
                "frag:2 symbol value '0x1' invalid for NUM",
                "frag:3 invalid string found",
                "frag:4 unexpected data: nonsense",
                "frag:5 unknown symbol: NOPE",
                "frag:7 override: reassigning to symbol NUM",
            },
            warnings.Select(w => $"{w.Span.ToFileLine()} {w.Message}").ToArray());
        Assert.AreEqual("2", configuration.GetStringValue(configuration.Model.FindSymbol("NUM")!));
    }

    [TestMethod]
    public void StringsAreUnescapedAndUnquotedValuesIgnored()
    {
        var b = new TestModelBuilder();
        MenuNode text = b.Config("TEXT", SymbolType.String, "Text");
        b.Default(text, E(b.Const("dflt")));
        var configuration = new Configuration(b.Build());

        configuration.ReadConfig(".config", "CONFIG_TEXT=\"a\\\"b\\\\c\" trailing\n");
        Assert.AreEqual("a\"b\\c", configuration.GetStringValue(text.Symbol!));
        configuration.ReadConfig(".config", "CONFIG_TEXT=bare\n");
        Assert.AreEqual("dflt", configuration.GetStringValue(text.Symbol!));
        Assert.AreEqual(0, configuration.ConfigWarningCount);
    }

    [TestMethod]
    public void PromptlessSymbolsIgnoreUserValuesAndAreNotWrittenWhenN()
    {
        var b = new TestModelBuilder();
        MenuNode hidden = b.Config("HIDDEN", SymbolType.Bool);
        b.Default(hidden, E(b.No));
        MenuNode on = b.Config("ON", SymbolType.Bool);
        b.Default(on, E(b.Yes));
        var configuration = new Configuration(b.Build());

        configuration.ReadConfig(".config", "CONFIG_HIDDEN=y\n# CONFIG_ON is not set\n");

        Assert.AreEqual("n", configuration.GetStringValue(hidden.Symbol!));
        Assert.IsFalse(configuration.IsWritten(hidden.Symbol!));
        Assert.AreEqual("y", configuration.GetStringValue(on.Symbol!));
        Assert.IsTrue(configuration.IsWritten(on.Symbol!));
    }

    [TestMethod]
    [DataRow("LIMIT > 15", "y")]
    [DataRow("LIMIT < 15", "n")]
    [DataRow("NAME = abc", "y")]
    [DataRow("NAME < abd", "y")]
    [DataRow("ADDR >= 0x150", "y")]
    [DataRow("ADDR > 0x7fffffffffffffff", "n")]
    public void ComparisonsFollowTheKernelsNumberRules(string comparison, string expected)
    {
        var b = new TestModelBuilder();
        MenuNode limit = b.Config("LIMIT", SymbolType.Int, "Limit");
        b.Default(limit, E(b.Const("20")));
        MenuNode name = b.Config("NAME", SymbolType.String, "Name");
        b.Default(name, E(b.Const("abc")));
        MenuNode address = b.Config("ADDR", SymbolType.Hex, "Address");
        b.Default(address, E(b.Const("0x1a0")));
        string[] parts = comparison.Split(' ');
        ExprKind kind = parts[1] switch
        {
            ">" => ExprKind.GreaterThan,
            "<" => ExprKind.LessThan,
            ">=" => ExprKind.GreaterOrEqual,
            _ => ExprKind.Equal,
        };
        MenuNode result = b.Config("RESULT", SymbolType.Bool);
        b.Default(result, Expr.Compare(kind, b.Sym(parts[0]), b.Const(parts[2])));
        var configuration = new Configuration(b.Build());

        Assert.AreEqual(expected, configuration.GetStringValue(result.Symbol!));
    }

    [TestMethod]
    public void ChangingAUserValueInvalidatesDependents()
    {
        var b = new TestModelBuilder();
        MenuNode a = b.Config("A", SymbolType.Bool, "A");
        MenuNode d = b.Config("D", SymbolType.Bool, "D", dependsOn: E(a.Symbol!));
        b.Default(d, E(b.Yes));
        var configuration = new Configuration(b.Build());

        Assert.AreEqual("n", configuration.GetStringValue(d.Symbol!));
        Assert.IsTrue(configuration.SetTristateValue(a.Symbol!, Tristate.Yes));
        Assert.AreEqual("y", configuration.GetStringValue(d.Symbol!));
        Assert.IsFalse(configuration.SetTristateValue(a.Symbol!, Tristate.Mod), "m is outside a bool's range");
    }
}
