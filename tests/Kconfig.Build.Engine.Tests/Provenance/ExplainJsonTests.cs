using Kconfig.Build.Engine.Tests.Resolution;

namespace Kconfig.Build.Engine.Tests.Provenance;

/// <summary><c>kconfig explain --format json</c>: the symbols object with the why chain, and the diagnostics.</summary>
[TestClass]
public sealed class ExplainJsonTests
{
    [TestMethod]
    public void HiddenIntegerExplainedAsJson()
    {
        using var scratch = new ScratchProfiles();
        string config = scratch.Write("x86.config", "CONFIG_HYPERV=y\n# CONFIG_SMP is not set\n");

        (int exit, string stdout, string stderr) = ExplainSampleTreeTests.Run("explain", "NR_CPUS", "--srctree", ResolutionCase.SampleTree, "--config", config, "--arch", "x86_64", "--format", "json");

        Assert.AreEqual(0, exit, stderr);
        Assert.AreEqual(
            """
            {
              "symbols": {
                "NR_CPUS": {
                  "value": "0",
                  "type": "int",
                  "written": false,
                  "menu": "Support more than one processor",
                  "origin": {
                    "kind": "not-visible",
                    "text": "not visible: depends on SMP [=n]",
                    "at": "init/Kconfig:62",
                    "causes": [
                      {
                        "text": "NR_CPUS [=0] depends on SMP [=n]",
                        "at": "init/Kconfig:62",
                        "causes": [
                          {
                            "text": "SMP [=n] can be set by the profile",
                            "at": "init/Kconfig:58"
                          }
                        ]
                      }
                    ]
                  }
                }
              },
              "diagnostics": []
            }

            """.ReplaceLineEndings("\n"),
            stdout);
    }
}
