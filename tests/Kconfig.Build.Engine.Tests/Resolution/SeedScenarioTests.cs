using Kconfig.Build.Engine.Resolution;
using Kconfig.Build.Engine.Tests.Infrastructure;

namespace Kconfig.Build.Engine.Tests.Resolution;

/// <summary>
/// The first user's story on three trees: stock 6.12 (no arm64 VTL mode), 6.12 with the arm64 VTL change as
/// posted in v5 of the series (VTL mode on arm64 selects OF and OF_EARLY_FLATTREE; HYPERV's arm64 term
/// without ACPI), and 6.12 with the form merged in 6.16 (VTL mode on arm64 with no selects). The patched
/// trees are overlays built here: symlinks to the stock tree, with drivers/hv/Kconfig replaced by a copy
/// edited by the few string replacements below; the stock tree is never written.
/// </summary>
[TestClass]
public sealed class SeedScenarioTests
{
    private const string Arm64Profile = "name: arm64 VTL2 paravisor\narch: arm64\ntoolchain: {cross_compile: aarch64-linux-gnu-}\nconfig:\n  ACPI: n\n  HYPERV: y\n  HYPERV_VTL_MODE: y\n";

    internal const string StockDepends = "\tdepends on X86_64 && HYPERV\n";
    internal const string StockArm64Term = "|| (ACPI && ARM64 && !CPU_BIG_ENDIAN)";
    internal const string NoAcpiArm64Term = "|| (ARM64 && !CPU_BIG_ENDIAN)";

    private string _work = string.Empty;

    [TestInitialize]
    public void CreateWorkDirectory() => _work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kconfig-seed-" + Guid.NewGuid().ToString("N"))).FullName;

    [TestCleanup]
    public void DeleteWorkDirectory() => Directory.Delete(_work, recursive: true);

    [TestMethod]
    public void Stock612RejectsArm64VtlModeAndSaysWhy()
    {
        ResolveResult result = Resolve(KernelTree.SourceDirectory, Arm64Profile, "arm64");

        string profile = Path.Combine(_work, "profile.yaml");
        CollectionAssert.AreEqual(
            new[]
            {
                $"{profile}(6,3): error KC3054: HYPERV was requested as y but resolves to n: HYPERV [=n] depends on X86 && X86_LOCAL_APIC && HYPERVISOR_GUEST || ACPI [=n] && ARM64 [=y] && !CPU_BIG_ENDIAN [=n] (drivers/hv/Kconfig:5); X86 is not defined for ARCH=arm64 (a fact of the architecture); X86_LOCAL_APIC is not defined for ARCH=arm64 (a fact of the architecture); HYPERVISOR_GUEST is not defined for ARCH=arm64 (a fact of the architecture); ACPI [=n] can be set by the profile (drivers/acpi/Kconfig:9)",
                $"{profile}(7,3): error KC3054: HYPERV_VTL_MODE was requested as y but resolves to n: HYPERV_VTL_MODE [=n] depends on X86_64 && HYPERV [=n] && SMP [=y] (drivers/hv/Kconfig:16); X86_64 is not defined for ARCH=arm64 (a fact of the architecture); HYPERV [=n] depends on X86 && X86_LOCAL_APIC && HYPERVISOR_GUEST || ACPI [=n] && ARM64 [=y] && !CPU_BIG_ENDIAN [=n] (drivers/hv/Kconfig:5); X86 is not defined for ARCH=arm64 (a fact of the architecture); X86_LOCAL_APIC is not defined for ARCH=arm64 (a fact of the architecture); HYPERVISOR_GUEST is not defined for ARCH=arm64 (a fact of the architecture); ACPI [=n] can be set by the profile (drivers/acpi/Kconfig:9)",
            },
            result.Diagnostics.Where(d => d.IsError).Select(d => d.ToCanonicalString()).ToArray());
    }

    [TestMethod]
    public void TheV5SeriesResolvesOnArm64WithTheDeviceTreeSelected()
    {
        string tree = Overlay("v5", kconfig => kconfig
            .Replace(StockArm64Term, NoAcpiArm64Term, StringComparison.Ordinal)
            .Replace(StockDepends, "\tdepends on (X86_64 || ARM64)\n\tselect OF\n\tselect OF_EARLY_FLATTREE\n", StringComparison.Ordinal));

        ResolveResult result = Resolve(tree, Arm64Profile, "arm64");

        Assert.AreEqual(string.Empty, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        string config = File.ReadAllText(Path.Combine(_work, "ours", ".config"));
        StringAssert.Contains(config, "\nCONFIG_HYPERV_VTL_MODE=y\n");
        StringAssert.Contains(config, "\nCONFIG_OF=y\n");
        StringAssert.Contains(config, "\nCONFIG_OF_EARLY_FLATTREE=y\n");
        AssertSameAsKernelTools(tree, "arm64", "# CONFIG_ACPI is not set\nCONFIG_HYPERV=y\nCONFIG_HYPERV_VTL_MODE=y\n");

        // In v5 the selects are unconditional, so the x86_64 variant gets the device tree without asking.
        const string x86 = "name: x86_64 VTL2 paravisor\narch: x86_64\nconfig:\n  HYPERV: y\n  HYPERV_VTL_MODE: y\n";
        Assert.AreEqual(string.Empty, string.Join("\n", Resolve(tree, x86, "x86_64", "x86").Diagnostics.Where(d => d.IsError)));
        string x86Config = File.ReadAllText(Path.Combine(_work, "x86", ".config"));
        StringAssert.Contains(x86Config, "\nCONFIG_HYPERV_VTL_MODE=y\n");
        StringAssert.Contains(x86Config, "\nCONFIG_OF=y\n");
        AssertSameAsKernelTools(tree, "x86_64", "CONFIG_HYPERV=y\nCONFIG_HYPERV_VTL_MODE=y\n", "x86");
    }

    [TestMethod]
    public void The616FormResolvesOnArm64AndX86NeedsToAskForOf()
    {
        string tree = Overlay("616", kconfig => kconfig
            .Replace(StockArm64Term, NoAcpiArm64Term, StringComparison.Ordinal)
            .Replace(StockDepends, "\tdepends on (X86_64 || ARM64) && HYPERV\n", StringComparison.Ordinal));

        ResolveResult arm64 = Resolve(tree, Arm64Profile, "arm64");
        Assert.AreEqual(string.Empty, string.Join("\n", arm64.Diagnostics.Where(d => d.IsError)));
        string arm64Config = File.ReadAllText(Path.Combine(_work, "ours", ".config"));
        StringAssert.Contains(arm64Config, "\nCONFIG_HYPERV_VTL_MODE=y\n");
        StringAssert.Contains(arm64Config, "\nCONFIG_OF=y\n");
        AssertSameAsKernelTools(tree, "arm64", "# CONFIG_ACPI is not set\nCONFIG_HYPERV=y\nCONFIG_HYPERV_VTL_MODE=y\n");

        const string x86 = "name: x86_64 VTL2 paravisor\narch: x86_64\nconfig:\n  HYPERV: y\n  HYPERV_VTL_MODE: y\n";
        Assert.AreEqual(string.Empty, string.Join("\n", Resolve(tree, x86, "x86_64", "x86-no-of").Diagnostics.Where(d => d.IsError)));
        StringAssert.Contains(File.ReadAllText(Path.Combine(_work, "x86-no-of", ".config")), "\n# CONFIG_OF is not set\n");

        Assert.AreEqual(string.Empty, string.Join("\n", Resolve(tree, x86 + "  OF: y\n", "x86_64", "x86-of").Diagnostics.Where(d => d.IsError)));
        string x86Config = File.ReadAllText(Path.Combine(_work, "x86-of", ".config"));
        StringAssert.Contains(x86Config, "\nCONFIG_HYPERV_VTL_MODE=y\n");
        StringAssert.Contains(x86Config, "\nCONFIG_OF=y\n");
        AssertSameAsKernelTools(tree, "x86_64", "CONFIG_HYPERV=y\nCONFIG_HYPERV_VTL_MODE=y\nCONFIG_OF=y\n", "x86-of");
    }

    private ResolveResult Resolve(string tree, string profileText, string arch, string output = "ours")
    {
        string profile = Path.Combine(_work, "profile.yaml");
        File.WriteAllText(profile, profileText);
        return ProfileResolver.Resolve(new ResolveRequest { ProfilePath = profile, SourceTree = tree, OutputDirectory = Path.Combine(_work, output), Arch = arch });
    }

    private void AssertSameAsKernelTools(string tree, string arch, string fragmentText, string ours = "ours")
    {
        string fragment = Path.Combine(_work, ours + "-requests.config");
        File.WriteAllText(fragment, fragmentText);
        string theirs = Path.Combine(_work, ours + "-kernel");
        RealKernelTests.RunKernelTools(arch, fragment, theirs, tree);
        foreach (string file in new[] { ".config", "include/config/auto.conf", "include/generated/autoconf.h", "defconfig" })
        {
            RealKernelTests.AssertSameLines(File.ReadAllText(Path.Combine(theirs, file)), File.ReadAllText(Path.Combine(_work, ours, file)), file);
        }
    }

    /// <summary>The stock tree seen through symlinks, with drivers/hv/Kconfig replaced by an edited copy.</summary>
    private string Overlay(string name, Func<string, string> edit) => BuildOverlay(_work, name, edit);

    /// <summary>The overlay in <paramref name="work"/>; also used by the fix-suggestion tests.</summary>
    internal static string BuildOverlay(string work, string name, Func<string, string> edit)
    {
        string stock = KernelTree.SourceDirectory;
        string root = Path.Combine(work, "tree-" + name);
        LinkAllBut(stock, root, "drivers");
        LinkAllBut(Path.Combine(stock, "drivers"), Path.Combine(root, "drivers"), "hv");
        LinkAllBut(Path.Combine(stock, "drivers", "hv"), Path.Combine(root, "drivers", "hv"), "Kconfig");
        string original = File.ReadAllText(Path.Combine(stock, "drivers", "hv", "Kconfig"));
        string edited = edit(original);
        Assert.AreNotEqual(original, edited, "the edit must apply to this tree");
        Assert.AreEqual(2, CountChanges(original, edited), "both edits must apply");
        File.WriteAllText(Path.Combine(root, "drivers", "hv", "Kconfig"), edited);
        return root;
    }

    private static int CountChanges(string original, string edited) =>
        (original.Contains(StockArm64Term, StringComparison.Ordinal) && !edited.Contains(StockArm64Term, StringComparison.Ordinal) ? 1 : 0)
        + (original.Contains(StockDepends, StringComparison.Ordinal) && !edited.Contains(StockDepends, StringComparison.Ordinal) ? 1 : 0);

    private static void LinkAllBut(string source, string target, string except)
    {
        Directory.CreateDirectory(target);
        foreach (string entry in Directory.EnumerateFileSystemEntries(source))
        {
            string entryName = Path.GetFileName(entry);
            if (!string.Equals(entryName, except, StringComparison.Ordinal))
            {
                File.CreateSymbolicLink(Path.Combine(target, entryName), entry);
            }
        }
    }
}
