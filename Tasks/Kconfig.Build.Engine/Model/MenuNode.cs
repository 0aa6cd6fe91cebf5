using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Model;

/// <summary>
/// A node of the menu tree (<c>struct menu</c>): one per config/menuconfig/choice/menu/comment/if entry.
/// Linked as in the kernel (parent, first child, next sibling) because finalisation moves subtrees
/// (implicit submenus) and walks them in that shape.
/// </summary>
public sealed class MenuNode
{
    // Only choice nodes have members: an empty list on each of a tree's ~40 000 nodes was 1.3 MB per load.
    private List<Symbol>? _choiceMembers;

    public MenuNode(MenuNodeKind kind, SourceSpan location)
    {
        Kind = kind;
        Location = location;
    }

    public MenuNodeKind Kind { get; }

    public MenuNode? Parent { get; set; }

    /// <summary>First child (<c>list</c>).</summary>
    public MenuNode? FirstChild { get; set; }

    /// <summary>Next sibling (<c>next</c>).</summary>
    public MenuNode? Next { get; set; }

    /// <summary>The symbol of a config/menuconfig node, or the anonymous symbol of a choice.</summary>
    public Symbol? Symbol { get; set; }

    /// <summary>The prompt (P_PROMPT, P_MENU or P_COMMENT), if any.</summary>
    public Property? Prompt { get; set; }

    /// <summary>
    /// <c>visible if</c> of a menu (<c>visibility</c>); after finalisation it is also folded into the
    /// prompts below it.
    /// </summary>
    public Expr? Visibility { get; set; }

    /// <summary>
    /// Dependencies: before finalisation the node's own <c>depends on</c>; after, ANDed with the parent's
    /// (<c>dep</c>).
    /// </summary>
    public Expr? Dependency { get; set; }

    /// <summary>Help text, with the kernel's indentation rules applied; null when none.</summary>
    public string? Help { get; set; }

    /// <summary>Where the entry starts (the keyword).</summary>
    public SourceSpan Location { get; }

    /// <summary>For a choice node: the member symbols in priority order as parsed (definition order).</summary>
    public IList<Symbol> ChoiceMembers => (IList<Symbol>?)_choiceMembers ?? Array.Empty<Symbol>();

    internal void AddChoiceMember(Symbol member) => (_choiceMembers ??= new List<Symbol>()).Add(member);

    /// <summary>Children, in order.</summary>
    public IEnumerable<MenuNode> Children
    {
        get
        {
            for (MenuNode? child = FirstChild; child is not null; child = child.Next)
            {
                yield return child;
            }
        }
    }

    public override string ToString() => $"{Kind} {Symbol?.Name ?? Prompt?.Text} at {Location.ToFileLine()}";
}
