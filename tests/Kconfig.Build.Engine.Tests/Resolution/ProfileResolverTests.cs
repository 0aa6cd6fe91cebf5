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
            .Select(d => d.ToCanonicalString()
                .Replace(c.Directory + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)
                .Replace(ResolutionCase.SampleTree + Path.DirectorySeparatorChar, "<tree>/", StringComparison.Ordinal) + "\n"));
        if (c.ExpectedDiagnostics is { } expected && expected.Contains(": error ", StringComparison.Ordinal))
        {
            Assert.AreEqual(expected, diagnostics);
            Assert.IsFalse(result.Succeeded);
            Assert.IsEmpty(result.FilesWritten);
            Assert.IsFalse(Directory.Exists(_output) && Directory.EnumerateFileSystemEntries(_output).Any(), "no output may be written on error");
            return;
        }

        Assert.AreEqual(c.ExpectedDiagnostics ?? string.Empty, diagnostics);
        Assert.AreEqual(c.Expected(".config"), File.ReadAllText(Path.Combine(_output, ".config")), ".config");
        Assert.AreEqual(c.Expected("auto.conf"), File.ReadAllText(Path.Combine(_output, "include", "config", "auto.conf")), "auto.conf");
        Assert.AreEqual(c.Expected("autoconf.h"), File.ReadAllText(Path.Combine(_output, "include", "generated", "autoconf.h")), "autoconf.h");
        Assert.AreEqual(c.Expected("defconfig"), File.ReadAllText(Path.Combine(_output, "defconfig")), "defconfig");
        // A case with a device-tree stub (the sample) also writes it; the stub is our own writer's, held to dtc elsewhere.
        bool stub = File.Exists(Path.Combine(c.Directory, "expected", "devicetree.dts"));
        if (stub)
        {
            Assert.AreEqual(c.Expected("devicetree.dts"), File.ReadAllText(Path.Combine(_output, "devicetree.dts")), "devicetree.dts");
        }

        CollectionAssert.AreEqual(
            new[] { ".config", "include/config/auto.conf", "include/generated/autoconf.h", "defconfig" }.Concat(stub ? ["devicetree.dts", "devicetree.dtb"] : Array.Empty<string>()).ToArray(),
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
        foreach (string arch in new[] { "arm64", "x86_64" })
        {
            Assert.AreEqual(
                File.ReadAllText(ResolutionCase.Get("template-" + arch).ProfilePath),
                RenderWithoutPreset(File.ReadAllText(Path.Combine(root, "templates", "content", "kconfig-profile", "profile.yaml")))
                    .Replace("KCONFIG_ARCH", arch, StringComparison.Ordinal));
        }
    }

    // What `dotnet new kconfig-profile` writes when no --preset is given: the template engine drops the
    // #if (preset != "") ... #endif block; the tested case is that output.
    private static string RenderWithoutPreset(string template)
    {
        var kept = new System.Text.StringBuilder();
        bool skipping = false;
        foreach (string line in template.Split('\n'))
        {
            if (line == "#if (preset != \"\")")
            {
                skipping = true;
                continue;
            }

            if (skipping && line == "#endif")
            {
                skipping = false;
                continue;
            }

            if (!skipping)
            {
                kept.Append(line).Append('\n');
            }
        }

        return kept.ToString(0, kept.Length - 1);
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

    [TestMethod]
    [DataRow(false, DiagnosticSeverity.Warning, true)]
    [DataRow(true, DiagnosticSeverity.Error, false)]
    public void ASelectWithUnmetDependenciesIsAWarningOrOnRequestAnError(bool treatAsErrors, DiagnosticSeverity severity, bool written)
    {
        string tree = WriteTree(
            ("Kconfig", "config A\n\tbool \"a\"\n\tselect B\n\nconfig B\n\tbool\n\tdepends on C\n\nconfig C\n\tbool \"c\"\n\nsource \"arch/$(SRCARCH)/Kconfig\"\n"),
            ("arch/arm64/Kconfig", "config ARM64\n\tdef_bool y\n"),
            ("arch/arm64/configs/defconfig", string.Empty));
        string profile = Path.Combine(_output, "select.yaml");
        File.WriteAllText(profile, "arch: arm64\nconfig:\n  A: y\n");

        ResolveResult result = ProfileResolver.Resolve(new ResolveRequest { ProfilePath = profile, SourceTree = tree, OutputDirectory = Path.Combine(_output, "out"), TreatSelectWarningsAsErrors = treatAsErrors });

        Diagnostic unmet = result.Diagnostics.Single();
        Assert.AreEqual(DiagnosticCodes.UnmetDirectDependencies, unmet.Code);
        Assert.AreEqual(severity, unmet.Severity);
        Assert.AreEqual(Path.Combine(tree, "Kconfig") + ":5:1", unmet.Span.ToString(), "Kconfig locations are made absolute");
        Assert.AreEqual("unmet direct dependencies detected for B\n  Depends on [n]: C [=n]\n  Selected by [y]:\n  - A [=y]\n", unmet.Message);
        Assert.AreEqual(written, File.Exists(Path.Combine(_output, "out", ".config")));
    }

    [TestMethod]
    [DataRow("  A: y\n", DiagnosticSeverity.Error, false)]
    [DataRow("  A: y\n  B: {unmet_select: warning, reason: C is set by the bootloader}\n", DiagnosticSeverity.Warning, true)]
    [DataRow("  A: y\n  B: {unmet_select: error}\n", DiagnosticSeverity.Error, false)]
    public void ASelectWithUnmetDependenciesIsAnErrorByDefaultUnlessThatSymbolIsDowngraded(string config, DiagnosticSeverity severity, bool written)
    {
        string tree = WriteTree(
            ("Kconfig", "config A\n\tbool \"a\"\n\tselect B\n\nconfig B\n\tbool\n\tdepends on C\n\nconfig C\n\tbool \"c\"\n\nsource \"arch/$(SRCARCH)/Kconfig\"\n"),
            ("arch/arm64/Kconfig", "config ARM64\n\tdef_bool y\n"),
            ("arch/arm64/configs/defconfig", string.Empty));
        string profile = Path.Combine(_output, "select.yaml");
        File.WriteAllText(profile, "arch: arm64\nconfig:\n" + config);

        ResolveResult result = ProfileResolver.Resolve(new ResolveRequest { ProfilePath = profile, SourceTree = tree, OutputDirectory = Path.Combine(_output, "out") });

        Assert.AreEqual(
            $"{Path.Combine(tree, "Kconfig")}(5,1): {(severity == DiagnosticSeverity.Error ? "error" : "warning")} KC2001: unmet direct dependencies detected for B\n  Depends on [n]: C [=n]\n  Selected by [y]:\n  - A [=y]\n",
            string.Join("\n", result.Diagnostics.Select(d => d.ToCanonicalString())));
        Assert.AreEqual(written, File.Exists(Path.Combine(_output, "out", ".config")));
        if (written)
        {
            StringAssert.Contains(File.ReadAllText(Path.Combine(_output, "out", ".config")), "\nCONFIG_A=y\nCONFIG_B=y\n", "the policy line sets nothing");
        }
    }

    [TestMethod]
    public void ABaseFileIsReadRelativeToTheProfile()
    {
        string tree = WriteTree(
            ("Kconfig", "config A\n\tbool \"a\"\n\nconfig B\n\tbool \"b\"\n\nsource \"arch/$(SRCARCH)/Kconfig\"\n"),
            ("arch/arm64/Kconfig", "config ARM64\n\tdef_bool y\n"));
        Directory.CreateDirectory(Path.Combine(_output, "configs"));
        File.WriteAllText(Path.Combine(_output, "configs", "board.config"), "CONFIG_A=y\n");
        string profile = Path.Combine(_output, "board.yaml");
        File.WriteAllText(profile, "arch: arm64\nbase: configs/board.config\nconfig:\n  B: y\n");

        ResolveResult result = ProfileResolver.Resolve(new ResolveRequest { ProfilePath = profile, SourceTree = tree, OutputDirectory = Path.Combine(_output, "out") });

        Assert.AreEqual(string.Empty, string.Join("\n", result.Diagnostics));
        Assert.AreEqual(
            "#\n# Automatically generated file; DO NOT EDIT.\n# Main menu\n#\nCONFIG_A=y\nCONFIG_B=y\nCONFIG_ARM64=y\n",
            File.ReadAllText(Path.Combine(_output, "out", ".config")));
        CollectionAssert.Contains(result.FilesRead.ToArray(), Path.Combine(_output, "configs", "board.config"));
    }

    private string WriteTree(params (string Path, string Text)[] files)
    {
        string tree = Path.Combine(_output, "tree");
        foreach ((string path, string text) in files)
        {
            string full = Path.Combine(tree, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return tree;
    }

    [TestMethod]
    [DataRow("", "out", "error KC5101: no kernel source tree: set KconfigSourceDir (or --srctree) to the directory holding the kernel's top-level Kconfig, or to $(KconfigSampleSourceDir) for the bundled sample tree")]
    [DataRow("tree", "", "error KC5104: no output directory given")]
    public void EmptyPathsAreDiagnosticsNotExceptions(string sourceTree, string output, string expected)
    {
        ResolveResult result = ProfileResolver.Resolve(new ResolveRequest
        {
            ProfilePath = ResolutionCase.Get("arm64-vtl2-paravisor").ProfilePath,
            SourceTree = sourceTree.Length == 0 ? string.Empty : ResolutionCase.SampleTree,
            OutputDirectory = output.Length == 0 ? string.Empty : _output,
        });

        Assert.AreEqual(expected, string.Join("\n", result.Diagnostics.Select(d => d.ToCanonicalString())));
    }
}
