using System.Text;
using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Engine.Tests.FrontEndRealTree;

/// <summary>
/// Prints a finalised model in the canonical form of kconfig-model-dump.c (see its header), so our
/// model can be compared line for line with the one the kernel's own front end builds.
/// </summary>
internal static class ModelDump
{
    public static string Print(KconfigModel model)
    {
        var text = new StringBuilder();
        PrintNode(text, model.RootMenu, 0);
        for (MenuNode? menu = model.RootMenu.FirstChild; menu is not null; menu = NextNode(menu))
        {
            int depth = 0;
            for (MenuNode p = menu; p != model.RootMenu; p = p.Parent!)
            {
                depth++;
            }

            PrintNode(text, menu, depth);
        }

        var lines = new List<byte[]>();
        foreach (Symbol symbol in model.Symbols)
        {
            if (symbol.IsConstant)
            {
                continue;
            }

            var line = new StringBuilder("S ");
            line.Append(NameOf(symbol)).Append(' ').Append(TypeName(symbol.Type));
            line.Append(" | dir_dep=").Append(ExprText(symbol.DirectDependency));
            line.Append(" | rev_dep=").Append(ExprText(symbol.ReverseDependency));
            line.Append(" | implied=").Append(ExprText(symbol.Implied));
            foreach (Property property in symbol.Properties)
            {
                line.Append(" | P ").Append(PropertyName(property.Kind)).Append(' ')
                    .Append(property.Location.File).Append(':').Append(property.Location.Line).Append(' ');
                if (property.Kind is PropertyKind.Prompt or PropertyKind.Menu)
                {
                    line.Append('"').Append(Escape(property.Text)).Append('"');
                }
                else if (property.Kind == PropertyKind.Range)
                {
                    line.Append('[').Append(property.RangeLow!.Name).Append(' ').Append(property.RangeHigh!.Name).Append(']');
                }
                else
                {
                    line.Append(ExprText(property.Expr));
                }

                line.Append(" if ").Append(ExprText(property.Visible));
            }

            lines.Add(Encoding.UTF8.GetBytes(line.ToString()));
        }

        lines.Sort((a, b) => a.AsSpan().SequenceCompareTo(b));
        foreach (byte[] line in lines)
        {
            text.Append(Encoding.UTF8.GetString(line)).Append('\n');
        }

        return text.ToString();
    }

    private static MenuNode? NextNode(MenuNode menu)
    {
        if (menu.FirstChild is not null)
        {
            return menu.FirstChild;
        }

        for (MenuNode? m = menu; m is not null; m = m.Parent)
        {
            if (m.Next is not null)
            {
                return m.Next;
            }
        }

        return null;
    }

    private static void PrintNode(StringBuilder text, MenuNode menu, int depth)
    {
        string kind = menu.Kind switch
        {
            MenuNodeKind.Root => "root",
            MenuNodeKind.Config or MenuNodeKind.MenuConfig => "config",
            MenuNodeKind.Choice => "choice",
            MenuNodeKind.Menu => "menu",
            MenuNodeKind.Comment => "comment",
            _ => "if",
        };
        text.Append("N ").Append(depth).Append(' ').Append(kind).Append(' ')
            .Append(menu.Symbol is null ? "-" : NameOf(menu.Symbol)).Append(' ')
            .Append(menu.Kind == MenuNodeKind.Root ? "-" : menu.Location.File).Append(':')
            .Append(menu.Kind == MenuNodeKind.Root ? 0 : menu.Location.Line)
            .Append(" | dep=").Append(ExprText(menu.Dependency))
            .Append(" | prompt=");
        if (menu.Prompt is { } prompt)
        {
            text.Append(PropertyName(prompt.Kind)).Append(" \"").Append(Escape(prompt.Text)).Append("\" if ").Append(ExprText(prompt.Visible));
        }
        else
        {
            text.Append('-');
        }

        text.Append(" | visibility=").Append(ExprText(menu.Visibility))
            .Append(" | help=").Append(menu.Help is null ? "-" : Escape(menu.Help))
            .Append('\n');
    }

    private static string NameOf(Symbol symbol) =>
        symbol.Name ?? $"<choice>@{symbol.Nodes[0].Location.File}:{symbol.Nodes[0].Location.Line}";

    private static string ExprText(Expr? e) => e is null ? "-" : ExprPrinter.Print(e);

    private static string TypeName(SymbolType type) => type switch
    {
        SymbolType.Bool => "bool",
        SymbolType.Tristate => "tristate",
        SymbolType.Int => "int",
        SymbolType.Hex => "hex",
        SymbolType.String => "string",
        _ => "unknown",
    };

    private static string PropertyName(PropertyKind kind) => kind switch
    {
        PropertyKind.Prompt => "prompt",
        PropertyKind.Comment => "comment",
        PropertyKind.Menu => "menu",
        PropertyKind.Default => "default",
        PropertyKind.Select => "select",
        PropertyKind.Imply => "imply",
        _ => "range",
    };

    private static string Escape(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            _ = c switch
            {
                '\\' => escaped.Append("\\\\"),
                '"' => escaped.Append("\\\""),
                '\n' => escaped.Append("\\n"),
                '\t' => escaped.Append("\\t"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
