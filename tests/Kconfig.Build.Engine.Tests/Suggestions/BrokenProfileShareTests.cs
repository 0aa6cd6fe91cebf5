using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.Explanation;
using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Resolution;
using Kconfig.Build.Engine.Tests.Infrastructure;

namespace Kconfig.Build.Engine.Tests.Suggestions;

/// <summary>
/// The share of deliberately broken profiles that get a verified fix, on the real 6.12 tree. The profiles are chosen
/// by rule, not by hand: every symbol with a prompt that defconfig leaves n because its direct dependency is n,
/// sorted by name, taking evenly spaced ones; each profile asks for one of them as y. Every KC3500 is checked again
/// here by writing its lines into the profile and resolving it: it must then succeed.
/// </summary>
[TestClass]
public sealed class BrokenProfileShareTests
{
    private const int ProfilesPerArch = 30;

    private string _work = string.Empty;

    public TestContext TestContext { get; set; } = null!;

    [TestInitialize]
    public void CreateWorkDirectory() => _work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kconfig-share-" + Guid.NewGuid().ToString("N"))).FullName;

    [TestCleanup]
    public void DeleteWorkDirectory() => Directory.Delete(_work, recursive: true);

    [TestMethod]
    [DataRow("arm64", "toolchain: {cross_compile: aarch64-linux-gnu-}\n", "y", "arm64: 21/30 fixed, 9 impossible, 0 not found (of 6025 candidates)")]
    [DataRow("x86_64", "", "y", "x86_64: 29/30 fixed, 1 impossible, 0 not found (of 10801 candidates)")]
    [DataRow("arm64", "toolchain: {cross_compile: aarch64-linux-gnu-}\n", "n", "arm64: 29/30 fixed, 1 impossible, 0 not found (of 277 candidates)")]
    [DataRow("x86_64", "", "n", "x86_64: 30/30 fixed, 0 impossible, 0 not found (of 117 candidates)")]
    public void MostBrokenProfilesGetAVerifiedFix(string arch, string toolchain, string value, string expected)
    {
        string head = $"name: broken\narch: {arch}\n{toolchain}";
        ResolveResult baseOnly = Resolve(head, "base");
        Assert.IsTrue(baseOnly.Succeeded, string.Join("\n", baseOnly.Diagnostics));
        KconfigModel model = SharedTreeCache.Instance.ModelFor(KernelTree.SourceDirectory, arch);
        var configuration = new Configuration(model);
        configuration.ReadConfig("base.config", File.ReadAllText(Path.Combine(_work, "base", ".config")));
        configuration.EvaluateAfterRead();

        List<Symbol> blocked = model.Symbols
            .Where(s => s is { IsDefined: true, IsChoice: false, IsChoiceMember: false, Name: not null, Type: SymbolType.Bool or SymbolType.Tristate }
                && s.Nodes.Any(n => n.Prompt is not null) && !ToolchainSymbols.IsToolchainIdentity(s.Name)
                && (value == "y"
                    ? configuration.GetTristateValue(s) == Tristate.No && configuration.Eval(s.DirectDependency) == Tristate.No
                    : configuration.GetTristateValue(s) == Tristate.Yes && s.ReverseDependency is { } selects && configuration.Eval(selects) == Tristate.Yes))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        int stride = Math.Max(1, blocked.Count / ProfilesPerArch);
        var outcomes = new List<string>();
        for (int i = 0; i < Math.Min(ProfilesPerArch, blocked.Count); i++)
        {
            string name = blocked[i * stride].Name!;
            ResolveResult result = Resolve(head + $"config:\n  {name}: {value}\n", "p" + i);
            Diagnostic? suggestion = result.Diagnostics.SingleOrDefault(d => d.Code.StartsWith("KC35", StringComparison.Ordinal));
            if (suggestion is null)
            {
                outcomes.Add($"none {name}: {string.Join(" | ", result.Diagnostics)}");
                continue;
            }

            outcomes.Add($"{suggestion.Code} {name}: {suggestion.Message}");
            if (suggestion.Code == DiagnosticCodes.FixVerified)
            {
                string lines = suggestion.Message[(suggestion.Message.IndexOf("): ", StringComparison.Ordinal) + 3)..];
                string fixedProfile = head + "config:\n" + string.Concat(lines.Split(", ").Select(l => "  " + l + "\n")) + $"  {name}: {value}\n";
                ResolveResult again = Resolve(fixedProfile, "f" + i);
                Assert.AreEqual(string.Empty, string.Join("\n", again.Diagnostics.Where(d => d.IsError)), fixedProfile);
            }
        }

        string summary = $"{arch}: {outcomes.Count(o => o.StartsWith(DiagnosticCodes.FixVerified, StringComparison.Ordinal))}/{ProfilesPerArch} fixed, "
            + $"{outcomes.Count(o => o.StartsWith(DiagnosticCodes.FixImpossible, StringComparison.Ordinal))} impossible, "
            + $"{outcomes.Count(o => o.StartsWith(DiagnosticCodes.FixNotFound, StringComparison.Ordinal))} not found (of {blocked.Count} candidates)";
        TestContext.WriteLine(summary + "\n" + string.Join("\n", outcomes));
        Assert.AreEqual(expected, summary, string.Join("\n", outcomes));
    }

    private ResolveResult Resolve(string profileText, string name)
    {
        string profile = Path.Combine(_work, name + ".yaml");
        File.WriteAllText(profile, profileText);
        return ProfileResolver.Resolve(new ResolveRequest
        {
            ProfilePath = profile,
            SourceTree = KernelTree.SourceDirectory,
            OutputDirectory = Path.Combine(_work, name),
            SuggestFixes = true,
            TreeCache = SharedTreeCache.Instance,
            ProbeCachePath = Path.Combine(Path.GetTempPath(), "kconfig-fixes-probes"),
        });
    }
}
