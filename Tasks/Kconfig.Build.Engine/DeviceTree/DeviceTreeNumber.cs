using System.Globalization;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>
/// Numbers as a profile writes addresses and sizes: decimal or <c>0x</c> hex, <c>_</c> allowed between
/// digits, and an optional binary suffix <c>KiB</c>, <c>MiB</c>, <c>GiB</c> or <c>TiB</c>
/// (<c>1GiB</c>, <c>0x4000_0000</c>, <c>512MiB</c>). Decimal-unit suffixes (<c>GB</c>) are rejected on
/// purpose: in firmware tables they are ambiguous, and a silent factor of 1.07 would misplace memory.
/// </summary>
public static class DeviceTreeNumber
{
    private static readonly (string Suffix, int Shift)[] Suffixes =
    {
        ("KiB", 10),
        ("MiB", 20),
        ("GiB", 30),
        ("TiB", 40),
    };

    public static bool TryParse(string text, out ulong value)
    {
        value = 0;
        string digits = text;
        int shift = 0;
        foreach ((string suffix, int suffixShift) in Suffixes)
        {
            if (digits.EndsWith(suffix, StringComparison.Ordinal))
            {
                digits = digits.Substring(0, digits.Length - suffix.Length);
                shift = suffixShift;
                break;
            }
        }

        bool hex = digits.StartsWith("0x", StringComparison.Ordinal) || digits.StartsWith("0X", StringComparison.Ordinal);
        if (hex)
        {
            digits = digits.Substring(2);
        }

        if (!TryRemoveSeparators(digits, hex, out string plain))
        {
            return false;
        }

        NumberStyles style = hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None;
        if (!ulong.TryParse(plain, style, CultureInfo.InvariantCulture, out ulong number))
        {
            return false;
        }

        if (shift != 0 && number > (ulong.MaxValue >> shift))
        {
            return false;
        }

        value = number << shift;
        return true;
    }

    /// <summary>Formats an address the way DTS sources conventionally do: lower-case hex with <c>0x</c>.</summary>
    public static string ToHex(ulong value) => "0x" + value.ToString("x", CultureInfo.InvariantCulture);

    private static bool TryRemoveSeparators(string digits, bool hex, out string plain)
    {
        plain = string.Empty;
        if (digits.Length == 0)
        {
            return false;
        }

        var builder = new System.Text.StringBuilder(digits.Length);
        for (int i = 0; i < digits.Length; i++)
        {
            char c = digits[i];
            if (c == '_')
            {
                // A separator sits between two digits: not first, not last, not doubled.
                if (i == 0 || i == digits.Length - 1 || digits[i + 1] == '_')
                {
                    return false;
                }

                continue;
            }

            bool isDigit = c is >= '0' and <= '9' || (hex && c is >= 'a' and <= 'f' or >= 'A' and <= 'F');
            if (!isDigit)
            {
                return false;
            }

            builder.Append(c);
        }

        plain = builder.ToString();
        return true;
    }
}
