using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Model;

/// <summary>
/// A property of a symbol or menu node (<c>struct property</c>), with its source location.
/// After finalisation <see cref="Visible"/> holds the full condition: the property's own <c>if</c>
/// ANDed with the dependencies of its menu node (and, for prompts, every enclosing <c>visible if</c>).
/// </summary>
public sealed class Property
{
    public Property(PropertyKind kind, MenuNode node, SourceSpan location)
    {
        Kind = kind;
        Node = node;
        Location = location;
    }

    /// <summary>The kind; a <c>menuconfig</c> prompt becomes Menu at the end of its entry, as in parser.y.</summary>
    public PropertyKind Kind { get; internal set; }

    /// <summary>The menu node (definition location) this property belongs to.</summary>
    public MenuNode Node { get; }

    /// <summary>The symbol the property belongs to; null for menu and comment prompts.</summary>
    public Symbol? Owner => Node.Symbol;

    public SourceSpan Location { get; }

    /// <summary>Prompt text for Prompt, Menu and Comment.</summary>
    public string? Text { get; set; }

    /// <summary>
    /// The value: for Default, the default expression; for Select and Imply, a Symbol expression naming
    /// the target; for Range, null (see <see cref="RangeLow"/> and <see cref="RangeHigh"/>).
    /// </summary>
    public Expr? Expr { get; set; }

    /// <summary>The condition (<c>visible</c> in the C struct); null means y.</summary>
    public Expr? Visible { get; set; }

    /// <summary>Lower bound of a Range property (a symbol or constant word).</summary>
    public Symbol? RangeLow { get; set; }

    /// <summary>Upper bound of a Range property (a symbol or constant word).</summary>
    public Symbol? RangeHigh { get; set; }

    /// <summary>For Select and Imply: the target symbol.</summary>
    public Symbol? Target => Expr is { Kind: ExprKind.Symbol } e ? e.Symbol : null;
}
