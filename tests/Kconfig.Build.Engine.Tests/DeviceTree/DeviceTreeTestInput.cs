using Kconfig.Build.Engine.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Kconfig.Build.Engine.Tests.DeviceTree;

/// <summary>Profile sections and resolved configurations for device-tree tests.</summary>
internal static class DeviceTreeTestInput
{
    public const string File = "profile.yaml";

    /// <summary>An arm64 VTL2 paravisor: the symbols an OpenHCL arm64 kernel has set.</summary>
    public static readonly string[] Arm64Vtl2 =
    {
        "ARM64=y", "OF=y", "SMP=y", "NR_CPUS=512", "HYPERV=y", "HYPERV_VTL_MODE=y", "ARM_GIC_V3=y",
        "BLK_DEV_INITRD=y", "SERIAL_AMBA_PL011=y",
    };

    /// <summary>An x86_64 VTL2 paravisor with NUMA, as OpenHCL's x64 kernel is configured.</summary>
    public static readonly string[] X86Vtl2 =
    {
        "X86_64=y", "OF=y", "SMP=y", "NR_CPUS=2048", "HYPERV=y", "HYPERV_VTL_MODE=y", "NUMA=y",
        "BLK_DEV_INITRD=y",
    };

    public static string CasesDirectory => Path.Combine(KernelTree.RepositoryRoot, "tests", "Kconfig.Build.Engine.Tests", "DeviceTree", "Cases");

    /// <summary>The <c>devicetree:</c> mapping of a profile text.</summary>
    public static YamlMappingNode Section(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return (YamlMappingNode)root.Children[new YamlScalarNode("devicetree")];
    }

    public static YamlMappingNode CaseSection(string name) => Section(System.IO.File.ReadAllText(Path.Combine(CasesDirectory, name)));

    /// <summary>A symbol lookup from <c>NAME=value</c> pairs; a later pair overrides, <c>NAME=</c> unsets.</summary>
    public static Func<string, string?> Config(IEnumerable<string> assignments, params string[] overrides)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (string assignment in assignments.Concat(overrides))
        {
            int eq = assignment.IndexOf('=', StringComparison.Ordinal);
            string value = assignment.Substring(eq + 1);
            values[assignment.Substring(0, eq)] = value.Length == 0 ? null : value;
        }

        return name => values.TryGetValue(name, out string? value) ? value : null;
    }
}
