using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Engine.Suggestions;

/// <summary>One profile line a fix needs: <see cref="Symbol"/> set to <see cref="Value"/>.</summary>
public readonly record struct SymbolChange(Symbol Symbol, Tristate Value)
{
    /// <summary>The value as a profile writes it: y, m or n.</summary>
    public string ValueText => Value switch
    {
        Tristate.Yes => "y",
        Tristate.Mod => "m",
        _ => "n",
    };

    public override string ToString() => $"{Symbol.Name}: {ValueText}";
}
