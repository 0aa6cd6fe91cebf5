using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Engine.Evaluation;

public sealed partial class Configuration
{
    /// <summary>SYMBOL_WRITE as it stands, without computing the symbol.</summary>
    internal bool HasWriteFlag(Symbol symbol) => (_flags[symbol.Index] & FlagWrite) != 0;

    internal void ClearWriteFlag(Symbol symbol) => _flags[symbol.Index] &= ~FlagWrite;

    internal bool HasWrittenFlag(Symbol symbol) => (_flags[symbol.Index] & FlagWritten) != 0;

    internal void SetWrittenFlag(Symbol symbol) => _flags[symbol.Index] |= FlagWritten;

    internal void ClearAllWrittenFlags()
    {
        for (int i = 0; i < _flags.Length; i++)
        {
            _flags[i] &= ~FlagWritten;
        }
    }

    /// <summary>menu_is_visible() for a node: its prompt, its <c>visible if</c>, and for symbols their subtree.</summary>
    public bool IsMenuVisible(MenuNode node)
    {
        if (node.Prompt is null)
        {
            return false;
        }

        if (node.Visibility is not null && Eval(node.Visibility) == Tristate.No)
        {
            return false;
        }

        Symbol? symbol = node.Symbol;
        if (symbol is not null)
        {
            CalcValue(symbol);
        }

        if (Eval(node.Prompt.Visible) != Tristate.No)
        {
            return true;
        }

        if (symbol is null || _currentTristate[symbol.Index] == Tristate.No)
        {
            return false;
        }

        for (MenuNode? child = node.FirstChild; child is not null; child = child.Next)
        {
            if (IsMenuVisible(child))
            {
                return true;
            }
        }

        return false;
    }
}
