using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Parsing;
using Kconfig.Build.Engine.Profiles;
using Kconfig.Build.Engine.Resolution;
using Kconfig.Build.Engine.Tests.Infrastructure;

namespace Kconfig.Build.Engine.Tests.Resolution;

[TestClass]
public sealed class ProfileResolverTests
{
    private string _output = string.Empty;

    [TestInitialize]
    public void CreateOutputDirectory()
    {
        _output = Path.Combine(Path.GetTempPath(), "kconfig-resolver-" + Guid.NewGuid().ToString("N"));
    }

    [TestCleanup]
    public void DeleteOutputDirectory()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [TestMethod]
    [DynamicData(nameof(ResolutionCase.All), typeof(ResolutionCase))]
    public void ResolvesLikeTheKernelTools(string caseName)
    {
        ResolutionCase c = ResolutionCase.Get(caseName);

        ResolveResult result = ProfileResolver.Resolve(new ResolveRequest
        {
            ProfilePath = c.ProfilePath,
            SourceTree = ResolutionCase.SampleTree,
            OutputDirectory = _output,
        });

        string diagnostics = string.Concat(result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info)
            .Select(d => d.ToCanonicalString().Replace(c.Directory + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal) + "\n"));
        if (c.ExpectedDiagnostics is { } expected)
        {
            Assert.AreEqual(expected, diagnostics);
            Assert.IsFalse(result.Succeeded);
            Assert.IsEmpty(result.FilesWritten);
            Assert.IsFalse(Directory.Exists(_output) && Directory.EnumerateFileSystemEntries(_output).Any(), "no output may be written on error");
            return;
        }

        Assert.AreEqual(string.Empty, diagnostics);
        Assert.AreEqual(c.Expected(".config"), File.ReadAllText(Path.Combine(_output, ".config")), ".config");
        Assert.AreEqual(c.Expected("auto.conf"), File.ReadAllText(Path.Combine(_output, "include", "config", "auto.conf")), "auto.conf");
        Assert.AreEqual(c.Expected("autoconf.h"), File.ReadAllText(Path.Combine(_output, "include", "generated", "autoconf.h")), "autoconf.h");
        Assert.AreEqual(c.Expected("defconfig"), File.ReadAllText(Path.Combine(_output, "defconfig")), "defconfig");
        CollectionAssert.AreEqual(
            new[] { ".config", "include/config/auto.conf", "include/generated/autoconf.h", "defconfig" },
            result.FilesWritten.Select(f => Path.GetRelativePath(_output, f).Replace('\\', '/')).ToArray());
        CollectionAssert.Contains(result.FilesRead.ToArray(), Path.Combine(ResolutionCase.SampleTree, "drivers", "hv", "Kconfig"));
    }

    [TestMethod]
    [DynamicData(nameof(ResolutionCase.All), typeof(ResolutionCase))]
    public void WritesTheRequestsAsTheHandWrittenFragment(string caseName)
    {
        ResolutionCase c = ResolutionCase.Get(caseName);
        string srcArch = c.Arch == "x86_64" ? "x86" : c.Arch;
        KconfigLoadResult tree = KconfigLoader.Load(new KconfigLoadOptions
        {
            SourceTree = ResolutionCase.SampleTree,
            Environment = new Dictionary<string, string>
            {
                ["srctree"] = ResolutionCase.SampleTree,
                ["ARCH"] = c.Arch,
                ["SRCARCH"] = srcArch,
                ["KERNELVERSION"] = "6.12.0-sample",
            },
        });
        Assert.IsNotNull(tree.Model, string.Join("\n", tree.Diagnostics));
        var diagnostics = new DiagnosticBag();

        string fragment = RequestFragment.Build(tree.Model, ProfileLoader.Load(c.ProfilePath).Profile!.Requests, "CONFIG_", diagnostics);

        Assert.AreEqual(0, diagnostics.Count);
        Assert.AreEqual(c.RequestsConfig, fragment);
    }

    [TestMethod]
    public void TheSampleAndTemplateProfilesAreTheTestedOnes()
    {
        string root = KernelTree.RepositoryRoot;
        Assert.AreEqual(
            File.ReadAllText(ResolutionCase.Get("arm64-vtl2-paravisor").ProfilePath),
            File.ReadAllText(Path.Combine(root, "samples", "vtl2-paravisor", "vtl2-paravisor.yaml")));
        Assert.AreEqual(
            File.ReadAllText(ResolutionCase.Get("template-arm64").ProfilePath),
            File.ReadAllText(Path.Combine(root, "templates", "content", "kconfig-profile", "profile.yaml")).Replace("KCONFIG_ARCH", "arm64", StringComparison.Ordinal));
    }

    [TestMethod]
    public void ReportsAnArchConflictAtTheProfilesArch()
    {
        ResolveResult result = ProfileResolver.Resolve(new ResolveRequest
        {
            ProfilePath = ResolutionCase.Get("arm64-vtl2-paravisor").ProfilePath,
            SourceTree = ResolutionCase.SampleTree,
            OutputDirectory = _output,
            Arch = "x86_64",
        });

        Assert.AreEqual(
            $"{ResolutionCase.Get("arm64-vtl2-paravisor").ProfilePath}(5,7): error KC5105: the profile is for arch arm64 but the build asks for ARCH=x86_64",
            result.Diagnostics.Single().ToCanonicalString());
    }

    [TestMethod]
    public void ReportsATreeWithoutKconfig()
    {
        string notATree = Path.Combine(_output, "empty");
        Directory.CreateDirectory(notATree);

        ResolveResult result = ProfileResolver.Resolve(new ResolveRequest
        {
            ProfilePath = ResolutionCase.Get("arm64-vtl2-paravisor").ProfilePath,
            SourceTree = notATree,
            OutputDirectory = Path.Combine(_output, "out"),
        });

        Assert.AreEqual(
            $"error KC5102: '{notATree}' is not a kernel source tree: it has no top-level Kconfig file (set KconfigSourceDir, or --srctree, to the kernel source directory)",
            result.Diagnostics.Single().ToCanonicalString());
        Assert.IsFalse(Directory.Exists(Path.Combine(_output, "out")));
    }

    [TestMethod]
    public void ReportsAProfileWithoutArch()
    {
        string profile = Path.Combine(_output, "noarch.yaml");
        Directory.CreateDirectory(_output);
        File.WriteAllText(profile, "name: no arch\nconfig:\n  SMP: y\n");

        ResolveResult result = ProfileResolver.Resolve(new ResolveRequest { ProfilePath = profile, SourceTree = ResolutionCase.SampleTree, OutputDirectory = _output });

        Assert.AreEqual(
            $"{profile}(1,1): error KC5103: no architecture: add 'arch: arm64' (or x86_64 ...) to the profile, or set KconfigArch / --arch",
            result.Diagnostics.Single().ToCanonicalString());
    }

    [TestMethod]
    public void ChecksEachRequestAgainstItsSymbolBeforeResolving()
    {
        string profile = Path.Combine(_output, "typed.yaml");
        Directory.CreateDirectory(_output);
        File.WriteAllText(profile, "arch: arm64\nconfig:\n  NR_CPUS: y\n  SMP: m\n  NO_SUCH_SYMBOL: y\n  LOCALVERSION: 5\n  ARM64_KERNEL_BASE: -1\n  HYPERV: \"y\"\n");

        ResolveResult result = ProfileResolver.Resolve(new ResolveRequest { ProfilePath = profile, SourceTree = ResolutionCase.SampleTree, OutputDirectory = Path.Combine(_output, "out") });

        CollectionAssert.AreEqual(
            new[]
            {
                $"{profile}(3,12): error KC3051: 'y' is not a valid value for NR_CPUS, which is an int (write a decimal number)",
                $"{profile}(4,8): error KC3051: 'm' is not a valid value for SMP, which is a bool (write y or n)",
                $"{profile}(5,3): error KC3050: unknown symbol NO_SUCH_SYMBOL: no Kconfig file of this tree defines it",
                $"{profile}(6,17): error KC3051: '5' is not a valid value for LOCALVERSION, which is a string (write the value in quotes)",
                $"{profile}(7,22): error KC3051: '-1' is not a valid value for ARM64_KERNEL_BASE, which is a hex (write a number such as 0x1000)",
                $"{profile}(8,11): error KC3051: 'y' is not a valid value for HYPERV, which is a tristate (write y, m or n)",
            },
            result.Diagnostics.Select(d => d.ToCanonicalString()).ToArray());
        Assert.IsFalse(Directory.Exists(Path.Combine(_output, "out")));
    }
}
