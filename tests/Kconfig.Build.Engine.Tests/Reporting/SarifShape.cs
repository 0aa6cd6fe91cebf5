using System.Text.Json;

namespace Kconfig.Build.Engine.Tests.Reporting;

/// <summary>
/// Structural checks of a SARIF 2.1.0 log: the properties the 2.1.0 schema requires and the constraints a
/// consumer (GitHub code scanning, VS) relies on, written from the specification's object model.
/// </summary>
internal static class SarifShape
{
    private static readonly string[] Levels = ["none", "note", "warning", "error"];

    /// <summary>Every violation found, empty for a valid log.</summary>
    public static List<string> Violations(JsonElement log)
    {
        var problems = new List<string>();
        Require(log.ValueKind == JsonValueKind.Object, "the log is not an object", problems);
        Require(String(log, "version") == "2.1.0", "version is not 2.1.0", problems);
        Require(String(log, "$schema") is null or "https://json.schemastore.org/sarif-2.1.0.json", "unexpected $schema", problems);
        if (!log.TryGetProperty("runs", out JsonElement runs) || runs.ValueKind != JsonValueKind.Array)
        {
            problems.Add("runs is missing or not an array");
            return problems;
        }

        foreach (JsonElement run in runs.EnumerateArray())
        {
            if (!run.TryGetProperty("tool", out JsonElement tool) || !tool.TryGetProperty("driver", out JsonElement driver))
            {
                problems.Add("run.tool.driver is missing");
                continue;
            }

            Require(String(driver, "name") is { Length: > 0 }, "tool.driver.name is missing", problems);
            var ruleIds = new List<string>();
            if (driver.TryGetProperty("rules", out JsonElement rules))
            {
                foreach (JsonElement rule in rules.EnumerateArray())
                {
                    string? id = String(rule, "id");
                    Require(id is { Length: > 0 }, "a rule has no id", problems);
                    Require(!ruleIds.Contains(id!), $"rule {id} is listed twice", problems);
                    ruleIds.Add(id!);
                    Require(rule.TryGetProperty("shortDescription", out JsonElement d) && String(d, "text") is { Length: > 0 }, $"rule {id} has no shortDescription.text", problems);
                    Require(String(rule, "helpUri") is { } help && Uri.IsWellFormedUriString(help, UriKind.Absolute), $"rule {id} has no absolute helpUri", problems);
                    Require(rule.TryGetProperty("defaultConfiguration", out JsonElement c) && Levels.Contains(String(c, "level")), $"rule {id} has no valid defaultConfiguration.level", problems);
                }
            }

            if (!run.TryGetProperty("results", out JsonElement results))
            {
                continue;
            }

            foreach (JsonElement result in results.EnumerateArray())
            {
                string? ruleId = String(result, "ruleId");
                Require(result.TryGetProperty("message", out JsonElement message) && String(message, "text") is { Length: > 0 }, $"a {ruleId} result has no message.text", problems);
                Require(Levels.Contains(String(result, "level")), $"a {ruleId} result has an invalid level", problems);
                if (result.TryGetProperty("ruleIndex", out JsonElement index))
                {
                    Require(index.GetInt32() >= 0 && index.GetInt32() < ruleIds.Count && ruleIds[index.GetInt32()] == ruleId, $"a {ruleId} result's ruleIndex does not point at its rule", problems);
                }

                if (!result.TryGetProperty("locations", out JsonElement locations))
                {
                    continue;
                }

                foreach (JsonElement location in locations.EnumerateArray())
                {
                    JsonElement physical = location.GetProperty("physicalLocation");
                    Require(String(physical.GetProperty("artifactLocation"), "uri") is { Length: > 0 } uri && Uri.IsWellFormedUriString(uri, UriKind.RelativeOrAbsolute), $"a {ruleId} result has no valid artifactLocation.uri", problems);
                    if (physical.TryGetProperty("region", out JsonElement region))
                    {
                        Require(region.GetProperty("startLine").GetInt32() >= 1, $"a {ruleId} region starts before line 1", problems);
                        Require(!region.TryGetProperty("startColumn", out JsonElement column) || column.GetInt32() >= 1, $"a {ruleId} region starts before column 1", problems);
                        Require(!region.TryGetProperty("endLine", out JsonElement end) || end.GetInt32() >= region.GetProperty("startLine").GetInt32(), $"a {ruleId} region ends before it starts", problems);
                    }
                }
            }
        }

        return problems;
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void Require(bool condition, string problem, List<string> problems)
    {
        if (!condition)
        {
            problems.Add(problem);
        }
    }
}
