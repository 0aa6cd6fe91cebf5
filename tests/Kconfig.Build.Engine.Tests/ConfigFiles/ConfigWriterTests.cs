using Kconfig.Build.Engine.ConfigFiles;
using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Tests.Evaluation;
using static Kconfig.Build.Engine.Tests.Evaluation.TestModelBuilder;

namespace Kconfig.Build.Engine.Tests.ConfigFiles;

/// <summary>
/// The writers on a hand-built model; the layout rules are those of the recorded case "menus"
/// (Cases/menus/expected), which the real conf produced.
/// </summary>
[TestClass]
public sealed class ConfigWriterTests
{
    private static Configuration Build()
    {
        var b = new TestModelBuilder("Writers");
        b.Config("MODULES", SymbolType.Bool, "Modules", modules: true);
        MenuNode top = b.Config("TOP", SymbolType.Bool, "Top");
        b.Default(top, E(b.Yes));
        b.Menu("Visible menu");
        MenuNode tri = b.Config("TRI", SymbolType.Tristate, "Tri");
        b.Default(tri, E(b.Mod));
        b.Comment("A comment");
        MenuNode text = b.Config("TEXT", SymbolType.String, "Text");
        b.Default(text, E(b.Const("a\"b\\c")));
        b.End();
        b.Menu("Invisible menu", visibleIf: E(b.No));
        MenuNode hex = b.Config("HEX", SymbolType.Hex, "Hex");
        b.Default(hex, E(b.Const("ff")));
        b.Config("OFF", SymbolType.Bool, "Off");
        b.End();
        MenuNode after = b.Config("AFTER", SymbolType.Bool, "After");
        var configuration = new Configuration(b.Build());
        configuration.ReadConfig(".config", "CONFIG_MODULES=y\n");
        configuration.EvaluateAfterRead();
        return configuration;
    }

    [TestMethod]
    public void DotConfigHasHeaderMenuBlocksAndNotSetLines()
    {
        Assert.AreEqual(
            "#\n# Automatically generated file; DO NOT EDIT.\n# Writers\n#\nCONFIG_MODULES=y\nCONFIG_TOP=y\n\n#\n# Visible menu\n#\nCONFIG_TRI=m\n\n#\n# A comment\n#\nCONFIG_TEXT=\"a\\\"b\\\\c\"\n# end of Visible menu\n\nCONFIG_HEX=ff\n# CONFIG_AFTER is not set\n",
            ConfigWriter.WriteDotConfig(Build()));
    }

    [TestMethod]
    public void AutoHeaderPrefixesHexAndMarksModules()
    {
        string[] lines = ConfigWriter.WriteAutoHeader(Build()).Split('\n');
        CollectionAssert.AreEqual(new[] { "/*", " * Automatically generated file; DO NOT EDIT.", " * Writers", " */" }, lines.Take(4).ToArray());
        CollectionAssert.AreEquivalent(
            new[] { "#define CONFIG_MODULES 1", "#define CONFIG_TOP 1", "#define CONFIG_TRI_MODULE 1", "#define CONFIG_TEXT \"a\\\"b\\\\c\"", "#define CONFIG_HEX 0xff", string.Empty },
            lines.Skip(4).ToArray());
    }

    [TestMethod]
    public void AutoConfKeepsStringsRawAndDropsN()
    {
        string[] lines = ConfigWriter.WriteAutoConf(Build()).Split('\n');
        CollectionAssert.AreEquivalent(
            new[] { "CONFIG_MODULES=y", "CONFIG_TOP=y", "CONFIG_TRI=m", "CONFIG_TEXT=a\"b\\c", "CONFIG_HEX=ff", string.Empty },
            lines.Skip(4).ToArray());
    }

    [TestMethod]
    public void RustcCfgHasNoHeaderAndEscapesEveryValue()
    {
        CollectionAssert.AreEquivalent(
            new[]
            {
                "--cfg=CONFIG_MODULES", "--cfg=CONFIG_MODULES=\"y\"", "--cfg=CONFIG_TOP", "--cfg=CONFIG_TOP=\"y\"",
                "--cfg=CONFIG_TRI", "--cfg=CONFIG_TRI=\"m\"", "--cfg=CONFIG_TEXT=\"a\\\"b\\\\c\"", "--cfg=CONFIG_HEX=\"0xff\"", string.Empty,
            },
            ConfigWriter.WriteRustcCfg(Build()).Split('\n'));
    }

    [TestMethod]
    public void DefconfigKeepsOnlyValuesThatDifferFromTheirDefault()
    {
        Configuration configuration = Build();
        configuration.ReadConfig(".config", "CONFIG_MODULES=y\nCONFIG_TOP=y\nCONFIG_AFTER=y\nCONFIG_TRI=y\n");
        configuration.EvaluateAfterRead();

        Assert.AreEqual("CONFIG_MODULES=y\nCONFIG_TRI=y\nCONFIG_AFTER=y\n", ConfigWriter.WriteDefconfig(configuration));
    }
}
