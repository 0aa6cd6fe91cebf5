using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Engine.Tests.Model;

[TestClass]
public sealed class ExprPrinterTests
{
    private static readonly Symbol A = new("A", 10) { Type = SymbolType.Bool };
    private static readonly Symbol B = new("B", 11) { Type = SymbolType.Tristate };
    private static readonly Symbol C = new("C", 12);
    private static readonly Symbol Choice = new(null, 13, SymbolFlags.Choice) { Type = SymbolType.Bool };

    public static IEnumerable<object[]> Shapes =>
    [
        [Expr.And(Expr.Sym(A), Expr.Or(Expr.Sym(B), Expr.Sym(C))), "A && (B || C)"],
        [Expr.Or(Expr.Sym(A), Expr.And(Expr.Sym(B), Expr.Sym(C))), "A || B && C"],
        [Expr.And(Expr.Or(Expr.Sym(A), Expr.Sym(B)), Expr.Sym(C)), "(A || B) && C"],
        [Expr.Or(Expr.Or(Expr.Sym(A), Expr.Sym(B)), Expr.Sym(C)), "A || B || C"],
        [Expr.Not(Expr.And(Expr.Sym(A), Expr.Sym(B))), "!(A && B)"],
        [Expr.Not(Expr.Compare(ExprKind.Equal, A, B)), "!A=B"],
        [Expr.Not(Expr.Not(Expr.Sym(A))), "!!A"],
        [Expr.And(Expr.Compare(ExprKind.LessThan, A, C), Expr.Compare(ExprKind.GreaterOrEqual, B, C)), "A<C && B>=C"],
        [Expr.Or(Expr.Compare(ExprKind.Unequal, A, B), Expr.Compare(ExprKind.LessOrEqual, B, C)), "A!=B || B<=C"],
        [Expr.Compare(ExprKind.GreaterThan, Choice, C), "<choice>>C"],
        [Expr.Sym(Choice), "<choice>"],
    ];

    [TestMethod]
    [DynamicData(nameof(Shapes))]
    public void PrintsLikeExprPrint(Expr expr, string expected) => Assert.AreEqual(expected, ExprPrinter.Print(expr));

    [TestMethod]
    public void MissingExpressionIsY() => Assert.AreEqual("y", ExprPrinter.Print(null));

    [TestMethod]
    public void ValuesFollowTypedSymbolsOnly()
    {
        Expr expr = Expr.And(Expr.Sym(A), Expr.Or(Expr.Compare(ExprKind.Equal, B, C), Expr.Sym(Choice)));

        string printed = ExprPrinter.Print(expr, s => s == A ? "y" : s == B ? "m" : "n");

        // C has no type (a constant-like word) and the choice symbol is printed without a value.
        Assert.AreEqual("A [=y] && (B [=m]=C || <choice>)", printed);
    }

    [TestMethod]
    public void TopLevelOrTermsAreListedLeftToRight()
    {
        Expr inner = Expr.Or(Expr.Sym(B), Expr.Sym(C));
        Expr expr = Expr.Or(Expr.Or(Expr.Sym(A), Expr.And(Expr.Sym(B), inner)), Expr.Sym(C));

        string[] terms = ExprPrinter.TopLevelOrTerms(expr).Select(ExprPrinter.Print).ToArray();

        CollectionAssert.AreEqual(new[] { "A", "B && (B || C)", "C" }, terms);
        Assert.AreEqual(0, ExprPrinter.TopLevelOrTerms(null).Count);
    }

    [TestMethod]
    public void LongOrChainsDoNotExhaustTheStack()
    {
        Expr chain = Expr.Sym(A);
        for (int i = 0; i < 200_000; i++)
        {
            chain = Expr.Or(chain, Expr.Sym(B));
        }

        Assert.AreEqual(200_001, ExprPrinter.TopLevelOrTerms(chain).Count);
    }
}
