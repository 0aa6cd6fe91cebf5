namespace Kconfig.Build.Engine.Model;

/// <summary>Whether a text is a valid value for a symbol type, as sym_string_valid() decides.</summary>
public static class SymbolValueSyntax
{
    /// <summary>
    /// int: optional '-', digits, no leading zero; hex: optional 0x/0X then at least one hex digit;
    /// bool/tristate: first letter y, m or n (either case); string: anything; unknown: nothing.
    /// </summary>
    public static bool IsValid(SymbolType type, string text)
    {
        switch (type)
        {
            case SymbolType.String:
                return true;
            case SymbolType.Int:
            {
                int i = 0;
                if (i < text.Length && text[i] == '-')
                {
                    i++;
                }

                if (i >= text.Length || !char.IsAsciiDigit(text[i]))
                {
                    return false;
                }

                if (text[i] == '0' && i + 1 < text.Length)
                {
                    return false;
                }

                for (i++; i < text.Length; i++)
                {
                    if (!char.IsAsciiDigit(text[i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            case SymbolType.Hex:
            {
                int i = text.Length >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X') ? 2 : 0;
                if (i >= text.Length)
                {
                    return false;
                }

                for (; i < text.Length; i++)
                {
                    if (!char.IsAsciiHexDigit(text[i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            case SymbolType.Bool:
            case SymbolType.Tristate:
                return text.Length > 0 && text[0] is 'y' or 'Y' or 'm' or 'M' or 'n' or 'N';
            default:
                return false;
        }
    }
}
