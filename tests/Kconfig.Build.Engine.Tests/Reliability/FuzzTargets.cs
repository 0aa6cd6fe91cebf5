using System.Text;
using Kconfig.Build.Engine.ConfigFiles;
using Kconfig.Build.Engine.DeviceTree;
using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Parsing;
using Kconfig.Build.Engine.Preprocessing;
using Kconfig.Build.Engine.Profiles;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kconfig.Build.Engine.Tests.Reliability;

/// <summary>
/// The fuzz targets, shared by the SharpFuzz harness (fuzz/Kconfig.Build.Fuzz links this file) and by the
/// MSTest replay of the corpus and of every crash found (FuzzCorpusTests). A target returns normally for
/// any input; an exception escaping it, a hang or an out-of-memory is a finding. Nothing an input says is
/// executed: $(shell) goes to a runner that runs nothing, and no input names a file outside its directory
/// that the target would read in full (sources stay inside the scratch tree, see <see cref="Kconfig"/>).
/// </summary>
internal static class FuzzTargets
{
    public static readonly string[] Names = { "kconfig", "config", "profile", "devicetree" };

    private static readonly Dictionary<string, string>[] DeviceTreeConfigs =
    {
        new(StringComparer.Ordinal) { ["ARM64"] = "y", ["OF"] = "y", ["NR_CPUS"] = "512", ["ARM_GIC_V3"] = "y", ["HYPERV"] = "y", ["HYPERV_VMBUS"] = "y", ["HYPERV_VTL_MODE"] = "y", ["BLK_DEV_INITRD"] = "y", ["SERIAL_AMBA_PL011"] = "y", ["NUMA"] = "y", ["OF_NUMA"] = "y" },
        new(StringComparer.Ordinal) { ["X86_64"] = "y", ["OF"] = "y", ["NR_CPUS"] = "64", ["HYPERV"] = "y", ["HYPERV_VMBUS"] = "y", ["HYPERV_VTL_MODE"] = "y", ["BLK_DEV_INITRD"] = "y" },
    };

    private static readonly Lazy<KconfigModel> ConfigModel = new(LoadConfigModel);

    public static void Run(string target, byte[] data)
    {
        switch (target)
        {
            case "kconfig":
                Kconfig(data);
                break;
            case "config":
                Config(data);
                break;
            case "profile":
                Profile(data);
                break;
            case "devicetree":
                DeviceTree(data);
                break;
            default:
                throw new ArgumentException("unknown fuzz target " + target, nameof(target));
        }
    }

    /// <summary>Lexer, preprocessor, parser and menu finalisation, then every writer on the default configuration.</summary>
    public static void Kconfig(byte[] data)
    {
        string root = Path.Combine(Path.GetTempPath(), "kconfig-fuzz-" + System.Environment.ProcessId);
        Directory.CreateDirectory(root);
        File.WriteAllBytes(Path.Combine(root, "Kconfig"), data);
        KconfigLoadResult result = KconfigLoader.Load(new KconfigLoadOptions
        {
            SourceTree = root,
            WorkingDirectory = root,
            Environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["srctree"] = root },
            ShellRunner = NoShellRunner.Instance,
        });
        if (result.Model is not null && !result.HasErrors)
        {
            var configuration = new Configuration(result.Model);
            configuration.EvaluateAfterRead();
            _ = ConfigWriter.WriteDotConfig(configuration);
            _ = ConfigWriter.WriteDefconfig(configuration);
            _ = ConfigWriter.WriteAutoConf(configuration);
            _ = ConfigWriter.WriteAutoHeader(configuration);
        }
    }

    /// <summary>The .config reader on a fixed model with every symbol type, then the writers.</summary>
    public static void Config(byte[] data)
    {
        var configuration = new Configuration(ConfigModel.Value);
        _ = configuration.ReadConfig(".config", Encoding.UTF8.GetString(data));
        configuration.EvaluateAfterRead();
        _ = ConfigWriter.WriteDotConfig(configuration);
        _ = ConfigWriter.WriteDefconfig(configuration);
        _ = ConfigWriter.WriteAutoConf(configuration);
    }

    /// <summary>The YAML profile loader.</summary>
    public static void Profile(byte[] data) => _ = ProfileLoader.Parse("profile.yaml", Encoding.UTF8.GetString(data));

    /// <summary>
    /// The device-tree reader, builder, checker and DTS/DTB writers fed the <c>devicetree:</c> section of a
    /// fuzzed profile, under an arm64 and an x86_64 configuration. YAML the parser rejects is the profile
    /// target's business, not this one's.
    /// </summary>
    public static void DeviceTree(byte[] data)
    {
        foreach (DeviceTreeEmission emission in EmitDeviceTrees(data))
        {
            if (emission.HasErrors && (emission.Dts is not null || emission.Dtb is not null))
            {
                throw new InvalidOperationException("a device tree was written although there were errors");
            }
        }
    }

    /// <summary>The emissions of <see cref="DeviceTree"/>: none when the YAML has no <c>devicetree:</c> mapping.</summary>
    public static List<DeviceTreeEmission> EmitDeviceTrees(byte[] data)
    {
        var emissions = new List<DeviceTreeEmission>();
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(Encoding.UTF8.GetString(data)));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's own failures (see docs/reliability.md, profile findings); the profile target has them.
            return emissions;
        }

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("devicetree"), out YamlNode? node) || node is not YamlMappingNode section)
        {
            return emissions;
        }

        foreach (Dictionary<string, string> config in DeviceTreeConfigs)
        {
            emissions.Add(DeviceTreeEmitter.Emit(section, "profile.yaml", symbol => config.GetValueOrDefault(symbol), _ => true));
        }

        return emissions;
    }

    private static KconfigModel LoadConfigModel()
    {
        string root = Path.Combine(Path.GetTempPath(), "kconfig-fuzz-model-" + System.Environment.ProcessId);
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "Kconfig"), """
            config MODULES
            	bool "modules"
            	modules
            	default y
            config A
            	bool "a"
            config B
            	tristate "b"
            	depends on A
            config C
            	int "c"
            	range 1 100
            	default 5
            config D
            	hex "d"
            	default 0x10
            config E
            	string "e"
            	default "e"
            choice
            	prompt "pick"
            config F
            	bool "f"
            config G
            	bool "g"
            	select B
            endchoice

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        KconfigLoadResult result = KconfigLoader.Load(new KconfigLoadOptions { SourceTree = root, ShellRunner = NoShellRunner.Instance });
        return result.Model ?? throw new InvalidOperationException("the fixed model of the config target does not load: " + string.Join("; ", result.Diagnostics));
    }
}
