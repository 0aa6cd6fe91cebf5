using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Engine.Resolution;

/// <summary>Did-you-mean for unknown symbol names: the defined names nearest by edit distance.</summary>
public static class SymbolSuggestions
{
    /// <summary>" (did you mean A or B?)", or empty when nothing is near.</summary>
    public static string DidYouMean(KconfigModel model, string name)
    {
        int limit = Math.Max(1, name.Length / 4);
        List<string> near = model.Symbols
            .Where(s => s.IsDefined && s.Name is not null)
            .Select(s => (Name: s.Name!, Distance: Distance(name, s.Name!, limit)))
            .Where(p => p.Distance <= limit)
            .OrderBy(p => p.Distance).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => p.Name)
            .Distinct(StringComparer.Ordinal)
            .Take(3)
            .ToList();
        return near.Count == 0 ? string.Empty : $" (did you mean {string.Join(" or ", near)}?)";
    }

    /// <summary>Levenshtein distance, cut short once it exceeds <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
