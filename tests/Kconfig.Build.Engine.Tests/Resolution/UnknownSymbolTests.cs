using System.Text.RegularExpressions;
using Kconfig.Build.Engine.Resolution;
using Kconfig.Build.Engine.Tests.Infrastructure;

namespace Kconfig.Build.Engine.Tests.Resolution;

/// <summary>
/// A requested name the tree does not define is told apart: another architecture's symbol (KC3065), a known
/// rename or removal (KC3066), a symbol of a later kernel (KC3067), or simply unknown here (KC3050, did-you-mean).
/// </summary>
[TestClass]
public sealed class UnknownSymbolTests
{
    private string _work = string.Empty;

    [TestInitialize]
    public void CreateWorkDirectory() => _work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kconfig-unknown-" + Guid.NewGuid().ToString("N"))).FullName;

    [TestCleanup]
    public void DeleteWorkDirectory() => Directory.Delete(_work, recursive: true);

    [TestMethod]
    [DataRow("X86_ONLY", "error KC3065: X86_ONLY is not defined for ARCH=arm64: it exists only for ARCH=x86 (arch/x86/Kconfig:4); request it under 'when: {if: {arch: ...}}'")]
    [DataRow("SHARED_BY_TWO", "error KC3065: SHARED_BY_TWO is not defined for ARCH=arm64: it exists only for ARCH=riscv, ARCH=x86 (arch/riscv/Kconfig.socs:2, arch/x86/Kconfig:7); request it under 'when: {if: {arch: ...}}'")]
    [DataRow("CC_STACKPROTECTOR", "error KC3066: CC_STACKPROTECTOR was renamed to STACKPROTECTOR in Linux 4.18 (the stack protector options lost their CC_ prefix): request STACKPROTECTOR instead")]
    [DataRow("SLAB", "error KC3066: SLAB was removed in Linux 6.8: the SLAB allocator is gone; SLUB is the only one (see SLUB)")]
    [DataRow("MICROCODE_AMD", "error KC3066: MICROCODE_AMD was removed: microcode loading for every vendor is part of MICROCODE (see MICROCODE)")]
    [DataRow("PREEMPT_LAZY", "error KC3067: PREEMPT_LAZY is not in this kernel (Linux 6.12.3): it appears in Linux 6.13 (lazy preemption is new in that version); use a newer tree, or request it under 'when: {if: {kernel: \">= 6.13\"}}'")]
    [DataRow("SMPP", "error KC3050: unknown symbol SMPP: no Kconfig file of this tree defines it (did you mean SMP?)")]
    public void AnUndefinedRequestSaysWhatItIs(string name, string expected)
    {
        string tree = WriteTree("6", "12", "3");
        string profile = WriteProfile($"  {name}: y\n");

        ResolveResult result = ProfileResolver.Resolve(new ResolveRequest { ProfilePath = profile, SourceTree = tree, OutputDirectory = Path.Combine(_work, "out") });

        Assert.AreEqual($"{profile}(3,3): {expected}", string.Join("\n", result.Diagnostics.Select(d => d.ToCanonicalString())));
    }

    [TestMethod]
    [DataRow("SLAB", "6", "7", "error KC3050: unknown symbol SLAB: no Kconfig file of this tree defines it")]
    [DataRow("PREEMPT_LAZY", "6", "14", "error KC3050: unknown symbol PREEMPT_LAZY: no Kconfig file of this tree defines it")]
    public void AHistoryEntryOnlyExplainsTheVersionsOnItsSide(string name, string version, string patchLevel, string expected)
    {
        // SLAB still existed in 6.7 and PREEMPT_LAZY exists in 6.14: a tree of those versions without them is simply different.
        string tree = WriteTree(version, patchLevel, "0");
        string profile = WriteProfile($"  {name}: y\n");

        ResolveResult result = ProfileResolver.Resolve(new ResolveRequest { ProfilePath = profile, SourceTree = tree, OutputDirectory = Path.Combine(_work, "out") });

        Assert.AreEqual($"{profile}(3,3): {expected}", string.Join("\n", result.Diagnostics.Select(d => d.ToCanonicalString())));
    }

    [TestMethod]
    public void OnTheRealTreeAnX86SymbolRequestedForArm64IsNamedWithItsArchitecture()
    {
        string profile = Path.Combine(_work, "profile.yaml");
        File.WriteAllText(profile, "name: arm64 guest\narch: arm64\nconfig:\n  X86_X2APIC: y\n  SLAB: y\n");
        string kconfig = Path.Combine(KernelTree.SourceDirectory, "arch", "x86", "Kconfig");
        int line = Array.FindIndex(File.ReadAllLines(kconfig), l => l == "config X86_X2APIC") + 1;
        Assert.IsTrue(line > 0, "arch/x86/Kconfig defines X86_X2APIC");

        ResolveResult result = ProfileResolver.Resolve(new ResolveRequest
        {
            ProfilePath = profile,
            SourceTree = KernelTree.SourceDirectory,
            OutputDirectory = Path.Combine(_work, "out"),
            Environment = new Dictionary<string, string> { ["CROSS_COMPILE"] = "aarch64-linux-gnu-" },
        });

        CollectionAssert.AreEqual(
            new[]
            {
                $"{profile}(4,3): error KC3065: X86_X2APIC is not defined for ARCH=arm64: it exists only for ARCH=x86 (arch/x86/Kconfig:{line}); request it under 'when: {{if: {{arch: ...}}}}'",
                $"{profile}(5,3): error KC3066: SLAB was removed in Linux 6.8: the SLAB allocator is gone; SLUB is the only one (see SLUB)",
            },
            result.Diagnostics.Where(d => d.IsError).Select(d => d.ToCanonicalString()).ToArray());
    }

    /// <summary>The shipped table must be true of the real 6.12 tree: old names undefined everywhere, replacements defined.</summary>
    [TestMethod]
    public void TheHistoryTableIsTrueOfLinux612()
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        var definition = new Regex(@"^\s*(?:menu)?config\s+([A-Za-z0-9_]+)\s*$", RegexOptions.CultureInvariant);
        foreach (string file in Directory.EnumerateFiles(KernelTree.SourceDirectory, "Kconfig*", SearchOption.AllDirectories))
        {
            foreach (string text in File.ReadLines(file))
            {
                if (definition.Match(text) is { Success: true } m)
                {
                    defined.Add(m.Groups[1].Value);
                }
            }
        }

        Assert.IsTrue(defined.Count > 10000, $"the scan found the tree's symbols ({defined.Count})");
        Assert.IsTrue(SymbolHistory.All.Count >= 10);
        foreach (SymbolHistoryEntry entry in SymbolHistory.All)
        {
            Assert.IsFalse(defined.Contains(entry.Name), $"{entry.Name} is still defined in 6.12");
            if (entry.Replacement is { } replacement)
            {
                Assert.IsTrue(defined.Contains(replacement), $"{entry.Name}: replacement {replacement} is not defined in 6.12");
            }

            if (entry.Change == SymbolChange.Added)
            {
                Assert.IsNotNull(entry.Version, $"{entry.Name}: an addition names its first version");
            }
        }
    }

    private string WriteTree(string version, string patchLevel, string subLevel)
    {
        string tree = Path.Combine(_work, "tree");
        (string Path, string Text)[] files =
        [
            ("Makefile", $"VERSION = {version}\nPATCHLEVEL = {patchLevel}\nSUBLEVEL = {subLevel}\nEXTRAVERSION =\n"),
            ("Kconfig", "config SMP\n\tbool \"smp\"\n\nsource \"arch/$(SRCARCH)/Kconfig\"\n"),
            ("arch/arm64/Kconfig", "config ARM64\n\tdef_bool y\n"),
            ("arch/arm64/configs/defconfig", string.Empty),
            ("arch/x86/Kconfig", "config X86\n\tdef_bool y\n\nconfig X86_ONLY\n\tbool \"x86 only\"\n\nconfig SHARED_BY_TWO\n\tbool \"two\"\n"),
            ("arch/riscv/Kconfig", "config RISCV\n\tdef_bool y\n"),
            ("arch/riscv/Kconfig.socs", "# SoCs\nmenuconfig SHARED_BY_TWO\n\tbool \"two\"\n"),
        ];
        foreach ((string path, string text) in files)
        {
            string full = Path.Combine(tree, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return tree;
    }

    private string WriteProfile(string config)
    {
        string profile = Path.Combine(_work, "profile.yaml");
        File.WriteAllText(profile, "arch: arm64\nconfig:\n" + config);
        return profile;
    }
}
