using System.Globalization;

namespace Kconfig.Build.Engine.Profiles;

/// <summary>
/// A kernel version window as a profile writes it: space-separated terms <c>&gt;= 6.12</c>, <c>&lt; 6.16</c>,
/// <c>&gt; 6.1</c>, <c>&lt;= 6.15</c>, <c>== 6.12</c> or a bare version (== ). Every term must hold.
/// Versions compare by their numeric parts (6.12.117 is inside <c>&gt;= 6.12</c> and <c>&lt; 6.13</c>).
/// </summary>
public sealed class KernelVersionWindow
{
    private readonly List<(string Operator, int[] Version)> _terms;

    private KernelVersionWindow(List<(string Operator, int[] Version)> terms, string text)
    {
        _terms = terms;
        Text = text;
    }

    public string Text { get; }

    /// <summary>Parses a window; null (with <paramref name="error"/>) when it is malformed.</summary>
    public static KernelVersionWindow? Parse(string text, out string? error)
    {
        var terms = new List<(string, int[])>();
        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i];
            string op = "==";
            foreach (string candidate in new[] { ">=", "<=", "==", ">", "<" })
            {
                if (word.StartsWith(candidate, StringComparison.Ordinal))
                {
                    op = candidate;
                    word = word[candidate.Length..];
                    if (word.Length == 0 && i + 1 < words.Length)
                    {
                        word = words[++i];
                    }

                    break;
                }
            }

            if (ParseVersion(word) is not { } version)
            {
                error = $"'{text}' is not a kernel version window: write terms such as \">= 6.12\" or \">= 6.12 < 6.16\"";
                return null;
            }

            terms.Add((op, version));
        }

        if (terms.Count == 0)
        {
            error = "'kernel' is empty: write a version window such as \">= 6.12\"";
            return null;
        }

        error = null;
        return new KernelVersionWindow(terms, text);
    }

    /// <summary>Whether <paramref name="kernelVersion"/> (as KERNELVERSION: 6.12.117) is inside the window.</summary>
    public bool Contains(string kernelVersion)
    {
        if (ParseVersion(kernelVersion.Split('-', '+')[0]) is not { } version)
        {
            return false;
        }

        foreach ((string op, int[] bound) in _terms)
        {
            int c = Compare(version, bound);
            bool holds = op switch
            {
                ">=" => c >= 0,
                "<=" => c <= 0,
                ">" => c > 0,
                "<" => c < 0,
                _ => c == 0,
            };
            if (!holds)
            {
                return false;
            }
        }

        return true;
    }

    // Only the parts the bound writes are compared: 6.12.117 == 6.12.
    private static int Compare(int[] version, int[] bound)
    {
        for (int i = 0; i < bound.Length; i++)
        {
            int part = i < version.Length ? version[i] : 0;
            if (part != bound[i])
            {
                return part.CompareTo(bound[i]);
            }
        }

        return 0;
    }

    private static int[]? ParseVersion(string text)
    {
        string[] parts = text.Split('.');
        var numbers = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        return parts.Length is >= 1 and <= 3 ? numbers : null;
    }
}
