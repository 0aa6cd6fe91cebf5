using System.Text;

namespace Kconfig.Build.Engine.Resolution;

/// <summary>
/// Builds the text `scripts/kconfig/merge_config.sh -m base fragment` writes: the base lines minus every
/// line that assigns a symbol the fragment assigns, one empty line, then the fragment.
/// </summary>
public static class ConfigMerger
{
    /// <param name="baseText">The base .config.</param>
    /// <param name="fragmentText">The fragment, one <c>CONFIG_X=v</c> or <c># CONFIG_X is not set</c> per line.</param>
    /// <param name="overriddenSymbols">The full names (with prefix) the fragment assigns.</param>
    /// <param name="fragmentFirstLine">1-based line of the merged text where the fragment starts.</param>
    public static string Merge(string baseText, string fragmentText, IEnumerable<string> overriddenSymbols, out int fragmentFirstLine)
    {
        var lines = new List<string>(SplitLines(baseText));
        bool terminated = baseText.Length == 0 || baseText.EndsWith('\n');
        foreach (string name in overriddenSymbols)
        {
            // merge_config.sh only deletes when `grep -w NAME` finds the name as a word, and then deletes
            // every line matching /NAME[ =]/ (which includes "# NAME is not set").
            if (!lines.Any(l => ContainsWord(l, name)))
            {
                continue;
            }

            lines.RemoveAll(l => l.Contains(name + " ", StringComparison.Ordinal) || l.Contains(name + "=", StringComparison.Ordinal));
        }

        var merged = new StringBuilder();
        foreach (string line in lines)
        {
            merged.Append(line).Append('\n');
        }

        // "In case the previous file lacks a new line at the end" the script echoes one: an empty line
        // after a terminated base, the end of the last line otherwise.
        if (terminated)
        {
            merged.Append('\n');
        }

        fragmentFirstLine = lines.Count + (terminated ? 2 : 1);
        merged.Append(fragmentText);
        return merged.ToString();
    }

    /// <summary>
    /// The full names a fragment assigns, in order, as merge_config.sh lists them: <c>PREFIXNAME=...</c> lines and
    /// <c># PREFIXNAME is not set</c> lines.
    /// </summary>
    public static IReadOnlyList<string> AssignedSymbols(string fragmentText, string prefix)
    {
        var names = new List<string>();
        foreach (string line in SplitLines(fragmentText))
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal) && NameEnd(line, prefix.Length) is int end && end < line.Length && line[end] == '=')
            {
                names.Add(line[..end]);
            }
            else if (line.StartsWith("# " + prefix, StringComparison.Ordinal) && NameEnd(line, 2 + prefix.Length) is int stop
                && string.Equals(line[stop..], " is not set", StringComparison.Ordinal))
            {
                names.Add(line[2..stop]);
            }
        }

        return names;
    }

    // sed's [a-zA-Z0-9_]*: where the name that starts at `from` ends.
    private static int NameEnd(string line, int from)
    {
        int i = from;
        while (i < line.Length && IsWordChar(line[i]))
        {
            i++;
        }

        return i;
    }

    private static IEnumerable<string> SplitLines(string text)
    {
        if (text.Length == 0)
        {
            yield break;
        }

        string[] parts = text.Split('\n');
        int count = text.EndsWith('\n') ? parts.Length - 1 : parts.Length;
        for (int i = 0; i < count; i++)
        {
            yield return parts[i];
        }
    }

    // grep -w: the match is preceded and followed by a non-word character (or the line edge).
    private static bool ContainsWord(string line, string word)
    {
        for (int at = line.IndexOf(word, StringComparison.Ordinal); at >= 0; at = line.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            bool before = at == 0 || !IsWordChar(line[at - 1]);
            int end = at + word.Length;
            bool after = end == line.Length || !IsWordChar(line[end]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
