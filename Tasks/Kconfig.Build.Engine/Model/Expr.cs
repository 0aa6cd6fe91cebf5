namespace Kconfig.Build.Engine.Model;

/// <summary>
/// An immutable Kconfig expression tree node (<c>struct expr</c>). Symbol and comparison nodes carry
/// symbols; NOT carries <see cref="Left"/>; AND/OR carry <see cref="Left"/> and <see cref="Right"/>.
/// A missing expression (null) means "no condition", which evaluates to y.
/// </summary>
public sealed class Expr
{
    private Expr(ExprKind kind, Expr? left, Expr? right, Symbol? symbol, Symbol? otherSymbol)
    {
        Kind = kind;
        Left = left;
        Right = right;
        Symbol = symbol;
        OtherSymbol = otherSymbol;
    }

    public ExprKind Kind { get; }

    /// <summary>Operand of NOT; left operand of AND/OR.</summary>
    public Expr? Left { get; }

    /// <summary>Right operand of AND/OR.</summary>
    public Expr? Right { get; }

    /// <summary>The symbol of a Symbol node; the left symbol of a comparison.</summary>
    public Symbol? Symbol { get; }

    /// <summary>The right symbol of a comparison.</summary>
    public Symbol? OtherSymbol { get; }

    /// <summary>The symbol's node: one per symbol, shared (expressions are immutable).</summary>
    public static Expr Sym(Symbol symbol) => symbol.SymbolExpr ??= new(ExprKind.Symbol, null, null, symbol, null);

    public static Expr Not(Expr operand) => new(ExprKind.Not, operand, null, null, null);

    public static Expr And(Expr left, Expr right) => new(ExprKind.And, left, right, null, null);

    public static Expr Or(Expr left, Expr right) => new(ExprKind.Or, left, right, null, null);

    /// <summary>A comparison; <paramref name="kind"/> is one of Equal .. GreaterOrEqual.</summary>
    public static Expr Compare(ExprKind kind, Symbol left, Symbol right)
    {
        if (kind < ExprKind.Equal)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a comparison");
        }

        return new(kind, null, null, left, right);
    }

    /// <summary>AND of two optional expressions; null stands for y, as in expr_alloc_and().</summary>
    public static Expr? AndOptional(Expr? left, Expr? right) =>
        left is null ? right : right is null ? left : And(left, right);

    /// <summary>OR of two optional expressions; null stands for "nothing yet", as in expr_alloc_or().</summary>
    public static Expr? OrOptional(Expr? left, Expr? right) =>
        left is null ? right : right is null ? left : Or(left, right);
}
