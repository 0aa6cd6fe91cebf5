namespace Kconfig.Build.Engine.Model;

/// <summary>What a menu node stands for. The kernel derives this from <c>sym</c> and the prompt type.</summary>
public enum MenuNodeKind : byte
{
    /// <summary>The root of the tree (<c>rootmenu</c>), carrying the mainmenu prompt.</summary>
    Root,
    /// <summary><c>config</c> entry.</summary>
    Config,
    /// <summary><c>menuconfig</c> entry.</summary>
    MenuConfig,
    /// <summary><c>choice</c> block; <see cref="MenuNode.Symbol"/> is the anonymous choice symbol.</summary>
    Choice,
    /// <summary><c>menu</c> block.</summary>
    Menu,
    /// <summary><c>comment</c> entry.</summary>
    Comment,
    /// <summary><c>if</c> block (removed from the tree by finalisation, its children lifted up).</summary>
    If,
}
