using Kconfig.Build.Cli.Resolve;
using Kconfig.Build.Engine.Provenance;
using Kconfig.Build.Engine.Resolution;
using Kconfig.Build.Engine.Tests.Infrastructure;

namespace Kconfig.Build.Engine.Tests.Provenance;

/// <summary>Provenance on the real Linux 6.12 tree, arm64 and x86_64, with the shipped VTL2 presets.</summary>
[TestClass]
public sealed class ProvenanceRealTreeTests
{
    private static string Presets => Path.Combine(KernelTree.RepositoryRoot, "templates", "presets");

    [TestMethod]
    [DataRow("arm64", 8)]
    [DataRow("x86_64", 7)]
    public void EveryLineOfDotConfigHasAProvenanceWithTheSameValue(string arch, int modulesLine)
    {
        using var scratch = new ScratchProfiles();
        string profile = scratch.Write("profile.yaml", $"arch: {arch}\nextends: [{arch}-vtl2-paravisor]\n");
        string output = Path.Combine(scratch.Root, "out");
        ResolutionSnapshot? snapshot = null;

        ResolveResult result = ProfileResolver.Resolve(new ResolveRequest
        {
            ProfilePath = profile,
            SourceTree = KernelTree.SourceDirectory,
            OutputDirectory = output,
            PresetDirectories = [Presets],
            AllowProfilesOutsideProject = true,
            Resolved = s => snapshot = s,
        });

        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.IsNotNull(snapshot);
        IReadOnlyList<SymbolProvenance> all = new ProvenanceAnalyzer(snapshot).ExplainAll(writtenOrRequestedOnly: true);
        Dictionary<string, string> written = all.Where(p => p.Written).ToDictionary(p => p.Name, p => p.Type == "string" ? Quote(p.Value) : p.Value, StringComparer.Ordinal);
        Dictionary<string, string> config = DotConfigValues(File.ReadAllText(Path.Combine(output, ".config")));
        Assert.AreEqual(config.Count, written.Count);
        Assert.AreEqual(string.Empty, string.Join("\n", config.Where(c => !written.TryGetValue(c.Key, out string? v) || v != c.Value).Select(c => $"{c.Key}: .config {c.Value}, provenance {(written.TryGetValue(c.Key, out string? v) ? v : "(none)")}").Take(20)));

        // Every mechanism occurs in a real resolution.
        var kinds = all.GroupBy(p => p.Origin.Kind).ToDictionary(g => g.Key, g => g.Count());
        foreach (OriginKind kind in new[] { OriginKind.Requested, OriginKind.BaseConfig, OriginKind.Default, OriginKind.Selected, OriginKind.Implied, OriginKind.ToolchainProbe, OriginKind.Choice })
        {
            Assert.IsTrue(kinds.GetValueOrDefault(kind) > 0, $"no {kind} origin on {arch}");
        }

        SymbolProvenance modules = all.Single(p => p.Name == "MODULES");
        string preset = Path.Combine(Presets, $"{arch}-vtl2-paravisor.yaml");
        Assert.AreEqual($"MODULES=n: requested: requested as n at {preset}:{modulesLine}", ProvenanceFormat.Line(modules));

        // The report stays reasonable: one compact line per written symbol.
        string json = ResolveCommand.ToJson(result, all);
        Assert.IsTrue(json.Length < 2_000_000, $"report of {json.Length} characters on {arch}");
        StringAssert.Contains(json, $"\n\"MODULES\":{{\"value\":\"n\",\"origin\":{{\"kind\":\"requested\",\"text\":\"requested as n at {preset}:{modulesLine}\",\"at\":\"{preset}:{modulesLine}\",\"request\":\"{preset}:{modulesLine}\",\"requestTaken\":true}}}},\n");
    }

    [TestMethod]
    public void VtlModeOnStockArm64IsHiddenBecauseX86_64IsNotDefined()
    {
        using var scratch = new ScratchProfiles();
        string profile = scratch.Write("profile.yaml", "arch: arm64\ntoolchain: {cross_compile: aarch64-linux-gnu-}\nconfig:\n  HYPERV: y\n  HYPERV_VTL_MODE: y\n");

        (int exit, string stdout, _) = ExplainSampleTreeTests.Run("explain", "HYPERV_VTL_MODE", "--srctree", KernelTree.SourceDirectory, "--profile", profile);

        Assert.AreEqual(0, exit);
        Assert.AreEqual(
            """
            HYPERV_VTL_MODE=n (bool, not written to .config)
              menu: Device Drivers > Microsoft Hyper-V guest support > Microsoft Hyper-V client drivers
              origin: not-visible: not visible: depends on X86_64 && HYPERV [=y] && SMP [=y] (drivers/hv/Kconfig:16)
              request: {P}/profile.yaml:5 (not taken)
                HYPERV_VTL_MODE [=n] depends on X86_64 && HYPERV [=y] && SMP [=y] (drivers/hv/Kconfig:16)
                  X86_64 is not defined for ARCH=arm64 (a fact of the architecture)

            """.ReplaceLineEndings("\n"),
            stdout.Replace(scratch.Root, "{P}", StringComparison.Ordinal));
    }

    [TestMethod]
    public void VtlModeOnX86_64IsTheRequestOfThePreset()
    {
        using var scratch = new ScratchProfiles();
        string profile = scratch.Write("profile.yaml", "arch: x86_64\nextends: [x86_64-vtl2-paravisor]\n");

        (int exit, string stdout, string stderr) = ExplainSampleTreeTests.Run("explain", "HYPERV_VTL_MODE", "--srctree", KernelTree.SourceDirectory, "--profile", profile, "--preset-dir", Presets);

        Assert.AreEqual(0, exit, stderr);
        string preset = Path.Combine(Presets, "x86_64-vtl2-paravisor.yaml");
        int line = File.ReadAllLines(preset).ToList().FindIndex(l => l.TrimStart().StartsWith("HYPERV_VTL_MODE:", StringComparison.Ordinal)) + 1;
        Assert.AreEqual(
            $"HYPERV_VTL_MODE=y (bool)\n  menu: Device Drivers > Microsoft Hyper-V guest support > Microsoft Hyper-V client drivers\n  origin: requested: requested as y at {preset}:{line}\n  request: {preset}:{line} (taken)\n",
            stdout);
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static Dictionary<string, string> DotConfigValues(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in text.Split('\n'))
        {
            if (line.StartsWith("CONFIG_", StringComparison.Ordinal) && line.IndexOf('=', StringComparison.Ordinal) is int eq and > 0)
            {
                values[line[7..eq]] = line[(eq + 1)..];
            }
            else if (line.StartsWith("# CONFIG_", StringComparison.Ordinal) && line.EndsWith(" is not set", StringComparison.Ordinal))
            {
                values[line[9..^11]] = "n";
            }
        }

        return values;
    }
}
