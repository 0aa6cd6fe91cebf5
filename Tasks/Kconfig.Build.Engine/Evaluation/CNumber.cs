namespace Kconfig.Build.Engine.Evaluation;

/// <summary>
/// The C library's strtoll/strtoull, which conf uses to compare and clamp numbers: the results of an
/// overflow, a partial parse or a "0x" prefix must match byte for byte, so .NET parsing cannot be used.
/// </summary>
public static class CNumber
{
    /// <summary>strtoll(text, &amp;tail, numberBase): the value (saturated on overflow) and how far it read.</summary>
    public static long ParseSigned(string text, int numberBase, out int tail, out bool overflow)
    {
        ulong magnitude = Parse(text, numberBase, out tail, out bool negative, out overflow);
        if (negative)
        {
            if (overflow || magnitude > (ulong)long.MaxValue + 1)
            {
                overflow = true;
                return long.MinValue;
            }

            return (long)(0 - magnitude);
        }

        if (overflow || magnitude > long.MaxValue)
        {
            overflow = true;
            return long.MaxValue;
        }

        return (long)magnitude;
    }

    /// <summary>strtoull(text, &amp;tail, numberBase), including its wrap-around of a leading minus sign.</summary>
    public static ulong ParseUnsigned(string text, int numberBase, out int tail, out bool overflow)
    {
        ulong magnitude = Parse(text, numberBase, out tail, out bool negative, out overflow);
        if (overflow)
        {
            return ulong.MaxValue;
        }

        return negative ? 0 - magnitude : magnitude;
    }

    /// <summary>strtoll(text, NULL, numberBase) as sym_get_range_val() and sym_validate_range() use it.</summary>
    public static long ParseSigned(string text, int numberBase) => ParseSigned(text, numberBase, out _, out _);

    private static ulong Parse(string text, int numberBase, out int tail, out bool negative, out bool overflow)
    {
        int i = 0;
        negative = false;
        overflow = false;
        tail = 0;
        while (i < text.Length && IsCSpace(text[i]))
        {
            i++;
        }

        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            negative = text[i] == '-';
            i++;
        }

        if ((numberBase == 0 || numberBase == 16) && i + 1 < text.Length && text[i] == '0' && (text[i + 1] == 'x' || text[i + 1] == 'X')
            && i + 2 < text.Length && DigitValue(text[i + 2]) < 16)
        {
            i += 2;
            numberBase = 16;
        }
        else if (numberBase == 0)
        {
            numberBase = i < text.Length && text[i] == '0' ? 8 : 10;
        }

        int start = i;
        ulong value = 0;
        while (i < text.Length)
        {
            int digit = DigitValue(text[i]);
            if (digit >= numberBase)
            {
                break;
            }

            if (!overflow)
            {
                ulong next = unchecked(value * (ulong)numberBase + (ulong)digit);
                if (value > (ulong.MaxValue - (ulong)digit) / (ulong)numberBase)
                {
                    overflow = true;
                }
                else
                {
                    value = next;
                }
            }

            i++;
        }

        // No digits at all: C reports the whole string as unparsed.
        tail = i == start ? 0 : i;
        return i == start ? 0 : value;
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => int.MaxValue,
    };

    public static bool IsCSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    public static bool IsXDigit(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');
}
