using Kconfig.Build.Cli;

namespace Kconfig.Build.Engine.Tests.Resolution;

[TestClass]
public sealed class ResolveCommandTests
{
    private string _output = string.Empty;

    [TestInitialize]
    public void CreateOutputDirectory() => _output = Path.Combine(Path.GetTempPath(), "kconfig-cli-" + Guid.NewGuid().ToString("N"));

    [TestCleanup]
    public void DeleteOutputDirectory()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [TestMethod]
    [DataRow(new string[0], 2)]
    [DataRow(new[] { "frobnicate" }, 2)]
    [DataRow(new[] { "resolve" }, 2)]
    [DataRow(new[] { "resolve", "a.yaml", "b.yaml" }, 2)]
    [DataRow(new[] { "resolve", "a.yaml", "--format", "xml" }, 2)]
    [DataRow(new[] { "resolve", "a.yaml", "--srctree" }, 2)]
    [DataRow(new[] { "resolve", "a.yaml", "--bogus" }, 2)]
    [DataRow(new[] { "resolve", "a.yaml", "--unmet-select", "ignore" }, 2)]
    [DataRow(new[] { "help" }, 0)]
    [DataRow(new[] { "--help" }, 0)]
    [DataRow(new[] { "--version" }, 0)]
    public void ExitCodes(string[] args, int expected)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        int exit = Program.Run(args, stdout, stderr);

        Assert.AreEqual(expected, exit, stdout + "\n" + stderr);
    }

    [TestMethod]
    public void ResolvesTheSampleProfileAndPrintsWhatItWrote()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        string profile = ResolutionCase.Get("arm64-vtl2-paravisor").ProfilePath;

        int exit = Program.Run(["resolve", profile, "--srctree", ResolutionCase.SampleTree, "--out", _output], stdout, stderr);

        Assert.AreEqual(0, exit, stderr.ToString());
        Assert.AreEqual(string.Empty, stderr.ToString().ReplaceLineEndings("\n"), "the sample resolves without a warning");
        string[] expectedFiles = [".config", "include/config/auto.conf", "include/generated/autoconf.h", "defconfig", "devicetree.dts", "devicetree.dtb"];
        Assert.AreEqual(string.Concat(expectedFiles.Select(f => Path.Combine(_output, f) + "\n")), stdout.ToString().ReplaceLineEndings("\n"));
        Assert.AreEqual(ResolutionCase.Get("arm64-vtl2-paravisor").Expected(".config"), File.ReadAllText(Path.Combine(_output, ".config")));
    }

    [TestMethod]
    [DataRow(new string[0], 1, "error")]
    [DataRow(new[] { "--unmet-select", "error" }, 1, "error")]
    [DataRow(new[] { "--unmet-select", "warning" }, 0, "warning")]
    public void ASelectWithUnmetDependenciesFailsUnlessTheCommandLineKeepsItAWarning(string[] option, int expectedExit, string severity)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        string profile = Path.Combine(_output + "-profile", "selftest.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(profile)!);
        File.WriteAllText(profile, "name: self tests\narch: x86_64\nconfig:\n  HYPERV: y\n  HYPERV_SELFTEST: y\n");

        int exit = Program.Run(["resolve", profile, "--srctree", ResolutionCase.SampleTree, "--out", _output, .. option], stdout, stderr);

        Directory.Delete(Path.GetDirectoryName(profile)!, recursive: true);
        Assert.AreEqual(expectedExit, exit, stderr.ToString());
        StringAssert.StartsWith(stderr.ToString(), $"{Path.Combine(ResolutionCase.SampleTree, "drivers", "of", "Kconfig")}(13,1): {severity} KC2001: unmet direct dependencies detected for OF_UNITTEST\n");
    }

    [TestMethod]
    public void ReportsErrorsWithExitCodeOneAndAsJson()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        ResolutionCase failing = ResolutionCase.Get("x86_64-vtl2-without-smp");

        int exit = Program.Run(["resolve", failing.ProfilePath, "--srctree", ResolutionCase.SampleTree, "--out", _output, "--format", "json"], stdout, stderr);

        Assert.AreEqual(1, exit);
        string profileJson = failing.ProfilePath.Replace("\\", "\\\\", StringComparison.Ordinal);
        StringAssert.StartsWith(stdout.ToString(), $$"""
            {
              "succeeded": false,
              "diagnostics": [
                {
                  "code": "KC3054",
                  "severity": "error",
                  "message": "HYPERV_VTL_MODE was requested as y but resolves to n: HYPERV_VTL_MODE [=n] depends on (X86_64 [=y] || ARM64) && HYPERV [=y] && SMP [=n] (drivers/hv/Kconfig:11); SMP [=n] can be set by the profile (init/Kconfig:58)",
                  "file": "{{profileJson}}",
                  "line": 8,
                  "column": 3
                },
                {
                  "code": "KC3500",
                  "severity": "info",
                  "message": "fix for HYPERV_VTL_MODE, verified by resolving again with it: change at profile.yaml(6,3): SMP: n to SMP: y",
                  "file": "{{profileJson}}",
                  "line": 8,
                  "column": 3
                }
              ],
              "filesWritten": [],
              "filesRead": [
            """.ReplaceLineEndings("\n"));
        Assert.IsFalse(File.Exists(Path.Combine(_output, ".config")));
    }

    [TestMethod]
    public void WritesASarifLogWithRuleMetadata()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        ResolutionCase failing = ResolutionCase.Get("arm64-of-forced-by-select");

        int exit = Program.Run(["resolve", failing.ProfilePath, "--srctree", ResolutionCase.SampleTree, "--out", _output, "--format", "sarif"], stdout, stderr);

        Assert.AreEqual(1, exit);
        string uri = new Uri(failing.ProfilePath).AbsoluteUri;
        Assert.AreEqual($$"""
            {
              "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
              "version": "2.1.0",
              "runs": [
                {
                  "tool": {
                    "driver": {
                      "name": "kconfig",
                      "version": "{{Program.Version}}",
                      "informationUri": "https://github.com/kconfig-build/Kconfig.Build.Sdk",
                      "rules": [
                        {
                          "id": "KC3053",
                          "name": "RequestOutOfRange",
                          "shortDescription": {
                            "text": "Request out of range."
                          },
                          "helpUri": "https://github.com/kconfig-build/Kconfig.Build.Sdk/blob/main/docs/diagnostics/KC3053.md",
                          "defaultConfiguration": {
                            "level": "error"
                          }
                        },
                        {
                          "id": "KC3055",
                          "name": "RequestForcedBySelect",
                          "shortDescription": {
                            "text": "Request forced by select."
                          },
                          "helpUri": "https://github.com/kconfig-build/Kconfig.Build.Sdk/blob/main/docs/diagnostics/KC3055.md",
                          "defaultConfiguration": {
                            "level": "error"
                          }
                        },
                        {
                          "id": "KC3501",
                          "name": "FixImpossible",
                          "shortDescription": {
                            "text": "Fix impossible."
                          },
                          "helpUri": "https://github.com/kconfig-build/Kconfig.Build.Sdk/blob/main/docs/diagnostics/KC3501.md",
                          "defaultConfiguration": {
                            "level": "note"
                          }
                        }
                      ]
                    }
                  },
                  "results": [
                    {
                      "ruleId": "KC3055",
                      "ruleIndex": 1,
                      "level": "error",
                      "message": {
                        "text": "OF was requested as n but resolves to y: selected by ARM64 [=y] (arch/arm64/Kconfig:7)"
                      },
                      "locations": [
                        {
                          "physicalLocation": {
                            "artifactLocation": {
                              "uri": "{{uri}}"
                            },
                            "region": {
                              "startLine": 5,
                              "startColumn": 3,
                              "endLine": 5
                            }
                          }
                        }
                      ]
                    },
                    {
                      "ruleId": "KC3053",
                      "ruleIndex": 0,
                      "level": "error",
                      "message": {
                        "text": "NR_CPUS was requested as 1024 but resolves to 512: its range is 2..512"
                      },
                      "locations": [
                        {
                          "physicalLocation": {
                            "artifactLocation": {
                              "uri": "{{uri}}"
                            },
                            "region": {
                              "startLine": 6,
                              "startColumn": 12,
                              "endLine": 6
                            }
                          }
                        }
                      ]
                    },
                    {
                      "ruleId": "KC3501",
                      "ruleIndex": 2,
                      "level": "note",
                      "message": {
                        "text": "no profile change can make OF n on this tree for ARCH=arm64: OF (selected by ARM64) needs ARM64 [=y] to be n, but ARM64 is not user-settable: it has no prompt, and nothing the profile can set turns it off"
                      },
                      "locations": [
                        {
                          "physicalLocation": {
                            "artifactLocation": {
                              "uri": "{{uri}}"
                            },
                            "region": {
                              "startLine": 5,
                              "startColumn": 3,
                              "endLine": 5
                            }
                          }
                        }
                      ]
                    }
                  ]
                }
              ]
            }

            """.ReplaceLineEndings("\n"), stdout.ToString());
    }
}
