using System.Text;
using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Engine.Evaluation;

/// <summary>
/// Prints expressions as expr_print() does, so warning text matches conf: parentheses only where the
/// operator order needs them, and optionally each symbol's current value as <c>NAME [=value]</c>.
/// </summary>
public static class ExprPrinter
{
    /// <summary>The expression alone, as in help texts and dependency listings.</summary>
    public static string Print(Expr? expr)
    {
        var builder = new StringBuilder();
        Print(builder, expr, null, null);
        return builder.ToString();
    }

    /// <summary>
    /// The expression with <c> [=value]</c> after every typed symbol (expr_gstr_print()), values read
    /// from <paramref name="configuration"/> without recomputing them, as the kernel does.
    /// </summary>
    public static string PrintWithValues(Expr? expr, Configuration configuration)
    {
        var builder = new StringBuilder();
        Print(builder, expr, configuration, null);
        return builder.ToString();
    }

    internal static void Print(StringBuilder builder, Expr? expr, Configuration? configuration, ExprKind? previous)
    {
        if (expr is null)
        {
            builder.Append('y');
            return;
        }

        bool parenthesize = previous is { } p && NeedsParentheses(p, expr.Kind);
        if (parenthesize)
        {
            builder.Append('(');
        }

        switch (expr.Kind)
        {
            case ExprKind.Symbol:
                AppendSymbol(builder, expr.Symbol!, configuration, choiceAsName: true);
                break;
            case ExprKind.Not:
                builder.Append('!');
                Print(builder, expr.Left, configuration, ExprKind.Not);
                break;
            case ExprKind.And:
                Print(builder, expr.Left, configuration, ExprKind.And);
                builder.Append(" && ");
                Print(builder, expr.Right, configuration, ExprKind.And);
                break;
            case ExprKind.Or:
                Print(builder, expr.Left, configuration, ExprKind.Or);
                builder.Append(" || ");
                Print(builder, expr.Right, configuration, ExprKind.Or);
                break;
            default:
                AppendSymbol(builder, expr.Symbol!, configuration, choiceAsName: true);
                builder.Append(expr.Kind switch
                {
                    ExprKind.Equal => "=",
                    ExprKind.Unequal => "!=",
                    ExprKind.LessThan => "<",
                    ExprKind.LessOrEqual => "<=",
                    ExprKind.GreaterThan => ">",
                    _ => ">=",
                });
                AppendSymbol(builder, expr.OtherSymbol!, configuration, choiceAsName: false);
                break;
        }

        if (parenthesize)
        {
            builder.Append(')');
        }
    }

    private static void AppendSymbol(StringBuilder builder, Symbol symbol, Configuration? configuration, bool choiceAsName)
    {
        if (symbol.Name is null)
        {
            // The kernel prints a placeholder and no value for the anonymous choice symbol.
            builder.Append(choiceAsName ? "<choice>" : string.Empty);
            return;
        }

        builder.Append(symbol.Name);
        if (configuration is not null && symbol.Type != SymbolType.Unknown)
        {
            builder.Append(" [=").Append(configuration.CurrentStringValue(symbol)).Append(']');
        }
    }

    // expr_compare_type(previous, current) > 0: the inner operator binds more loosely than the outer.
    private static bool NeedsParentheses(ExprKind previous, ExprKind current)
    {
        switch (previous)
        {
            case ExprKind.LessThan or ExprKind.LessOrEqual or ExprKind.GreaterThan or ExprKind.GreaterOrEqual:
                return current is ExprKind.Equal or ExprKind.Unequal or ExprKind.Not or ExprKind.And or ExprKind.Or;
            case ExprKind.Equal or ExprKind.Unequal:
                return current is ExprKind.Not or ExprKind.And or ExprKind.Or;
            case ExprKind.Not:
                return current is ExprKind.And or ExprKind.Or;
            case ExprKind.And:
                return current == ExprKind.Or;
            default:
                return false;
        }
    }
}
