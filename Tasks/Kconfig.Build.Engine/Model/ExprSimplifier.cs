namespace Kconfig.Build.Engine.Model;

/// <summary>
/// The expression rewrites menu_finalize() applies (expr_transform, expr_eliminate_dups, expr_eliminate_eq,
/// expr_trans_compare) and the structural tests it relies on. They never change a value, but they change
/// the text conf prints in warnings, so they follow expr.c step for step, including its counter of
/// simplifications that drives the fixed-point loops.
/// </summary>
internal sealed class ExprSimplifier
{
    private readonly Symbol _yes;
    private readonly Symbol _mod;
    private readonly Symbol _no;
    private readonly Action<string>? _stdout;
    private int _transformCount;

    /// <param name="yes">The constant <c>y</c>.</param>
    /// <param name="mod">The constant <c>m</c>.</param>
    /// <param name="no">The constant <c>n</c>.</param>
    /// <param name="stdout">Receives the lines expr_transform() prints on stdout ("boolean symbol ... tested for 'm'?").</param>
    public ExprSimplifier(Symbol yes, Symbol mod, Symbol no, Action<string>? stdout)
    {
        _yes = yes;
        _mod = mod;
        _no = no;
        _stdout = stdout;
    }

    public bool IsYes(Expr? e) => e is null || (e.Kind == ExprKind.Symbol && e.Symbol == _yes);

    private Expr SymbolExpr(Symbol s) => Expr.Sym(s);

    private static Expr Two(ExprKind kind, Expr left, Expr right) =>
        kind == ExprKind.And ? Expr.And(left, right) : Expr.Or(left, right);

    // Expressions are immutable, so a node whose operands came back unchanged is reused instead of copied:
    // the fixed-point loops below would otherwise reallocate whole trees on every pass.
    private static Expr Two(Expr original, Expr left, Expr right) =>
        ReferenceEquals(left, original.Left) && ReferenceEquals(right, original.Right) ? original : Two(original.Kind, left, right);

    private static bool IsComparison(ExprKind kind) => kind >= ExprKind.Equal;

    /// <summary>Structural equality after minor simplification (expr_eq).</summary>
    public bool Equal(Expr? e1, Expr? e2)
    {
        if (e1 is null || e2 is null)
        {
            return IsYes(e1) && IsYes(e2);
        }

        if (e1.Kind != e2.Kind)
        {
            return false;
        }

        switch (e1.Kind)
        {
            case ExprKind.Symbol:
                return e1.Symbol == e2.Symbol;
            case ExprKind.Not:
                return Equal(e1.Left, e2.Left);
            case ExprKind.And:
            case ExprKind.Or:
                int saved = _transformCount;
                Expr? a = e1;
                Expr? b = e2;
                EliminateEq(ref a, ref b);
                bool result = a!.Kind == ExprKind.Symbol && b!.Kind == ExprKind.Symbol && a.Symbol == b.Symbol;
                _transformCount = saved;
                return result;
            default:
                return e1.Symbol == e2.Symbol && e1.OtherSymbol == e2.OtherSymbol;
        }
    }

    /// <summary>Removes operands common to both expressions at the same AND/OR level (expr_eliminate_eq).</summary>
    public void EliminateEq(ref Expr? ep1, ref Expr? ep2)
    {
        if (ep1 is null || ep2 is null)
        {
            return;
        }

        Expr e1 = ep1;
        Expr e2 = ep2;
        if (e1.Kind is ExprKind.Or or ExprKind.And)
        {
            EliminateEqLeaves(e1.Kind, ref e1, ref e2);
        }

        if (e1.Kind != e2.Kind && e2.Kind is ExprKind.Or or ExprKind.And)
        {
            EliminateEqLeaves(e2.Kind, ref e1, ref e2);
        }

        ep1 = EliminateYesNo(e1);
        ep2 = EliminateYesNo(e2);
    }

    private void EliminateEqLeaves(ExprKind kind, ref Expr e1, ref Expr e2)
    {
        if (e1.Kind == kind)
        {
            Expr l = e1.Left!;
            Expr r = e1.Right!;
            EliminateEqLeaves(kind, ref l, ref e2);
            EliminateEqLeaves(kind, ref r, ref e2);
            e1 = Two(e1, l, r);
            return;
        }

        if (e2.Kind == kind)
        {
            Expr l = e2.Left!;
            Expr r = e2.Right!;
            EliminateEqLeaves(kind, ref e1, ref l);
            EliminateEqLeaves(kind, ref e1, ref r);
            e2 = Two(e2, l, r);
            return;
        }

        if (e1.Kind == ExprKind.Symbol && e2.Kind == ExprKind.Symbol && e1.Symbol == e2.Symbol &&
            (e1.Symbol == _yes || e1.Symbol == _no))
        {
            return;
        }

        if (!Equal(e1, e2))
        {
            return;
        }

        _transformCount++;
        switch (kind)
        {
            case ExprKind.Or:
                e1 = SymbolExpr(_no);
                e2 = SymbolExpr(_no);
                break;
            case ExprKind.And:
                e1 = SymbolExpr(_yes);
                e2 = SymbolExpr(_yes);
                break;
        }
    }

    /// <summary>Folds <c>y</c> and <c>n</c> operands of AND/OR (expr_eliminate_yn).</summary>
    private Expr EliminateYesNo(Expr e)
    {
        switch (e.Kind)
        {
            case ExprKind.And:
            {
                Expr l = EliminateYesNo(e.Left!);
                Expr r = EliminateYesNo(e.Right!);
                if (l.Kind == ExprKind.Symbol)
                {
                    if (l.Symbol == _no)
                    {
                        return l;
                    }

                    if (l.Symbol == _yes)
                    {
                        return r;
                    }
                }

                if (r.Kind == ExprKind.Symbol)
                {
                    if (r.Symbol == _no)
                    {
                        return r;
                    }

                    if (r.Symbol == _yes)
                    {
                        return l;
                    }
                }

                // expr.c keeps the original node here: the simplified operands are dropped.
                return e;
            }

            case ExprKind.Or:
            {
                Expr l = EliminateYesNo(e.Left!);
                Expr r = EliminateYesNo(e.Right!);
                if (l.Kind == ExprKind.Symbol)
                {
                    if (l.Symbol == _no)
                    {
                        return r;
                    }

                    if (l.Symbol == _yes)
                    {
                        return l;
                    }
                }

                if (r.Kind == ExprKind.Symbol)
                {
                    if (r.Symbol == _no)
                    {
                        return l;
                    }

                    if (r.Symbol == _yes)
                    {
                        return r;
                    }
                }

                return e;
            }

            default:
                return e;
        }
    }

    private Symbol? LeadingSymbol(Expr e1, Expr e2, out Symbol? sym2)
    {
        sym2 = null;
        if (!IsJoinable(e1.Kind) || !IsJoinable(e2.Kind))
        {
            return null;
        }

        Symbol sym1;
        if (e1.Kind == ExprKind.Not)
        {
            Expr inner = e1.Left!;
            if (inner.Kind != ExprKind.Equal && inner.Kind != ExprKind.Unequal && inner.Kind != ExprKind.Symbol)
            {
                return null;
            }

            sym1 = inner.Symbol!;
        }
        else
        {
            sym1 = e1.Symbol!;
        }

        if (e2.Kind == ExprKind.Not)
        {
            if (e2.Left!.Kind != ExprKind.Symbol)
            {
                return null;
            }

            sym2 = e2.Left.Symbol;
        }
        else
        {
            sym2 = e2.Symbol;
        }

        return sym1;

        static bool IsJoinable(ExprKind kind) =>
            kind is ExprKind.Equal or ExprKind.Unequal or ExprKind.Symbol or ExprKind.Not;
    }

    /// <summary><c>e1 || e2</c> as one expression when it has a simpler form, else null (expr_join_or).</summary>
    private Expr? JoinOr(Expr e1, Expr e2)
    {
        if (Equal(e1, e2))
        {
            return e1;
        }

        Symbol? sym1 = LeadingSymbol(e1, e2, out Symbol? sym2);
        if (sym1 is null || sym1 != sym2)
        {
            return null;
        }

        if (sym1.Type != SymbolType.Bool && sym1.Type != SymbolType.Tristate)
        {
            return null;
        }

        if (sym1.Type == SymbolType.Tristate && e1.Kind == ExprKind.Equal && e2.Kind == ExprKind.Equal)
        {
            Symbol? a = e1.OtherSymbol;
            Symbol? b = e2.OtherSymbol;
            if ((a == _yes && b == _mod) || (a == _mod && b == _yes))
            {
                return Expr.Compare(ExprKind.Unequal, sym1, _no);
            }

            if ((a == _yes && b == _no) || (a == _no && b == _yes))
            {
                return Expr.Compare(ExprKind.Unequal, sym1, _mod);
            }

            if ((a == _mod && b == _no) || (a == _no && b == _mod))
            {
                return Expr.Compare(ExprKind.Unequal, sym1, _yes);
            }
        }

        if (sym1.Type == SymbolType.Bool &&
            ((e1.Kind == ExprKind.Not && e1.Left!.Kind == ExprKind.Symbol && e2.Kind == ExprKind.Symbol) ||
             (e2.Kind == ExprKind.Not && e2.Left!.Kind == ExprKind.Symbol && e1.Kind == ExprKind.Symbol)))
        {
            return SymbolExpr(_yes);
        }

        return null;
    }

    /// <summary><c>e1 &amp;&amp; e2</c> as one expression when it has a simpler form, else null (expr_join_and).</summary>
    private Expr? JoinAnd(Expr e1, Expr e2)
    {
        if (Equal(e1, e2))
        {
            return e1;
        }

        Symbol? sym1 = LeadingSymbol(e1, e2, out Symbol? sym2);
        if (sym1 is null || sym1 != sym2)
        {
            return null;
        }

        if (sym1.Type != SymbolType.Bool && sym1.Type != SymbolType.Tristate)
        {
            return null;
        }

        ExprKind k1 = e1.Kind;
        ExprKind k2 = e2.Kind;
        if ((k1 == ExprKind.Symbol && k2 == ExprKind.Equal && e2.OtherSymbol == _yes) ||
            (k2 == ExprKind.Symbol && k1 == ExprKind.Equal && e1.OtherSymbol == _yes))
        {
            return Expr.Compare(ExprKind.Equal, sym1, _yes);
        }

        if ((k1 == ExprKind.Symbol && k2 == ExprKind.Unequal && e2.OtherSymbol == _no) ||
            (k2 == ExprKind.Symbol && k1 == ExprKind.Unequal && e1.OtherSymbol == _no))
        {
            return SymbolExpr(sym1);
        }

        if ((k1 == ExprKind.Symbol && k2 == ExprKind.Unequal && e2.OtherSymbol == _mod) ||
            (k2 == ExprKind.Symbol && k1 == ExprKind.Unequal && e1.OtherSymbol == _mod))
        {
            return Expr.Compare(ExprKind.Equal, sym1, _yes);
        }

        if (sym1.Type == SymbolType.Tristate)
        {
            if (k1 == ExprKind.Equal && k2 == ExprKind.Unequal)
            {
                Symbol value = e1.OtherSymbol!;
                if (e2.OtherSymbol!.IsConstant && value.IsConstant)
                {
                    return value != e2.OtherSymbol ? Expr.Compare(ExprKind.Equal, sym1, value) : SymbolExpr(_no);
                }
            }

            if (k1 == ExprKind.Unequal && k2 == ExprKind.Equal)
            {
                Symbol value = e2.OtherSymbol!;
                if (e1.OtherSymbol!.IsConstant && value.IsConstant)
                {
                    return value != e1.OtherSymbol ? Expr.Compare(ExprKind.Equal, sym1, value) : SymbolExpr(_no);
                }
            }

            if (k1 == ExprKind.Unequal && k2 == ExprKind.Unequal)
            {
                Symbol? a = e1.OtherSymbol;
                Symbol? b = e2.OtherSymbol;
                if ((a == _yes && b == _no) || (a == _no && b == _yes))
                {
                    return Expr.Compare(ExprKind.Equal, sym1, _mod);
                }

                if ((a == _yes && b == _mod) || (a == _mod && b == _yes))
                {
                    return Expr.Compare(ExprKind.Equal, sym1, _no);
                }

                if ((a == _mod && b == _no) || (a == _no && b == _mod))
                {
                    return Expr.Compare(ExprKind.Equal, sym1, _yes);
                }
            }
        }

        return null;
    }

    private void EliminateDupLeaves(ExprKind kind, ref Expr e1, ref Expr e2)
    {
        if (e1.Kind == kind)
        {
            Expr l = e1.Left!;
            Expr r = e1.Right!;
            EliminateDupLeaves(kind, ref l, ref e2);
            EliminateDupLeaves(kind, ref r, ref e2);
            e1 = Two(e1, l, r);
            return;
        }

        if (e2.Kind == kind)
        {
            Expr l = e2.Left!;
            Expr r = e2.Right!;
            EliminateDupLeaves(kind, ref e1, ref l);
            EliminateDupLeaves(kind, ref e1, ref r);
            e2 = Two(e2, l, r);
            return;
        }

        Expr? joined = kind == ExprKind.Or ? JoinOr(e1, e2) : JoinAnd(e1, e2);
        if (joined is not null)
        {
            e1 = SymbolExpr(kind == ExprKind.Or ? _no : _yes);
            e2 = joined;
            _transformCount++;
        }
    }

    /// <summary>Joins duplicate and redundant operands until nothing changes (expr_eliminate_dups).</summary>
    public Expr? EliminateDups(Expr? e)
    {
        if (e is null)
        {
            return null;
        }

        int saved = _transformCount;
        do
        {
            _transformCount = 0;
            if (e.Kind is ExprKind.Or or ExprKind.And)
            {
                Expr l = EliminateDups(e.Left)!;
                Expr r = EliminateDups(e.Right)!;
                EliminateDupLeaves(e.Kind, ref l, ref r);
                e = Two(e, l, r);
            }

            e = EliminateYesNo(e);
        }
        while (_transformCount != 0);

        _transformCount = saved;
        return e;
    }

    /// <summary>Pushes negations down and folds comparisons of bool symbols (expr_transform).</summary>
    public Expr? Transform(Expr? e)
    {
        if (e is null)
        {
            return null;
        }

        if (e.Kind is ExprKind.And or ExprKind.Or)
        {
            // expr.c transforms both operands as arguments of one call, and the gcc that builds conf evaluates
            // arguments right to left: the right operand's "tested for 'm'" line comes out first.
            Expr right = Transform(e.Right)!;
            Expr left = Transform(e.Left)!;
            e = Two(e, left, right);
        }
        else if (e.Kind == ExprKind.Not)
        {
            Expr operand = Transform(e.Left)!;
            e = ReferenceEquals(operand, e.Left) ? e : Expr.Not(operand);
        }

        switch (e.Kind)
        {
            case ExprKind.Equal:
                if (e.Symbol!.Type != SymbolType.Bool)
                {
                    break;
                }

                if (e.OtherSymbol == _no)
                {
                    return Expr.Not(SymbolExpr(e.Symbol));
                }

                if (e.OtherSymbol == _mod)
                {
                    _stdout?.Invoke($"boolean symbol {e.Symbol.Name} tested for 'm'? test forced to 'n'\n");
                    return SymbolExpr(_no);
                }

                if (e.OtherSymbol == _yes)
                {
                    return SymbolExpr(e.Symbol);
                }

                break;
            case ExprKind.Unequal:
                if (e.Symbol!.Type != SymbolType.Bool)
                {
                    break;
                }

                if (e.OtherSymbol == _no)
                {
                    return SymbolExpr(e.Symbol);
                }

                if (e.OtherSymbol == _mod)
                {
                    _stdout?.Invoke($"boolean symbol {e.Symbol.Name} tested for 'm'? test forced to 'y'\n");
                    return SymbolExpr(_yes);
                }

                if (e.OtherSymbol == _yes)
                {
                    // expr.c wraps the symbol pointer as if it were an expression here, and conf crashes on
                    // such input; we build the intended !A.
                    return Expr.Not(SymbolExpr(e.Symbol));
                }

                break;
            case ExprKind.Not:
                Expr inner = e.Left!;
                switch (inner.Kind)
                {
                    case ExprKind.Not:
                        return inner.Left!;
                    case ExprKind.Equal:
                    case ExprKind.Unequal:
                        return Expr.Compare(inner.Kind == ExprKind.Equal ? ExprKind.Unequal : ExprKind.Equal, inner.Symbol!, inner.OtherSymbol!);
                    case ExprKind.LessOrEqual:
                    case ExprKind.GreaterOrEqual:
                        return Expr.Compare(inner.Kind == ExprKind.LessOrEqual ? ExprKind.GreaterThan : ExprKind.LessThan, inner.Symbol!, inner.OtherSymbol!);
                    case ExprKind.LessThan:
                    case ExprKind.GreaterThan:
                        return Expr.Compare(inner.Kind == ExprKind.LessThan ? ExprKind.GreaterOrEqual : ExprKind.LessOrEqual, inner.Symbol!, inner.OtherSymbol!);
                    case ExprKind.Or:
                        return Transform(Expr.And(Expr.Not(inner.Left!), Expr.Not(inner.Right!)));
                    case ExprKind.And:
                        return Transform(Expr.Or(Expr.Not(inner.Left!), Expr.Not(inner.Right!)));
                    case ExprKind.Symbol:
                        if (inner.Symbol == _yes)
                        {
                            return SymbolExpr(_no);
                        }

                        if (inner.Symbol == _mod)
                        {
                            return SymbolExpr(_mod);
                        }

                        if (inner.Symbol == _no)
                        {
                            return SymbolExpr(_yes);
                        }

                        break;
                }

                break;
        }

        return e;
    }

    /// <summary>Rewrites <paramref name="e"/> as a comparison of its operands against <paramref name="sym"/> (expr_trans_compare).</summary>
    public Expr? TransCompare(Expr? e, ExprKind type, Symbol sym)
    {
        if (e is null)
        {
            Expr s = SymbolExpr(sym);
            return type == ExprKind.Unequal ? Expr.Not(s) : s;
        }

        switch (e.Kind)
        {
            case ExprKind.And:
            case ExprKind.Or:
            {
                Expr e1 = TransCompare(e.Left, ExprKind.Equal, sym)!;
                Expr e2 = TransCompare(e.Right, ExprKind.Equal, sym)!;
                ExprKind inner = e.Kind == ExprKind.And ? ExprKind.Or : ExprKind.And;
                if (sym == _yes)
                {
                    e = Two(e.Kind, e1, e2);
                }

                if (sym == _no)
                {
                    e = Two(inner, e1, e2);
                }

                return type == ExprKind.Unequal ? Expr.Not(e) : e;
            }

            case ExprKind.Not:
                return TransCompare(e.Left, type == ExprKind.Equal ? ExprKind.Unequal : ExprKind.Equal, sym);
            case ExprKind.Symbol:
                return Expr.Compare(type, e.Symbol!, sym);
            default:
                if (type == ExprKind.Equal)
                {
                    if (sym == _yes)
                    {
                        return e;
                    }

                    if (sym == _mod)
                    {
                        return SymbolExpr(_no);
                    }

                    if (sym == _no)
                    {
                        return Expr.Not(e);
                    }
                }
                else
                {
                    if (sym == _yes)
                    {
                        return Expr.Not(e);
                    }

                    if (sym == _mod)
                    {
                        return SymbolExpr(_yes);
                    }

                    if (sym == _no)
                    {
                        return e;
                    }
                }

                return null;
        }
    }

    /// <summary>Whether <paramref name="sym"/> appears anywhere in <paramref name="dep"/> (expr_contains_symbol).</summary>
    public static bool ContainsSymbol(Expr? dep, Symbol sym)
    {
        if (dep is null)
        {
            return false;
        }

        switch (dep.Kind)
        {
            case ExprKind.And:
            case ExprKind.Or:
                return ContainsSymbol(dep.Left, sym) || ContainsSymbol(dep.Right, sym);
            case ExprKind.Symbol:
                return dep.Symbol == sym;
            case ExprKind.Not:
                return ContainsSymbol(dep.Left, sym);
            default:
                return dep.Symbol == sym || dep.OtherSymbol == sym;
        }
    }

    /// <summary>Whether <paramref name="dep"/> can only be true when <paramref name="sym"/> is (expr_depends_symbol).</summary>
    public bool DependsOnSymbol(Expr? dep, Symbol sym)
    {
        if (dep is null)
        {
            return false;
        }

        switch (dep.Kind)
        {
            case ExprKind.And:
                return DependsOnSymbol(dep.Left, sym) || DependsOnSymbol(dep.Right, sym);
            case ExprKind.Symbol:
                return dep.Symbol == sym;
            case ExprKind.Equal:
                return dep.Symbol == sym && (dep.OtherSymbol == _yes || dep.OtherSymbol == _mod);
            case ExprKind.Unequal:
                return dep.Symbol == sym && dep.OtherSymbol == _no;
            default:
                return false;
        }
    }
}
