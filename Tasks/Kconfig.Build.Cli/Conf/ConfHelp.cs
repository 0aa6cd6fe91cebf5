using System.Text;
using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Cli.Conf;

/// <summary>The help block conf prints for <c>?</c> and --helpnewconfig (menu_get_ext_help()).</summary>
internal static class ConfHelp
{
    private const string NoHelp = "There is no help available for this option.";

    public static string Format(Configuration configuration, MenuNode menu)
    {
        var text = new StringBuilder();
        Symbol? symbol = menu.Symbol;
        string help = NoHelp;
        if (menu.Help is { } nodeHelp)
        {
            if (symbol?.Name is not null)
            {
                text.Append(configuration.Prefix).Append(symbol.Name).Append(":\n\n");
            }

            help = nodeHelp;
        }

        text.Append(help).Append('\n');
        if (symbol is not null)
        {
            AppendSymbol(text, configuration, symbol);
        }

        return text.ToString();
    }

    private static void AppendSymbol(StringBuilder text, Configuration configuration, Symbol symbol)
    {
        if (symbol.Name is not null)
        {
            text.Append("Symbol: ").Append(symbol.Name).Append(" [=").Append(configuration.CurrentStringValue(symbol)).Append("]\n");
            text.Append("Type  : ").Append(TypeName(symbol.Type)).Append('\n');
            if (symbol.Type is SymbolType.Int or SymbolType.Hex && configuration.GetActiveRange(symbol) is { } range)
            {
                text.Append("Range : [");
                AppendOperand(text, configuration, range.Low);
                text.Append(' ');
                AppendOperand(text, configuration, range.High);
                text.Append("]\n");
            }
        }

        foreach (MenuNode node in symbol.Nodes)
        {
            if (node.Prompt is { } prompt)
            {
                text.Append("Defined at ").Append(node.Location.File).Append(':').Append(node.Location.Line).Append('\n');
                AppendPrompt(text, configuration, node, prompt);
            }
        }

        foreach (MenuNode node in symbol.Nodes)
        {
            if (node.Prompt is null)
            {
                text.Append("Defined at ").Append(node.Location.File).Append(':').Append(node.Location.Line).Append('\n');
                AppendDependency(text, configuration, node.Dependency, "  Depends on: ");
            }
        }

        AppendProperties(text, configuration, symbol, PropertyKind.Select, "Selects: ");
        if (symbol.ReverseDependency is { } reverse)
        {
            AppendTerms(text, configuration, reverse, Tristate.Yes, "Selected by [y]:\n");
            AppendTerms(text, configuration, reverse, Tristate.Mod, "Selected by [m]:\n");
            AppendTerms(text, configuration, reverse, Tristate.No, "Selected by [n]:\n");
        }

        AppendProperties(text, configuration, symbol, PropertyKind.Imply, "Implies: ");
        if (symbol.Implied is { } implied)
        {
            AppendTerms(text, configuration, implied, Tristate.Yes, "Implied by [y]:\n");
            AppendTerms(text, configuration, implied, Tristate.Mod, "Implied by [m]:\n");
            AppendTerms(text, configuration, implied, Tristate.No, "Implied by [n]:\n");
        }

        text.Append("\n\n");
    }

    private static void AppendPrompt(StringBuilder text, Configuration configuration, MenuNode node, Property prompt)
    {
        text.Append("  Prompt: ").Append(prompt.Text).Append('\n');
        AppendDependency(text, configuration, node.Dependency, "  Depends on: ");
        if (!ExprEquals(node.Dependency, prompt.Visible))
        {
            AppendDependency(text, configuration, prompt.Visible, "  Visible if: ");
        }

        var chain = new List<MenuNode>();
        for (MenuNode? m = node; m is not null && m.Kind != MenuNodeKind.Root && chain.Count < 8; m = m.Parent)
        {
            chain.Add(m);
        }

        text.Append("  Location:\n");
        for (int j = 0, i = chain.Count - 1; i >= 0; i--, j++)
        {
            MenuNode m = chain[i];
            text.Append(' ', 2 * j + 4).Append("-> ").Append(m.Prompt?.Text ?? m.Symbol?.Name);
            if (m.Symbol is { } s)
            {
                text.Append(" (").Append(s.Name ?? "<choice>").Append(" [=").Append(configuration.CurrentStringValue(s)).Append("])");
            }

            text.Append('\n');
        }
    }

    private static void AppendDependency(StringBuilder text, Configuration configuration, Expr? expr, string prefix)
    {
        if (expr is null || (expr.Kind == ExprKind.Symbol && ReferenceEquals(expr.Symbol, configuration.Model.Yes)))
        {
            return;
        }

        text.Append(prefix).Append(ExprPrinter.Print(expr, configuration.CurrentStringValue)).Append('\n');
    }

    private static void AppendProperties(StringBuilder text, Configuration configuration, Symbol symbol, PropertyKind kind, string prefix)
    {
        bool hit = false;
        foreach (Property prop in symbol.Properties)
        {
            if (prop.Kind != kind)
            {
                continue;
            }

            text.Append(hit ? " && " : prefix);
            hit = true;
            text.Append(ExprPrinter.Print(prop.Expr, configuration.CurrentStringValue));
        }

        if (hit)
        {
            text.Append('\n');
        }
    }

    private static void AppendTerms(StringBuilder text, Configuration configuration, Expr expr, Tristate wanted, string title)
    {
        string? pending = title;
        AppendTerms(text, configuration, expr, wanted, ref pending);
    }

    private static void AppendTerms(StringBuilder text, Configuration configuration, Expr expr, Tristate wanted, ref string? title)
    {
        if (expr.Kind == ExprKind.Or)
        {
            AppendTerms(text, configuration, expr.Left!, wanted, ref title);
            AppendTerms(text, configuration, expr.Right!, wanted, ref title);
            return;
        }

        if (configuration.Eval(expr) != wanted)
        {
            return;
        }

        if (title is not null)
        {
            text.Append(title);
            title = null;
        }

        text.Append("  - ").Append(ExprPrinter.Print(expr, configuration.CurrentStringValue)).Append('\n');
    }

    private static void AppendOperand(StringBuilder text, Configuration configuration, Symbol symbol)
    {
        text.Append(symbol.Name);
        if (symbol.Type != SymbolType.Unknown)
        {
            text.Append(" [=").Append(configuration.CurrentStringValue(symbol)).Append(']');
        }
    }

    private static bool ExprEquals(Expr? a, Expr? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.Kind != b.Kind)
        {
            return false;
        }

        return ReferenceEquals(a.Symbol, b.Symbol) && ReferenceEquals(a.OtherSymbol, b.OtherSymbol)
            && ExprEquals(a.Left, b.Left) && ExprEquals(a.Right, b.Right);
    }

    private static string TypeName(SymbolType type) => type switch
    {
        SymbolType.Bool => "bool",
        SymbolType.Tristate => "tristate",
        SymbolType.Int => "integer",
        SymbolType.Hex => "hex",
        SymbolType.String => "string",
        _ => "unknown",
    };
}
