using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Engine.Provenance;

/// <summary>Where a symbol sits in the menu tree, as menuconfig shows it: the prompts of the menus above it.</summary>
public static class MenuPath
{
    public const string Separator = " > ";

    /// <summary>The prompts above the symbol's first prompted menu node (else its first node), outermost first.</summary>
    public static string Of(Symbol symbol)
    {
        MenuNode? node = symbol.Nodes.FirstOrDefault(n => n.Prompt is not null) ?? symbol.Nodes.FirstOrDefault();
        var prompts = new List<string>();
        for (MenuNode? parent = node?.Parent; parent is not null && parent.Kind != MenuNodeKind.Root; parent = parent.Parent)
        {
            if (parent.Prompt?.Text is { Length: > 0 } text)
            {
                prompts.Add(text);
            }
        }

        prompts.Reverse();
        return string.Join(Separator, prompts);
    }

    /// <summary>The position of the symbol's first node in a depth-first walk of the menu tree: menuconfig's order.</summary>
    public static Dictionary<Symbol, int> MenuOrder(KconfigModel model)
    {
        var order = new Dictionary<Symbol, int>();
        int position = 0;
        var stack = new Stack<MenuNode>();
        stack.Push(model.RootMenu);
        while (stack.Count > 0)
        {
            MenuNode node = stack.Pop();
            if (node.Symbol is { } symbol && !order.ContainsKey(symbol))
            {
                order[symbol] = position++;
            }

            var children = new List<MenuNode>();
            for (MenuNode? child = node.FirstChild; child is not null; child = child.Next)
            {
                children.Add(child);
            }

            for (int i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        return order;
    }
}
