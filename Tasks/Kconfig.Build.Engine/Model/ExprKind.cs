namespace Kconfig.Build.Engine.Model;

/// <summary>Expression node kinds, as <c>enum expr_type</c> in scripts/kconfig/expr.h.</summary>
public enum ExprKind : byte
{
    /// <summary>A single symbol (E_SYMBOL); <see cref="Expr.Symbol"/> is set.</summary>
    Symbol,
    /// <summary><c>!Left</c> (E_NOT).</summary>
    Not,
    /// <summary><c>Left &amp;&amp; Right</c> (E_AND).</summary>
    And,
    /// <summary><c>Left || Right</c> (E_OR).</summary>
    Or,
    /// <summary><c>Symbol = OtherSymbol</c> (E_EQUAL).</summary>
    Equal,
    /// <summary><c>Symbol != OtherSymbol</c> (E_UNEQUAL).</summary>
    Unequal,
    /// <summary><c>Symbol &lt; OtherSymbol</c> (E_LTH).</summary>
    LessThan,
    /// <summary><c>Symbol &lt;= OtherSymbol</c> (E_LEQ).</summary>
    LessOrEqual,
    /// <summary><c>Symbol &gt; OtherSymbol</c> (E_GTH).</summary>
    GreaterThan,
    /// <summary><c>Symbol &gt;= OtherSymbol</c> (E_GEQ).</summary>
    GreaterOrEqual,
}
