namespace Kconfig.Build.Engine.Model;

/// <summary>The three-valued logic of Kconfig: n &lt; m &lt; y. AND is min, OR is max, NOT is 2 - x.</summary>
public enum Tristate : byte
{
    No = 0,
    Mod = 1,
    Yes = 2,
}
