using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Engine.Tests.Model;

/// <summary>
/// The rewrites of expr.c on small expressions. Their effect on whole trees is compared with the kernel
/// in FrontEndCaseTests and RealTreeTests; these pin single steps, including where we differ on purpose.
/// </summary>
[TestClass]
public sealed class ExprSimplifierTests
{
    private static readonly Symbol Yes = new("y", 0, SymbolFlags.Constant) { Type = SymbolType.Tristate };
    private static readonly Symbol Mod = new("m", 1, SymbolFlags.Constant) { Type = SymbolType.Tristate };
    private static readonly Symbol No = new("n", 2, SymbolFlags.Constant) { Type = SymbolType.Tristate };
    private static readonly Symbol A = new("A", 3) { Type = SymbolType.Bool };
    private static readonly Symbol B = new("B", 4) { Type = SymbolType.Tristate };
    private static readonly Symbol N = new("N", 5) { Type = SymbolType.Int };

    public static IEnumerable<object[]> Transforms =>
    [
        [Expr.Compare(ExprKind.Equal, A, No), "!A"],
        [Expr.Compare(ExprKind.Equal, A, Yes), "A"],
        [Expr.Compare(ExprKind.Unequal, A, No), "A"],
        [Expr.Compare(ExprKind.Unequal, A, Yes), "!A"],
        [Expr.Compare(ExprKind.Equal, B, No), "B=n"],
        [Expr.Not(Expr.Not(Expr.Sym(A))), "A"],
        [Expr.Not(Expr.Compare(ExprKind.LessThan, N, B)), "N>=B"],
        [Expr.Not(Expr.Compare(ExprKind.GreaterOrEqual, N, B)), "N<B"],
        [Expr.Not(Expr.Or(Expr.Sym(A), Expr.Sym(B))), "!A && !B"],
        [Expr.Not(Expr.And(Expr.Sym(A), Expr.Not(Expr.Sym(B)))), "!A || B"],
        [Expr.Not(Expr.Sym(Yes)), "n"],
        [Expr.Not(Expr.Sym(Mod)), "m"],
    ];

    [TestMethod]
    [DynamicData(nameof(Transforms))]
    public void TransformRewritesAsExprTransform(Expr input, string expected)
    {
        var simplifier = new ExprSimplifier(Yes, Mod, No, stdout: null);

        Assert.AreEqual(expected, ExprPrinter.Print(simplifier.Transform(input)));
    }

    [TestMethod]
    public void BoolTestedForModuleIsReportedOnStdout()
    {
        var printed = new List<string>();
        var simplifier = new ExprSimplifier(Yes, Mod, No, printed.Add);

        Assert.AreEqual("n", ExprPrinter.Print(simplifier.Transform(Expr.Compare(ExprKind.Equal, A, Mod))));
        Assert.AreEqual("y", ExprPrinter.Print(simplifier.Transform(Expr.Compare(ExprKind.Unequal, A, Mod))));
        CollectionAssert.AreEqual(
            new[] { "boolean symbol A tested for 'm'? test forced to 'n'\n", "boolean symbol A tested for 'm'? test forced to 'y'\n" },
            printed);
    }

    [TestMethod]
    public void EliminateDupsJoinsRepeatedOperands()
    {
        var simplifier = new ExprSimplifier(Yes, Mod, No, stdout: null);
        Expr expr = Expr.And(Expr.And(Expr.Sym(A), Expr.Sym(B)), Expr.And(Expr.Sym(A), Expr.Compare(ExprKind.Equal, B, Yes)));

        Assert.AreEqual("A && B=y", ExprPrinter.Print(simplifier.EliminateDups(expr)));
        Assert.AreEqual("A", ExprPrinter.Print(simplifier.EliminateDups(Expr.Or(Expr.Sym(A), Expr.Sym(A)))));
        Assert.IsNull(simplifier.EliminateDups(null));
    }
}
