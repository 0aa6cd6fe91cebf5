using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Engine.Suggestions;

/// <summary>
/// One profile line a fix needs: <see cref="Symbol"/> set to <see cref="Value"/>, or, for an int or hex symbol, to
/// the number <see cref="Number"/>.
/// </summary>
public readonly record struct SymbolChange(Symbol Symbol, Tristate Value, string? Number = null)
{
    /// <summary>The value as a profile writes it: y, m, n or the number.</summary>
    public string ValueText => Number ?? Value switch
    {
        Tristate.Yes => "y",
        Tristate.Mod => "m",
        _ => "n",
    };

    public override string ToString() => $"{Symbol.Name}: {ValueText}";
}
