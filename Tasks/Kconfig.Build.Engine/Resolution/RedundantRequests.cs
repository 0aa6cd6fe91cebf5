using Kconfig.Build.Engine.ConfigFiles;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Profiles;

namespace Kconfig.Build.Engine.Resolution;

/// <summary>
/// KC3062: a profile line is redundant when the result is the same without it. Exact without resolving the
/// world once per line: removing the line for symbol S changes only S's own user value (back to the base
/// .config's line for S, or none), and nothing S's value is computed from (dependencies, selects, implies,
/// defaults, ranges) can depend on S, since Kconfig forbids dependency loops. So S's value without the line,
/// computed from a fresh read of the merged file without it, decides: if it equals the result, every symbol
/// computed from S is unchanged too. Two cases need more: a choice member (the order members are read in is
/// their priority), which gets a whole evaluation, and a base line the line's removal would bring back that
/// names another symbol, which also does.
/// </summary>
internal static class RedundantRequests
{
    /// <param name="model">The tree.</param>
    /// <param name="baseText">The base .config the requests were merged into.</param>
    /// <param name="setting">The requests with a fragment line, in fragment order.</param>
    /// <param name="fragmentLines">Their lines, one per request.</param>
    /// <param name="prefix">CONFIG_.</param>
    /// <param name="result">The resolved configuration.</param>
    /// <param name="dotConfig">The .config text of the result, for the whole-evaluation cases.</param>
    /// <param name="merged">The merged file the result was read from.</param>
    /// <param name="fragmentFirstLine">Its 1-based line where the fragment starts.</param>
    /// <param name="diagnostics">Receives one KC3062 warning per redundant line.</param>
    /// <param name="exempt">Requests never reported (the lines of SDK presets, which the user cannot edit).</param>
    public static void Report(KconfigModel model, string baseText, IReadOnlyList<ConfigRequest> setting, IReadOnlyList<string> fragmentLines, string prefix, Configuration result, string dotConfig, string merged, int fragmentFirstLine, DiagnosticBag diagnostics, Func<ConfigRequest, bool>? exempt = null)
    {
        string[] baseLines = baseText.Split('\n');
        string[] mergedLines = merged.Split('\n');
        for (int i = 0; i < setting.Count; i++)
        {
            ConfigRequest request = setting[i];
            if (exempt?.Invoke(request) == true)
            {
                continue;
            }

            if (request.Intent is not (ConfigIntent.Exact or ConfigIntent.Prefer))
            {
                // forbid and at_least are guards on the result: their worth is the check, not the value they set.
                continue;
            }

            Symbol symbol = model.FindSymbol(request.SymbolName)!;
            string actual = result.GetStringValue(symbol);
            if (RequestFragment.Canonical(symbol, request) is not { } wanted || !ProfileResolver.SameValue(symbol.Type, wanted, actual))
            {
                // A line that did not take is reported as such, never as redundant.
                continue;
            }

            string name = prefix + request.SymbolName;
            List<string> removedWithIt = RemovedBaseLines(baseLines, name);
            bool onlyItsOwnLines = removedWithIt.All(l => IsLineOf(l, name));
            if (onlyItsOwnLines && !symbol.IsChoiceMember && removedWithIt.Count == 1 && string.Equals(removedWithIt[0], fragmentLines[i], StringComparison.Ordinal))
            {
                diagnostics.Warning(DiagnosticCodes.RequestRedundant, request.Location, $"{request.SymbolName} is already {Show(symbol.Type, wanted)} in the base configuration: this line changes nothing");
                continue;
            }

            var without = new Configuration(model);
            bool same;
            if (onlyItsOwnLines && !symbol.IsChoiceMember)
            {
                // The same user values as merge_config.sh would give without the line: the merged file minus the
                // line, plus the base's own lines for the symbol, which the merge would have kept. For a symbol
                // outside a choice, where its line stands does not matter.
                int drop = fragmentFirstLine - 1 + i;
                var text = new System.Text.StringBuilder(merged.Length);
                for (int j = 0; j < mergedLines.Length; j++)
                {
                    if (j != drop)
                    {
                        text.Append(mergedLines[j]).Append(j + 1 < mergedLines.Length ? "\n" : string.Empty);
                    }
                }

                foreach (string own in removedWithIt)
                {
                    text.Append(own).Append('\n');
                }

                without.ReadConfig(".config", text.ToString());
                without.CalcValue(model.ModulesSymbol);
                same = string.Equals(without.GetStringValue(symbol), actual, StringComparison.Ordinal);
            }
            else
            {
                string fragmentWithout = string.Concat(fragmentLines.Where((_, j) => j != i).Select(l => l + "\n"));
                without.ReadConfig(".config", ConfigMerger.Merge(baseText, fragmentWithout, setting.Where((_, j) => j != i).Select(r => prefix + r.SymbolName), out _));
                without.EvaluateAfterRead();
                same = string.Equals(ConfigWriter.WriteDotConfig(without, prefix), dotConfig, StringComparison.Ordinal);
            }

            if (same)
            {
                diagnostics.Warning(DiagnosticCodes.RequestRedundant, request.Location, $"{request.SymbolName} resolves to {Show(symbol.Type, actual)} without this line too: this line changes nothing");
            }
        }
    }

    // The base lines merge_config.sh deletes for NAME: only when `grep -w NAME` finds it, then every /NAME[ =]/ line.
    private static List<string> RemovedBaseLines(string[] baseLines, string name)
    {
        List<string> matching = baseLines.Where(l => l.Contains(name + " ", StringComparison.Ordinal) || l.Contains(name + "=", StringComparison.Ordinal)).ToList();
        return matching;
    }

    private static bool IsLineOf(string line, string name) =>
        line.StartsWith(name + "=", StringComparison.Ordinal) || string.Equals(line, "# " + name + " is not set", StringComparison.Ordinal);

    private static string Show(SymbolType type, string value) => type == SymbolType.String ? $"\"{value}\"" : value.Length == 0 ? "(no value)" : value;
}
