using System.Runtime.CompilerServices;
using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Engine.Evaluation;

/// <summary>
/// For every symbol, the symbols whose computed value reads it: through prompt, default and range
/// conditions, default values, range bounds, direct and reverse dependencies and implies, and, inside
/// a choice, every other member and the choice's defaults. Built once per model; it lets a
/// configuration invalidate only what a changed user value can reach.
/// </summary>
public sealed class SymbolDependents
{
    private static readonly ConditionalWeakTable<KconfigModel, SymbolDependents> Cache = new();
    private readonly int[][] _dependents;

    private SymbolDependents(int[][] dependents)
    {
        _dependents = dependents;
    }

    public static SymbolDependents For(KconfigModel model) => Cache.GetValue(model, Build);

    /// <summary>Indexes of the symbols that read <paramref name="symbol"/> directly.</summary>
    public IReadOnlyList<int> Of(Symbol symbol) => _dependents[symbol.Index];

    private static SymbolDependents Build(KconfigModel model)
    {
        int count = model.Symbols.Count;
        var sets = new HashSet<int>?[count];
        var pending = new Stack<Expr>();

        void AddEdge(Symbol? input, Symbol reader)
        {
            if (input is null || ReferenceEquals(input, reader))
            {
                return;
            }

            (sets[input.Index] ??= new HashSet<int>()).Add(reader.Index);
        }

        void AddExpr(Expr? expr, Symbol reader)
        {
            if (expr is null)
            {
                return;
            }

            pending.Push(expr);
            while (pending.Count > 0)
            {
                Expr e = pending.Pop();
                AddEdge(e.Symbol, reader);
                AddEdge(e.OtherSymbol, reader);
                if (e.Left is not null)
                {
                    pending.Push(e.Left);
                }

                if (e.Right is not null)
                {
                    pending.Push(e.Right);
                }
            }
        }

        foreach (Symbol symbol in model.Symbols)
        {
            AddExpr(symbol.DirectDependency, symbol);
            AddExpr(symbol.ReverseDependency, symbol);
            AddExpr(symbol.Implied, symbol);
            foreach (Property prop in symbol.Properties)
            {
                if (prop.Kind is PropertyKind.Select or PropertyKind.Imply)
                {
                    continue;
                }

                AddExpr(prop.Visible, symbol);
                AddExpr(prop.Expr, symbol);
                AddEdge(prop.RangeLow, symbol);
                AddEdge(prop.RangeHigh, symbol);
            }

            if (symbol.ChoiceNode is { } choice)
            {
                foreach (Symbol member in choice.ChoiceMembers)
                {
                    AddEdge(member, symbol);
                    foreach (Property prop in member.Properties)
                    {
                        AddExpr(prop.Visible, symbol);
                    }
                }

                if (choice.Symbol is { } choiceSymbol)
                {
                    AddEdge(choiceSymbol, symbol);
                    foreach (Property prop in choiceSymbol.Properties)
                    {
                        AddExpr(prop.Visible, symbol);
                        AddExpr(prop.Expr, symbol);
                    }
                }
            }
        }

        var dependents = new int[count][];
        for (int i = 0; i < count; i++)
        {
            int[] list = sets[i] is { } set ? set.ToArray() : Array.Empty<int>();
            Array.Sort(list);
            dependents[i] = list;
        }

        return new SymbolDependents(dependents);
    }
}
