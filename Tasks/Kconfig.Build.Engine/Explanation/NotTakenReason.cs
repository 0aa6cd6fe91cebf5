namespace Kconfig.Build.Engine.Explanation;

/// <summary>Why a requested value was not taken, from the profile author's point of view.</summary>
public enum NotTakenReason
{
    /// <summary>No single cause was found (the value is what its defaults give).</summary>
    Unexplained,
    /// <summary>A direct dependency (<c>depends on</c>) of the symbol is below the request.</summary>
    DependencyUnmet,
    /// <summary>Selects force the symbol above the request.</summary>
    ForcedBySelect,
    /// <summary>The symbol has no prompt, so only its defaults and selects set it.</summary>
    NoPrompt,
    /// <summary>Another member of the symbol's choice is selected.</summary>
    ChoiceConflict,
    /// <summary>The chain ends only in toolchain probe results the profile cannot change.</summary>
    ProbeFalse,
}
