using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Environment;
using Kconfig.Build.Engine.Tests.Infrastructure;

namespace Kconfig.Build.Engine.Tests.Environment;

[TestClass]
public sealed class KernelEnvironmentTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void UnknownArchListsEveryValidOne()
    {
        KernelEnvironmentResult result = KernelEnvironment.Compute(new KernelEnvironmentOptions { SourceTree = KernelTree.SourceDirectory, Arch = "vax" });

        Assert.IsNull(result.Environment);
        Assert.HasCount(1, result.Diagnostics);
        Assert.AreEqual(
            "error KC5003: unknown ARCH 'vax': valid values are alpha, arc, arm, arm64, csky, hexagon, i386, loongarch, m68k, "
            + "microblaze, mips, nios2, openrisc, parisc, parisc64, powerpc, riscv, s390, sh, sh64, sparc, sparc64, um, x86, x86_64, xtensa",
            result.Diagnostics[0].ToCanonicalString());
    }

    [TestMethod]
    [DataRow("../x86")]
    [DataRow("..")]
    [DataRow(".")]
    [DataRow("")]
    [DataRow("X86")]
    public void ArchThatIsNotADirectoryNameIsUnknown(string arch)
    {
        KernelEnvironmentResult result = KernelEnvironment.Compute(new KernelEnvironmentOptions { SourceTree = KernelTree.SourceDirectory, Arch = arch });

        Assert.IsNull(result.Environment);
        Assert.AreEqual(DiagnosticCodes.UnknownArchitecture, result.Diagnostics.Single().Code);
    }

    [TestMethod]
    public void MissingCrossCompilerIsReportedForCompilerAndLinker()
    {
        KernelEnvironmentResult result = KernelEnvironment.Compute(new KernelEnvironmentOptions
        {
            SourceTree = KernelTree.SourceDirectory,
            Arch = "riscv",
            CrossCompile = "no-such-prefix-",
        });

        Assert.IsFalse(result.Succeeded);
        Assert.IsNotNull(result.Environment);
        Assert.AreEqual("no-such-prefix-gcc", result.Environment.Variables["CC"]);
        Assert.AreEqual(string.Empty, result.Environment.Variables["CC_VERSION_TEXT"]);
        CollectionAssert.AreEqual(
            new[]
            {
                "error KC5004: C compiler 'no-such-prefix-gcc' not found in PATH (CROSS_COMPILE=no-such-prefix-)",
                "error KC5005: linker 'no-such-prefix-ld' not found in PATH (CROSS_COMPILE=no-such-prefix-)",
            },
            result.Diagnostics.Select(d => d.ToCanonicalString()).ToArray());
    }

    [TestMethod]
    public void TreeWithoutMakefileIsNotAKernelTree()
    {
        string tree = NewDirectory();

        KernelEnvironmentResult result = KernelEnvironment.Compute(new KernelEnvironmentOptions { SourceTree = tree, Arch = "x86_64" });

        Assert.IsNull(result.Environment);
        Assert.AreEqual($"error KC5001: '{tree}' is not a kernel source tree: it has no Makefile", result.Diagnostics.Single().ToCanonicalString());
    }

    [TestMethod]
    public void MissingTreeIsReported()
    {
        string tree = Path.Combine(NewDirectory(), "absent");

        KernelEnvironmentResult result = KernelEnvironment.Compute(new KernelEnvironmentOptions { SourceTree = tree, Arch = "x86_64" });

        Assert.IsNull(result.Environment);
        Assert.AreEqual($"error KC5000: kernel source tree '{tree}' does not exist", result.Diagnostics.Single().ToCanonicalString());
    }

    [TestMethod]
    public void MakefileWithoutVersionIsReportedAtTheMakefile()
    {
        string tree = NewDirectory();
        File.WriteAllText(Path.Combine(tree, "Makefile"), "all:\n\ttrue\n");

        KernelEnvironmentResult result = KernelEnvironment.Compute(new KernelEnvironmentOptions { SourceTree = tree, Arch = "x86_64" });

        Assert.IsNull(result.Environment);
        Assert.AreEqual(
            $"{Path.Combine(tree, "Makefile")}(1,1): error KC5002: the top-level Makefile sets no VERSION, so KERNELVERSION cannot be computed",
            result.Diagnostics.Single().ToCanonicalString());
    }

    [TestMethod]
    [DataRow("7", "1", "3", "", "7.1.3")]
    [DataRow("7", "1", "", "-rc2", "7.1-rc2")]
    [DataRow("7", "", "3", "", "7")]
    [DataRow("7", "1", "3", "-custom", "7.1.3-custom")]
    public void KernelVersionFollowsTheMakefileRule(string version, string patchLevel, string subLevel, string extraVersion, string expected)
    {
        string tree = MiniatureTree($"# first line\nVERSION = {version}\nPATCHLEVEL = {patchLevel}\nSUBLEVEL = {subLevel}\nEXTRAVERSION ={extraVersion}\nNAME = Test\n");

        KernelEnvironmentResult result = KernelEnvironment.Compute(new KernelEnvironmentOptions { SourceTree = tree, Arch = "x86_64" });

        Assert.IsNotNull(result.Environment, string.Join("\n", result.Diagnostics));
        Assert.AreEqual(expected, result.Environment.KernelVersion);
        Assert.AreEqual(expected, result.Environment.Variables["KERNELVERSION"]);
    }

    [TestMethod]
    public void SrctreeIsDotInTheTreeDotDotInASubdirectoryElseAbsolute()
    {
        string tree = MiniatureTree("VERSION = 7\nPATCHLEVEL = 0\n");
        string sub = Directory.CreateDirectory(Path.Combine(tree, "build")).FullName;
        string outside = NewDirectory();

        string Srctree(string? objectTree) =>
            KernelEnvironment.Compute(new KernelEnvironmentOptions { SourceTree = tree, Arch = "x86_64", ObjectTree = objectTree })
                .Environment!.Variables["srctree"];

        Assert.AreEqual(".", Srctree(tree));
        Assert.AreEqual("..", Srctree(sub));
        Assert.AreEqual(tree, Srctree(outside));
        Assert.AreEqual(tree, Srctree(null));
    }

    [TestMethod]
    public void SourceTreeBehindASymlinkIsNamedByItsTarget()
    {
        string tree = MiniatureTree("VERSION = 7\nPATCHLEVEL = 0\n");
        string link = Path.Combine(NewDirectory(), "link");
        Directory.CreateSymbolicLink(link, tree);

        KernelEnvironmentResult result = KernelEnvironment.Compute(new KernelEnvironmentOptions { SourceTree = link, Arch = "x86_64" });

        Assert.AreEqual(tree, result.Environment!.Variables["srctree"]);
    }

    [TestMethod]
    public void CommandLineVariablesWinOverTheMakefile()
    {
        KernelEnvironmentResult result = KernelEnvironment.Compute(new KernelEnvironmentOptions
        {
            SourceTree = KernelTree.SourceDirectory,
            Arch = "alpha",
            MakeVariables = new Dictionary<string, string> { ["NM"] = "my-nm", ["HOSTCC"] = "cc", ["CC_VERSION_TEXT"] = "given" },
        });

        Assert.IsNotNull(result.Environment);
        Assert.AreEqual("my-nm", result.Environment.Variables["NM"]);
        Assert.AreEqual("cc", result.Environment.Variables["HOSTCC"]);
        Assert.AreEqual("given", result.Environment.Variables["CC_VERSION_TEXT"]);
    }

    [TestMethod]
    public void LlvmSelectsTheLlvmToolNames()
    {
        KernelEnvironmentResult result = KernelEnvironment.Compute(new KernelEnvironmentOptions
        {
            SourceTree = KernelTree.SourceDirectory,
            Arch = "arm64",
            Llvm = "-19",
        });

        Assert.IsNotNull(result.Environment);
        Assert.AreEqual(
            "AR=llvm-ar-19 CC=clang-19 HOSTCC=clang-19 HOSTCXX=clang++-19 LD=ld.lld-19 NM=llvm-nm-19 OBJCOPY=llvm-objcopy-19",
            string.Join(' ', new[] { "AR", "CC", "HOSTCC", "HOSTCXX", "LD", "NM", "OBJCOPY" }.Select(n => $"{n}={result.Environment.Variables[n]}")));
    }

    [TestMethod]
    [DataRow("x86_64", "x86")]
    [DataRow("i386", "x86")]
    [DataRow("x86", "x86")]
    [DataRow("sparc64", "sparc")]
    [DataRow("sparc", "sparc")]
    [DataRow("parisc64", "parisc")]
    [DataRow("sh64", "sh")]
    [DataRow("arm64", "arm64")]
    [DataRow("riscv", "riscv")]
    public void SourceArchitectureFollowsTheTopMakefile(string arch, string expected) =>
        Assert.AreEqual(expected, KernelArchitecture.SourceArchitecture(arch));

    [TestMethod]
    [DataRow("x86_64", "x86")]
    [DataRow("i686", "x86")]
    [DataRow("aarch64", "arm64")]
    [DataRow("arm64", "arm64")]
    [DataRow("armv7l", "arm")]
    [DataRow("riscv64", "riscv")]
    [DataRow("ppc64le", "powerpc")]
    [DataRow("s390x", "s390")]
    [DataRow("loongarch64", "loongarch")]
    [DataRow("sh4", "sh")]
    [DataRow("mips64", "mips")]
    [DataRow("sun4u", "sparc64")]
    [DataRow("alpha", "alpha")]
    public void HostSubarchitectureFollowsSubarchInclude(string machine, string expected) =>
        Assert.AreEqual(expected, KernelArchitecture.HostSubarchitecture(machine));

    private string NewDirectory()
    {
        string path = Path.Combine(Path.GetTempPath(), "kc-env-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        TestContext.WriteLine("temporary directory " + path);
        return path;
    }

    /// <summary>A made-up tree: a Makefile with the given text and arch/x86/Kconfig, enough for KernelEnvironment.</summary>
    private string MiniatureTree(string makefile)
    {
        string tree = NewDirectory();
        File.WriteAllText(Path.Combine(tree, "Makefile"), makefile);
        Directory.CreateDirectory(Path.Combine(tree, "arch", "x86"));
        File.WriteAllText(Path.Combine(tree, "arch", "x86", "Kconfig"), "# test\n");
        return tree;
    }
}
