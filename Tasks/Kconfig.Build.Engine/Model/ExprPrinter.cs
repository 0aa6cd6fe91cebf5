using System.Text;

namespace Kconfig.Build.Engine.Model;

/// <summary>
/// Prints expressions exactly as the kernel's <c>expr_print()</c> does: parentheses only where the
/// operator order needs them, a nameless (choice) symbol as <c>&lt;choice&gt;</c>, a missing expression as
/// <c>y</c>. With a value function it prints like <c>expr_gstr_print()</c>: every typed symbol is followed by
/// <c> [=value]</c>, which is the form of the "Depends on [n]: A [=n]" lines conf prints.
/// </summary>
public static class ExprPrinter
{
    /// <summary>Prints <paramref name="expr"/> as <c>expr_fprint()</c> does.</summary>
    public static string Print(Expr? expr) => Print(expr, valueOf: null);

    /// <summary>
    /// Prints <paramref name="expr"/>; when <paramref name="valueOf"/> is given, each symbol whose type is
    /// known is followed by <c> [=</c>its value<c>]</c>, as <c>expr_gstr_print()</c> does.
    /// </summary>
    public static string Print(Expr? expr, Func<Symbol, string>? valueOf)
    {
        var builder = new StringBuilder();
        Print(expr, builder, valueOf);
        return builder.ToString();
    }

    /// <summary>Appends the printed form of <paramref name="expr"/> to <paramref name="builder"/>.</summary>
    public static void Print(Expr? expr, StringBuilder builder, Func<Symbol, string>? valueOf)
    {
        if (expr is null)
        {
            builder.Append('y');
            return;
        }

        Print(expr, builder, valueOf, Precedence.None);
    }

    /// <summary>
    /// The top-level OR terms of a reverse dependency, left to right, as <c>expr_print_revdep()</c> walks
    /// them for the "Selected by" and "Implied by" lists.
    /// </summary>
    public static IReadOnlyList<Expr> TopLevelOrTerms(Expr? expr)
    {
        var terms = new List<Expr>();
        if (expr is not null)
        {
            CollectOrTerms(expr, terms);
        }

        return terms;
    }

    private static void CollectOrTerms(Expr expr, List<Expr> terms)
    {
        // An explicit stack: OR chains built by menu_finalize are left-deep and can be thousands long.
        var pending = new Stack<Expr>();
        pending.Push(expr);
        while (pending.Count > 0)
        {
            Expr current = pending.Pop();
            if (current.Kind == ExprKind.Or)
            {
                pending.Push(current.Right!);
                pending.Push(current.Left!);
            }
            else
            {
                terms.Add(current);
            }
        }
    }

    // The order of expr_compare_type(): a sub-expression is parenthesised when its operator binds
    // looser than the context it is printed in.
    private enum Precedence
    {
        None,
        Or,
        And,
        Not,
        Equality,
        Relational,
        Symbol,
    }

    private static Precedence PrecedenceOf(ExprKind kind) => kind switch
    {
        ExprKind.Or => Precedence.Or,
        ExprKind.And => Precedence.And,
        ExprKind.Not => Precedence.Not,
        ExprKind.Equal or ExprKind.Unequal => Precedence.Equality,
        ExprKind.Symbol => Precedence.Symbol,
        _ => Precedence.Relational,
    };

    private static bool NeedsParentheses(Precedence context, ExprKind kind)
    {
        // expr_compare_type(context, kind) > 0: only operator contexts tighter than the operator.
        if (context is Precedence.None or Precedence.Symbol)
        {
            return false;
        }

        Precedence own = PrecedenceOf(kind);
        if (own == Precedence.Symbol || own == context)
        {
            return false;
        }

        // Relational contexts never hold sub-expressions; from NOT down to OR, parenthesise looser operators.
        return own < context && own != Precedence.None;
    }

    private static void Print(Expr expr, StringBuilder builder, Func<Symbol, string>? valueOf, Precedence context)
    {
        bool parenthesise = NeedsParentheses(context, expr.Kind);
        if (parenthesise)
        {
            builder.Append('(');
        }

        switch (expr.Kind)
        {
            case ExprKind.Symbol:
                AppendSymbol(expr.Symbol!, builder, valueOf, nameless: "<choice>");
                break;
            case ExprKind.Not:
                builder.Append('!');
                Print(expr.Left!, builder, valueOf, Precedence.Not);
                break;
            case ExprKind.Or:
                Print(expr.Left!, builder, valueOf, Precedence.Or);
                builder.Append(" || ");
                Print(expr.Right!, builder, valueOf, Precedence.Or);
                break;
            case ExprKind.And:
                Print(expr.Left!, builder, valueOf, Precedence.And);
                builder.Append(" && ");
                Print(expr.Right!, builder, valueOf, Precedence.And);
                break;
            default:
                AppendSymbol(expr.Symbol!, builder, valueOf, nameless: "<choice>");
                builder.Append(OperatorText(expr.Kind));
                AppendSymbol(expr.OtherSymbol!, builder, valueOf, nameless: string.Empty);
                break;
        }

        if (parenthesise)
        {
            builder.Append(')');
        }
    }

    internal static string OperatorText(ExprKind kind) => kind switch
    {
        ExprKind.Equal => "=",
        ExprKind.Unequal => "!=",
        ExprKind.LessThan => "<",
        ExprKind.LessOrEqual => "<=",
        ExprKind.GreaterThan => ">",
        ExprKind.GreaterOrEqual => ">=",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a comparison"),
    };

    private static void AppendSymbol(Symbol symbol, StringBuilder builder, Func<Symbol, string>? valueOf, string nameless)
    {
        if (symbol.Name is null)
        {
            // expr_print passes no symbol with "<choice>", so no value is appended to it.
            builder.Append(nameless);
            return;
        }

        builder.Append(symbol.Name);
        if (valueOf is not null && symbol.Type != SymbolType.Unknown)
        {
            builder.Append(" [=").Append(valueOf(symbol)).Append(']');
        }
    }
}
