namespace Kconfig.Build.Engine.Tests.Provenance;

/// <summary>The mechanisms the sample tree lacks (range clamp, imply, toolchain probe) on a tree written here.</summary>
[TestClass]
public sealed class ExplainTinyTreeTests
{
    private const string Kconfig = "mainmenu \"Tiny\"\n\nconfig CC_IS_GCC\n\tdef_bool $(shell,echo y)\n\nconfig WIDTH\n\tint \"Width\"\n\trange 1 10\n\tdefault 20\n\nmenu \"Features\"\n\nconfig FEATURE\n\tbool \"Feature\"\n\timply HELPER\n\nconfig HELPER\n\tbool \"Helper\"\n\tdepends on BASE\n\nconfig BASE\n\tbool \"Base\"\n\tdefault y\n\nendmenu\n\nsource \"arch/$(SRCARCH)/Kconfig\"\n";

    [TestMethod]
    public void RangeImplyAndProbe()
    {
        using var scratch = new ScratchProfiles();
        string tree = Path.Combine(scratch.Root, "tree");
        Directory.CreateDirectory(Path.Combine(tree, "arch", "arm64", "configs"));
        File.WriteAllText(Path.Combine(tree, "Kconfig"), Kconfig);
        File.WriteAllText(Path.Combine(tree, "arch", "arm64", "Kconfig"), "config ARM64\n\tdef_bool y\n");
        File.WriteAllText(Path.Combine(tree, "arch", "arm64", "configs", "defconfig"), "CONFIG_FEATURE=y\n");
        string profile = scratch.Write("p.yaml", "arch: arm64\nconfig:\n  BASE: y\n  WIDTH: 12\n");

        (int exit, string stdout, string stderr) = ExplainSampleTreeTests.Run("explain", "--all", "--srctree", tree, "--profile", profile);

        Assert.AreEqual(0, exit, stderr);
        Assert.AreEqual(
            """
            CC_IS_GCC=y: probe: toolchain probe result: default y [=y]
            WIDTH=10: range: clamped by range 1..10: 12 became 10 [request at {P}/p.yaml:4 not taken]
            FEATURE=y: base: base configuration arch/arm64/configs/defconfig:1
            HELPER=y: implied: implied by FEATURE [=y]
            BASE=y: requested: requested as y at {P}/p.yaml:3
            ARM64=y: default: default y [=y]

            """.ReplaceLineEndings("\n"),
            stdout.Replace(scratch.Root, "{P}", StringComparison.Ordinal));

        // Without the request the base holds the default moved into the range by conf --defconfig.
        string plain = scratch.Write("q.yaml", "arch: arm64\nconfig:\n  BASE: y\n");
        Assert.AreEqual(
            "WIDTH=10 (int)\n  menu: (top level)\n  origin: range: clamped by range 1..10: default 20 (Kconfig:9) became 10 (Kconfig:8)\n",
            ExplainSampleTreeTests.Run("explain", "WIDTH", "--srctree", tree, "--profile", plain).Stdout);
    }
}
