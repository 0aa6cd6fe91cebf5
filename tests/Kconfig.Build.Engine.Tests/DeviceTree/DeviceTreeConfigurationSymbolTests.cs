using System.Text.RegularExpressions;
using Kconfig.Build.Engine.DeviceTree;
using Kconfig.Build.Engine.Tests.Infrastructure;

namespace Kconfig.Build.Engine.Tests.DeviceTree;

/// <summary>The symbols the stub depends on are real: each is read, and each is defined by the Linux 6.12 Kconfig tree.</summary>
[TestClass]
public sealed class DeviceTreeConfigurationSymbolTests
{
    [TestMethod]
    public void EveryListedSymbolIsReadAndNothingElse()
    {
        var read = new SortedSet<string>(StringComparer.Ordinal);
        foreach ((string caseName, string[] config, string[] overrides) in new[]
        {
            ("arm64-upstream.yaml", DeviceTreeTestInput.Arm64Vtl2, Array.Empty<string>()),
            ("arm64-openhcl.yaml", DeviceTreeTestInput.Arm64Vtl2, Array.Empty<string>()),
            ("x86_64-upstream.yaml", DeviceTreeTestInput.X86Vtl2, Array.Empty<string>()),
            ("x86_64-openhcl.yaml", DeviceTreeTestInput.X86Vtl2, new[] { "NUMA=", "OF_NUMA=y" }),
        })
        {
            Func<string, string?> lookup = DeviceTreeTestInput.Config(config, overrides);
            DeviceTreeEmission emission = DeviceTreeEmitter.Emit(DeviceTreeTestInput.CaseSection(caseName), caseName, name =>
            {
                read.Add(name);
                return lookup(name);
            });
            Assert.IsFalse(emission.HasErrors);
        }

        Assert.AreEqual(
            string.Join(" ", DeviceTreeBuilder.ConfigurationSymbols.OrderBy(s => s, StringComparer.Ordinal)),
            string.Join(" ", read));
    }

    [TestMethod]
    public void EverySymbolButHypervVmbusIsDefinedInLinux612()
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        var config = new Regex(@"^\s*(?:menu)?config\s+([A-Za-z0-9_]+)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);
        foreach (string file in Directory.EnumerateFiles(KernelTree.SourceDirectory, "Kconfig*", SearchOption.AllDirectories))
        {
            foreach (Match match in config.Matches(File.ReadAllText(file)))
            {
                defined.Add(match.Groups[1].Value);
            }
        }

        string[] missing = DeviceTreeBuilder.ConfigurationSymbols.Where(s => !defined.Contains(s)).ToArray();
        CollectionAssert.AreEqual(new[] { "HYPERV_VMBUS" }, missing, "HYPERV_VMBUS arrives in 6.18; anything else missing is a typo");
    }
}
