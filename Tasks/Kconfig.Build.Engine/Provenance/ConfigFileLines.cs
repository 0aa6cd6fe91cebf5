using System.Text.RegularExpressions;

namespace Kconfig.Build.Engine.Provenance;

/// <summary>The line of each symbol assignment in a configuration file (<c>CONFIG_X=v</c> or <c># CONFIG_X is not set</c>); the last one wins, as conf reads it.</summary>
public static partial class ConfigFileLines
{
    public static Dictionary<string, int> Read(string text, string prefix = "CONFIG_")
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        int number = 0;
        foreach (string raw in text.Split('\n'))
        {
            number++;
            string line = raw.TrimEnd('\r');
            Match match = Assignment().Match(line);
            if (match.Success && match.Groups["name"].Value.StartsWith(prefix, StringComparison.Ordinal))
            {
                lines[match.Groups["name"].Value[prefix.Length..]] = number;
            }
        }

        return lines;
    }

    [GeneratedRegex(@"^(?:(?<name>[A-Za-z0-9_]+)=|# (?<name>[A-Za-z0-9_]+) is not set$)", RegexOptions.CultureInvariant)]
    private static partial Regex Assignment();
}
