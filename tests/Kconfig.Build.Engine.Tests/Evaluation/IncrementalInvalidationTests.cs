using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.Model;
using static Kconfig.Build.Engine.Tests.Evaluation.TestModelBuilder;

namespace Kconfig.Build.Engine.Tests.Evaluation;

[TestClass]
public sealed class IncrementalInvalidationTests
{
    // GATE=n and SELECTOR=y leave HELPER selected with unmet dependencies: every recomputation of
    // HELPER raises the warning again, which makes recomputations countable.
    private static (Configuration Configuration, KconfigModel Model) Build(bool incremental)
    {
        var b = new TestModelBuilder();
        MenuNode gate = b.Config("GATE", SymbolType.Bool, "Gate");
        MenuNode selector = b.Config("SELECTOR", SymbolType.Bool, "Selector");
        b.Default(selector, E(b.Yes));
        MenuNode helper = b.Config("HELPER", SymbolType.Bool, "Helper", dependsOn: E(gate.Symbol!));
        b.Select(selector, helper.Symbol!);
        b.Config("UNRELATED", SymbolType.Bool, "Unrelated");
        MenuNode follower = b.Config("FOLLOWER", SymbolType.Bool, "Follower", dependsOn: E(b.Sym("UNRELATED")));
        b.Default(follower, E(b.Yes));
        KconfigModel model = b.Build();
        var configuration = new Configuration(model) { IncrementalInvalidation = incremental };
        configuration.EvaluateAfterRead();
        return (configuration, model);
    }

    [TestMethod]
    [DataRow(true, 1, DisplayName = "incremental: HELPER does not read UNRELATED, so it is not recomputed")]
    [DataRow(false, 2, DisplayName = "kernel: every symbol is recomputed")]
    public void ChangingAValueRecomputesOnlyItsDependents(bool incremental, int warnings)
    {
        (Configuration configuration, KconfigModel model) = Build(incremental);
        Assert.AreEqual(1, configuration.DependencyWarningCount);
        Assert.AreEqual("n", configuration.GetStringValue(model.FindSymbol("FOLLOWER")!));

        Assert.IsTrue(configuration.SetTristateValue(model.FindSymbol("UNRELATED")!, Tristate.Yes));
        foreach (Symbol symbol in model.Symbols)
        {
            configuration.CalcValue(symbol);
        }

        Assert.AreEqual("y", configuration.GetStringValue(model.FindSymbol("FOLLOWER")!));
        Assert.AreEqual("y", configuration.GetStringValue(model.FindSymbol("HELPER")!));
        Assert.AreEqual(warnings, configuration.DependencyWarningCount);
    }

    [TestMethod]
    public void ChangingASelectorReachesTheSelectedSymbol()
    {
        (Configuration configuration, KconfigModel model) = Build(incremental: true);

        Assert.IsTrue(configuration.SetTristateValue(model.FindSymbol("SELECTOR")!, Tristate.No));

        Assert.AreEqual("n", configuration.GetStringValue(model.FindSymbol("HELPER")!));
    }
}
