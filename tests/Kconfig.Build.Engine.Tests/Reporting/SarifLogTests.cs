using System.Text.Json;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Reporting;
using Kconfig.Build.Engine.Tests.Infrastructure;
using Kconfig.Build.Engine.Tests.Provenance;
using Kconfig.Build.Engine.Tests.Resolution;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Tests.Reporting;

/// <summary>SARIF 2.1.0 from every command, checked against the required shape, and the rule metadata.</summary>
[TestClass]
public sealed class SarifLogTests
{
    [TestMethod]
    public void ExactLogForOneLocatedAndOneUnlocatedDiagnostic()
    {
        string file = Path.Combine(Path.GetTempPath(), "p.yaml");
        string sarif = SarifLog.Render(
            [
                Diagnostic.Error(DiagnosticCodes.RequestDependencyUnmet, new SourceSpan(file, 3, 5, 3, 9), "X was requested as y but resolves to n"),
                Diagnostic.Warning(DiagnosticCodes.InternalError, SourceSpan.None, "boom"),
            ],
            "1.2.3");

        Assert.AreEqual(
            $$"""
            {
              "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
              "version": "2.1.0",
              "runs": [
                {
                  "tool": {
                    "driver": {
                      "name": "kconfig",
                      "version": "1.2.3",
                      "informationUri": "https://github.com/kconfig-build/Kconfig.Build.Sdk",
                      "rules": [
                        {
                          "id": "KC3054",
                          "name": "RequestDependencyUnmet",
                          "shortDescription": {
                            "text": "Request dependency unmet."
                          },
                          "helpUri": "https://github.com/kconfig-build/Kconfig.Build.Sdk/blob/main/docs/diagnostics/KC3054.md",
                          "defaultConfiguration": {
                            "level": "error"
                          }
                        },
                        {
                          "id": "KC9000",
                          "name": "InternalError",
                          "shortDescription": {
                            "text": "Internal error."
                          },
                          "helpUri": "https://github.com/kconfig-build/Kconfig.Build.Sdk/blob/main/docs/diagnostics/KC9000.md",
                          "defaultConfiguration": {
                            "level": "warning"
                          }
                        }
                      ]
                    }
                  },
                  "results": [
                    {
                      "ruleId": "KC3054",
                      "ruleIndex": 0,
                      "level": "error",
                      "message": {
                        "text": "X was requested as y but resolves to n"
                      },
                      "locations": [
                        {
                          "physicalLocation": {
                            "artifactLocation": {
                              "uri": "{{new Uri(file).AbsoluteUri}}"
                            },
                            "region": {
                              "startLine": 3,
                              "startColumn": 5,
                              "endLine": 3
                            }
                          }
                        }
                      ]
                    },
                    {
                      "ruleId": "KC9000",
                      "ruleIndex": 1,
                      "level": "warning",
                      "message": {
                        "text": "boom"
                      }
                    }
                  ]
                }
              ]
            }

            """.ReplaceLineEndings("\n"),
            sarif);
        Assert.AreEqual(0, SarifShape.Violations(JsonDocument.Parse(sarif).RootElement).Count);
    }

    [TestMethod]
    public void ShapeCheckFindsAMissingMessageAndABadRegion()
    {
        using JsonDocument bad = JsonDocument.Parse("""
            {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "kconfig", "rules": [{"id": "KC1"}]}},
              "results": [{"ruleId": "KC1", "ruleIndex": 1, "level": "fatal", "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a"}, "region": {"startLine": 0}}}]}]}]}
            """);

        Assert.AreEqual(
            "rule KC1 has no shortDescription.text|rule KC1 has no absolute helpUri|rule KC1 has no valid defaultConfiguration.level|a KC1 result has no message.text|a KC1 result has an invalid level|a KC1 result's ruleIndex does not point at its rule|a KC1 region starts before line 1",
            string.Join("|", SarifShape.Violations(bad.RootElement)));
    }

    [TestMethod]
    public void EveryCommandWritesAValidLog()
    {
        using var scratch = new ScratchProfiles();
        string family = scratch.Write("family.yaml", "arch: [arm64, x86_64]\nconfig:\n  HYPERV: y\n  OF: {forbid: true}\n  NO_SUCH: y\n");
        string output = Path.Combine(scratch.Root, "out");
        string[][] commands =
        [
            ["resolve", ResolutionCase.Get("arm64-of-forced-by-select").ProfilePath, "--srctree", ResolutionCase.SampleTree, "--out", output, "--format", "sarif"],
            ["explain", "OF", "--profile", family, "--arch", "arm64", "--srctree", ResolutionCase.SampleTree, "--format", "sarif"],
            ["diff", family, Path.Combine(ResolutionCase.SampleTree, "arch", "arm64", "configs", "defconfig"), "--arch", "arm64", "--srctree", ResolutionCase.SampleTree, "--format", "sarif"],
            ["matrix", family, "--arch", "arm64,x86_64", "--srctree", ResolutionCase.SampleTree, "--format", "sarif"],
        ];

        foreach (string[] command in commands)
        {
            (int exit, string stdout, string stderr) = ExplainSampleTreeTests.Run(command);

            Assert.AreEqual(1, exit, command[0] + ": " + stderr);
            using JsonDocument log = JsonDocument.Parse(stdout);
            Assert.AreEqual(string.Empty, string.Join("\n", SarifShape.Violations(log.RootElement)), command[0]);
            JsonElement results = log.RootElement.GetProperty("runs")[0].GetProperty("results");
            Assert.IsTrue(results.EnumerateArray().Any(r => r.GetProperty("level").GetString() == "error" && r.TryGetProperty("locations", out _)), command[0] + " has no located error");
        }
    }

    [TestMethod]
    public void EveryDeclaredCodeHasARuleNameAndAHelpPage()
    {
        string pages = Path.Combine(KernelTree.RepositoryRoot, "docs", "diagnostics");
        var missing = DiagnosticRules.All.Values
            .Where(rule => !File.Exists(Path.Combine(pages, rule.Id + ".md")) || !rule.HelpUri.EndsWith("/docs/diagnostics/" + rule.Id + ".md", StringComparison.Ordinal))
            .Select(rule => rule.Id)
            .ToList();

        Assert.IsTrue(DiagnosticRules.All.Count > 100);
        Assert.AreEqual(string.Empty, string.Join(", ", missing));
        Assert.AreEqual("InsightNotResolved", DiagnosticRules.For("KC3603").Name);
        Assert.AreEqual("Insight config needs arch.", DiagnosticRules.For("KC3601").ShortDescription);
    }
}
