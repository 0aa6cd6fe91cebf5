namespace Kconfig.Build.Engine.Provenance;

/// <summary>The mechanism that gave a symbol its value, in the kernel's terms.</summary>
public enum OriginKind
{
    /// <summary>A profile request set the value (the user value of the merged fragment).</summary>
    Requested,
    /// <summary>A line of the base configuration file, or a value olddefconfig kept from the base.</summary>
    BaseConfig,
    /// <summary>A <c>default</c> property (the first whose condition holds).</summary>
    Default,
    /// <summary>A <c>select</c> of another symbol (the reverse dependency) forces it.</summary>
    Selected,
    /// <summary>An <c>imply</c> of another symbol raised it.</summary>
    Implied,
    /// <summary>The value was moved into the symbol's active <c>range</c>.</summary>
    RangeClamped,
    /// <summary>A toolchain probe (<c>$(shell,...)</c> at parse time) gives the value.</summary>
    ToolchainProbe,
    /// <summary>The choice the symbol belongs to picked it (or another member).</summary>
    Choice,
    /// <summary>The prompt is hidden (a dependency is unmet), so the symbol keeps n or no value.</summary>
    NotVisible,
    /// <summary>No prompt, and no default or select applies.</summary>
    NoPrompt,
}
