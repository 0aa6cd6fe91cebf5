namespace Kconfig.Build.Engine.Model;

/// <summary>Property kinds, as <c>enum prop_type</c> in scripts/kconfig/expr.h (6.12).</summary>
public enum PropertyKind : byte
{
    /// <summary>A prompt of a config symbol or choice (P_PROMPT).</summary>
    Prompt,
    /// <summary>The text of a <c>comment</c> entry (P_COMMENT).</summary>
    Comment,
    /// <summary>The prompt of a <c>menu</c> entry (P_MENU).</summary>
    Menu,
    /// <summary><c>default</c> / <c>def_bool</c> / <c>def_tristate</c> (P_DEFAULT).</summary>
    Default,
    /// <summary><c>select</c> (P_SELECT).</summary>
    Select,
    /// <summary><c>imply</c> (P_IMPLY).</summary>
    Imply,
    /// <summary><c>range</c> (P_RANGE).</summary>
    Range,
}
