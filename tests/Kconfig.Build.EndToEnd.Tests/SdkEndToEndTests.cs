using System.Reflection;

namespace Kconfig.Build.EndToEnd.Tests;

/// <summary>
/// The product as a user meets it: the SDK and template packages packed with a unique version into a
/// local feed, a project created by `dotnet new kconfig-profile`, and real `dotnet build` child processes
/// restoring the SDK from that feed into a private package folder.
/// </summary>
[TestClass]
public sealed class SdkEndToEndTests
{
    private const string SkippedLine = "Skipping target \"KconfigResolve\" because all output files are up-to-date with respect to the input files.";

    private static string s_root = string.Empty;
    private static string s_feed = string.Empty;
    private static string s_hive = string.Empty;
    private static string s_packages = string.Empty;
    private static string s_version = string.Empty;

    private static string RepositoryRoot
    {
        get
        {
            for (string? dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
            {
                if (File.Exists(Path.Combine(dir, "Kconfig.Build.Sdk.sln")))
                {
                    return dir;
                }
            }

            throw new InvalidOperationException("Kconfig.Build.Sdk.sln not found above " + AppContext.BaseDirectory);
        }
    }

    private static string Configuration =>
        typeof(SdkEndToEndTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    private static string ExpectedDirectory => Path.Combine(RepositoryRoot, "tests", "Kconfig.Build.Engine.Tests", "Resolution", "Cases", "template-arm64", "expected");

    [ClassInitialize]
    public static void PackAndInstallTemplates(TestContext context)
    {
        s_root = Path.Combine(Path.GetTempPath(), "kconfig-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        s_feed = Path.Combine(s_root, "feed");
        s_hive = Path.Combine(s_root, "hive");
        s_packages = Path.Combine(s_root, "packages");
        Directory.CreateDirectory(s_root);

        // A new version every run: the SDK resolver reuses whatever it extracted before under a version.
        s_version = "0.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + "." + Environment.ProcessId;
        foreach (string project in new[] { "Sdk/Kconfig.Build.Sdk.csproj", "templates/Kconfig.Build.Templates.csproj" })
        {
            ProcessResult pack = ChildProcess.Run("dotnet", ["pack", Path.Combine(RepositoryRoot, project), "-c", Configuration, "--no-build", "-o", s_feed, "-p:KconfigPackageVersion=" + s_version, "-nodeReuse:false"], RepositoryRoot);
            Assert.AreEqual(0, pack.ExitCode, pack.ToString());
        }

        // The hive must be an absolute path, or dotnet new finds no templates.
        ProcessResult install = ChildProcess.Run("dotnet", ["new", "install", Path.Combine(s_feed, $"Kconfig.Build.Templates.{s_version}.nupkg"), "--debug:custom-hive", s_hive], s_root);
        Assert.AreEqual(0, install.ExitCode, install.ToString());
    }

    [ClassCleanup]
    public static void DeleteWorkArea()
    {
        if (Directory.Exists(s_root))
        {
            Directory.Delete(s_root, recursive: true);
        }
    }

    [TestMethod]
    public void TheSdkPackageHasTheContractedLayout()
    {
        using var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(s_feed, $"Kconfig.Build.Sdk.{s_version}.nupkg"));
        string[] entries = package.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal) && !n.StartsWith("package/", StringComparison.Ordinal) && n != "[Content_Types].xml").Order(StringComparer.Ordinal).ToArray();

        CollectionAssert.IsSubsetOf(
            new[]
            {
                "Sdk/Sdk.props", "Sdk/Sdk.targets", "Sdk/sample-tree/Kconfig", "Sdk/sample-tree/Makefile",
                "Sdk/sample-tree/arch/arm64/configs/defconfig", "Sdk/sample-tree/drivers/hv/Kconfig",
                "tasks/net8.0/Kconfig.Build.Tasks.dll", "tasks/net8.0/Kconfig.Build.Engine.dll",
                "tasks/net8.0/YamlDotNet.dll", "tasks/net8.0/Kconfig.Build.Tasks.deps.json",
            },
            entries);
        Assert.IsFalse(entries.Any(e => e.Contains("Microsoft.Build", StringComparison.Ordinal)), "MSBuild's own assemblies are never shipped");
        string nuspec = new StreamReader(package.GetEntry("Kconfig.Build.Sdk.nuspec")!.Open()).ReadToEnd();
        StringAssert.Contains(nuspec, "<packageType name=\"MSBuildSdk\" />");
        Assert.IsFalse(nuspec.Contains("<dependencies", StringComparison.Ordinal), "the SDK resolver never restores dependencies");
    }

    [TestMethod]
    public void BuildsTheTemplateProjectAndSkipsTheResolutionWhenUpToDate()
    {
        string project = NewProject("Board");
        string output = Path.Combine(project, "bin", "Debug", "kconfig", "profile");

        ProcessResult first = Build(project);

        Assert.AreEqual(0, first.ExitCode, first.ToString());
        Assert.AreEqual(File.ReadAllText(Path.Combine(ExpectedDirectory, ".config")), File.ReadAllText(Path.Combine(output, ".config")), ".config");
        Assert.AreEqual(File.ReadAllText(Path.Combine(ExpectedDirectory, "auto.conf")), File.ReadAllText(Path.Combine(output, "include", "config", "auto.conf")), "auto.conf");
        Assert.AreEqual(File.ReadAllText(Path.Combine(ExpectedDirectory, "autoconf.h")), File.ReadAllText(Path.Combine(output, "include", "generated", "autoconf.h")), "autoconf.h");
        Assert.AreEqual(File.ReadAllText(Path.Combine(ExpectedDirectory, "defconfig")), File.ReadAllText(Path.Combine(output, "defconfig")), "defconfig");
        DateTime written = File.GetLastWriteTimeUtc(Path.Combine(output, ".config"));

        ProcessResult second = Build(project, "-v:d");

        Assert.AreEqual(0, second.ExitCode, second.ToString());
        StringAssert.Contains(second.Output, SkippedLine);
        Assert.AreEqual(written, File.GetLastWriteTimeUtc(Path.Combine(output, ".config")));

        ProcessResult changedSetting = Build(project, "-v:d", "-p:KconfigArch=arm64");

        Assert.AreEqual(0, changedSetting.ExitCode, changedSetting.ToString());
        StringAssert.Contains(changedSetting.Output, "Building target \"KconfigResolve\" completely.", "a changed setting re-runs the resolution");

        ProcessResult clean = ChildProcess.Run("dotnet", ["clean", "-nodeReuse:false"], project, new Dictionary<string, string> { ["NUGET_PACKAGES"] = s_packages });

        Assert.AreEqual(0, clean.ExitCode, clean.ToString());
        Assert.IsFalse(File.Exists(Path.Combine(output, ".config")), "dotnet clean removes what the resolution wrote");
        Assert.IsFalse(File.Exists(Path.Combine(output, "include", "generated", "autoconf.h")));
    }

    [TestMethod]
    public void ABrokenProfileFailsTheBuildAtItsLineAndColumn()
    {
        string project = NewProject("Broken");
        File.WriteAllText(Path.Combine(project, "profile.yaml"), "name: broken\narch: arm64\nconfig:\n  SMP: y\n  NR_CPUS: many\n");

        ProcessResult build = Build(project);

        Assert.AreNotEqual(0, build.ExitCode, build.ToString());
        StringAssert.Contains(build.Output, Path.Combine(project, "profile.yaml") + "(5,12): error KC3008: 'many' is not a value for NR_CPUS: write y, m, n, a number, or a string in quotes", build.ToString());
    }

    [TestMethod]
    public void ARequestTheKernelRulesRejectFailsTheBuildAtItsLine()
    {
        string project = NewProject("NoSmp");
        File.WriteAllText(Path.Combine(project, "profile.yaml"), "name: no smp\narch: arm64\nconfig:\n  SMP: n\n  HYPERV: y\n  HYPERV_VTL_MODE: y\n");

        ProcessResult build = Build(project);

        Assert.AreNotEqual(0, build.ExitCode, build.ToString());
        StringAssert.Contains(build.Output, Path.Combine(project, "profile.yaml") + "(6,3): error KC3054: HYPERV_VTL_MODE was requested as y but resolves to n: HYPERV_VTL_MODE [=n] depends on (X86_64 || ARM64 [=y]) && HYPERV [=y] && SMP [=n]", build.ToString());
        Assert.IsFalse(File.Exists(Path.Combine(project, "bin", "Debug", "kconfig", "profile", ".config")), "no output on error");
    }

    [TestMethod]
    public void ASelectWithUnmetDependenciesFailsUnlessTheProjectKeepsItAWarning()
    {
        string project = NewProject("Selftest");
        File.WriteAllText(Path.Combine(project, "profile.yaml"), "name: self tests\narch: x86_64\nconfig:\n  HYPERV: y\n  HYPERV_SELFTEST: y\n");
        const string Message = "KC2001: unmet direct dependencies detected for OF_UNITTEST";

        ProcessResult warned = Build(project, "-p:KconfigTreatSelectWarningsAsErrors=false");

        Assert.AreEqual(0, warned.ExitCode, warned.ToString());
        StringAssert.Contains(warned.Output, "/sample-tree/drivers/of/Kconfig(13,1): warning " + Message, warned.ToString());

        ProcessResult failed = Build(project);

        Assert.AreNotEqual(0, failed.ExitCode, failed.ToString());
        StringAssert.Contains(failed.Output, "/sample-tree/drivers/of/Kconfig(13,1): error " + Message, failed.ToString());
    }

    [TestMethod]
    public void AProjectWithoutAKernelTreeIsToldWhatToSet()
    {
        string project = NewProject("NoTree");
        string projectFile = Path.Combine(project, "NoTree.proj");
        File.WriteAllText(projectFile, File.ReadAllText(projectFile).Replace("<KconfigSourceDir>$(KconfigSampleSourceDir)</KconfigSourceDir>", string.Empty, StringComparison.Ordinal));

        ProcessResult build = Build(project);

        Assert.AreNotEqual(0, build.ExitCode, build.ToString());
        StringAssert.Contains(build.Output, "error KC5101: No kernel source tree for profile.yaml: set the KconfigSourceDir property to a Linux source directory", build.ToString());
    }

    [TestMethod]
    public void TheKconfigToolListsItsCommandsAndResolvesTheSample()
    {
        string publish = Path.Combine(s_root, "kconfig");
        ProcessResult published = ChildProcess.Run("dotnet", ["publish", Path.Combine(RepositoryRoot, "Tasks", "Kconfig.Build.Cli", "Kconfig.Build.Cli.csproj"), "-c", Configuration, "--no-build", "-o", publish, "-nodeReuse:false"], RepositoryRoot);
        Assert.AreEqual(0, published.ExitCode, published.ToString());

        ProcessResult help = ChildProcess.Run(Path.Combine(publish, "kconfig"), ["--help"], s_root);

        Assert.AreEqual(0, help.ExitCode, help.ToString());
        StringAssert.Contains(help.Output, "\n  resolve PROFILE [--srctree DIR] [--arch ARCH] [--out DIR] [--format text|json|sarif] [--preset-dir DIR]...\n");
        StringAssert.Contains(help.Output, "\n  conf [options] KCONFIG\n");

        string output = Path.Combine(s_root, "cli-out");
        ProcessResult resolved = ChildProcess.Run(
            Path.Combine(publish, "kconfig"),
            ["resolve", Path.Combine(RepositoryRoot, "samples", "vtl2-paravisor", "vtl2-paravisor.yaml"), "--srctree", Path.Combine(RepositoryRoot, "Sdk", "sample-tree"), "--out", output],
            s_root);

        Assert.AreEqual(0, resolved.ExitCode, resolved.ToString());
        string expected = Path.Combine(RepositoryRoot, "tests", "Kconfig.Build.Engine.Tests", "Resolution", "Cases", "arm64-vtl2-paravisor", "expected", ".config");
        Assert.AreEqual(File.ReadAllText(expected), File.ReadAllText(Path.Combine(output, ".config")));
    }

    [TestMethod]
    public void TouchingARecordedKconfigFileOrTheProfileReRunsTheResolution()
    {
        string project = NewProject("Touch");
        string tree = Path.Combine(project, "tree");
        CopyDirectory(Path.Combine(RepositoryRoot, "Sdk", "sample-tree"), tree);
        string projectFile = Path.Combine(project, "Touch.proj");
        File.WriteAllText(projectFile, File.ReadAllText(projectFile).Replace("$(KconfigSampleSourceDir)", "tree", StringComparison.Ordinal));

        ProcessResult first = Build(project, "-v:n");

        Assert.AreEqual(0, first.ExitCode, first.ToString());
        string config = Path.Combine(project, "bin", "Debug", "kconfig", "profile", ".config");
        int symbols = File.ReadAllLines(config).Count(l => l.StartsWith("CONFIG_", StringComparison.Ordinal) || l.EndsWith(" is not set", StringComparison.Ordinal));
        StringAssert.Contains(first.Output, $"profile: {symbols} symbols, 5 requests, 0 errors, 0 warnings -> {config}", "one summary line per profile at normal verbosity");
        string[] recorded = File.ReadAllLines(Path.Combine(project, "obj", "Debug", "netstandard2.0", "profile.kconfig.deps"));
        CollectionAssert.Contains(recorded, Path.Combine(tree, "drivers", "hv", "Kconfig"));
        CollectionAssert.Contains(recorded, Path.Combine(project, "profile.yaml"));
        StringAssert.StartsWith(File.ReadAllText(Path.Combine(project, "bin", "Debug", "kconfig", "profile", "kconfig-report.json")), "{\n  \"profile\": ");

        ProcessResult noOp = Build(project, "-v:d");

        Assert.AreEqual(0, noOp.ExitCode, noOp.ToString());
        StringAssert.Contains(noOp.Output, SkippedLine);

        File.SetLastWriteTimeUtc(Path.Combine(tree, "drivers", "hv", "Kconfig"), DateTime.UtcNow.AddSeconds(5));
        ProcessResult touchedKconfig = Build(project, "-v:d");

        Assert.AreEqual(0, touchedKconfig.ExitCode, touchedKconfig.ToString());
        StringAssert.Contains(touchedKconfig.Output, "Building target \"KconfigResolve\" completely.", "a touched Kconfig file re-runs the resolution");

        File.SetLastWriteTimeUtc(Path.Combine(project, "profile.yaml"), DateTime.UtcNow.AddSeconds(10));
        ProcessResult touchedProfile = Build(project, "-v:d");

        Assert.AreEqual(0, touchedProfile.ExitCode, touchedProfile.ToString());
        StringAssert.Contains(touchedProfile.Output, "Building target \"KconfigResolve\" completely.", "a touched profile re-runs the resolution");

        // Now, not in the future: the package is shared, and a future timestamp would make every other
        // test's no-op build in the next seconds re-run the resolution too.
        File.SetLastWriteTimeUtc(Path.Combine(s_packages, "kconfig.build.sdk", s_version.ToLowerInvariant(), "Sdk", "Sdk.targets"), DateTime.UtcNow);
        ProcessResult touchedSdk = Build(project, "-v:d");

        Assert.AreEqual(0, touchedSdk.ExitCode, touchedSdk.ToString());
        StringAssert.Contains(touchedSdk.Output, "Building target \"KconfigResolve\" completely.", "a changed SDK re-runs the resolution");
    }

    [TestMethod]
    public void TouchingAnExtendedProfileReRunsTheResolutionAndANoOpRebuildSkipsIt()
    {
        string project = NewProject("Extends");
        File.WriteAllText(Path.Combine(project, "common.yaml"), "name: common\nconfig:\n  HYPERV: y\n  LOCALVERSION: \"-common\"\n");
        File.WriteAllText(Path.Combine(project, "profile.yaml"), "name: board\narch: arm64\nextends: [./common.yaml]\nconfig:\n  NR_CPUS: 16\n");
        string config = Path.Combine(project, "bin", "Debug", "kconfig", "profile", ".config");

        ProcessResult first = Build(project);

        Assert.AreEqual(0, first.ExitCode, first.ToString());
        StringAssert.Contains(File.ReadAllText(config), "\nCONFIG_LOCALVERSION=\"-common\"\n", "the extended profile's requests are applied");
        CollectionAssert.Contains(File.ReadAllLines(Path.Combine(project, "obj", "Debug", "netstandard2.0", "profile.kconfig.deps")), Path.Combine(project, "common.yaml"), "the extended profile is a recorded input");

        ProcessResult noOp = Build(project, "-v:d");

        Assert.AreEqual(0, noOp.ExitCode, noOp.ToString());
        StringAssert.Contains(noOp.Output, SkippedLine);

        File.WriteAllText(Path.Combine(project, "common.yaml"), "name: common\nconfig:\n  HYPERV: y\n  LOCALVERSION: \"-edited\"\n");
        File.SetLastWriteTimeUtc(Path.Combine(project, "common.yaml"), DateTime.UtcNow.AddSeconds(5));
        ProcessResult touched = Build(project, "-v:d");

        Assert.AreEqual(0, touched.ExitCode, touched.ToString());
        StringAssert.Contains(touched.Output, "Building target \"KconfigResolve\" completely.", "an edited extended profile re-runs the resolution");
        StringAssert.Contains(File.ReadAllText(config), "\nCONFIG_LOCALVERSION=\"-edited\"\n");
    }

    [TestMethod]
    public void AProfileWithSeveralArchesResolvesOncePerArchAndEachIsTrackedOnItsOwn()
    {
        string project = NewProject("Matrix");
        File.WriteAllText(Path.Combine(project, "family.yaml"), "name: family\narch: [arm64, x86_64]\nconfig:\n  LOCALVERSION: \"-family\"\n");
        string projectFile = Path.Combine(project, "Matrix.proj");
        string tree = Path.Combine(project, "tree");
        CopyDirectory(Path.Combine(RepositoryRoot, "Sdk", "sample-tree"), tree);
        File.WriteAllText(projectFile, File.ReadAllText(projectFile)
            .Replace("<KconfigProfile Include=\"profile.yaml\" />", "<KconfigProfile Include=\"family.yaml\" Arches=\"arm64,x86_64\" />", StringComparison.Ordinal)
            .Replace("$(KconfigSampleSourceDir)", "tree", StringComparison.Ordinal));
        string output = Path.Combine(project, "bin", "Debug", "kconfig", "family");
        string obj = Path.Combine(project, "obj", "Debug", "netstandard2.0");

        ProcessResult first = Build(project, "-v:n");

        Assert.AreEqual(0, first.ExitCode, first.ToString());
        string arm = File.ReadAllText(Path.Combine(output, "arm64", ".config"));
        string x86 = File.ReadAllText(Path.Combine(output, "x86_64", ".config"));
        StringAssert.Contains(arm, "\nCONFIG_ARM64=y\n");
        StringAssert.Contains(arm, "\nCONFIG_LOCALVERSION=\"-family\"\n");
        StringAssert.Contains(x86, "\nCONFIG_X86_64=y\n");
        StringAssert.Contains(x86, "\nCONFIG_LOCALVERSION=\"-family\"\n");
        StringAssert.Contains(first.Output, "family (arm64): ");
        StringAssert.Contains(first.Output, "family (x86_64): ");
        Assert.IsTrue(File.Exists(Path.Combine(obj, "family.arm64.kconfig.deps")), "each ARCH records its own inputs");
        Assert.IsTrue(File.Exists(Path.Combine(obj, "family.x86_64.kconfig.deps")));

        ProcessResult noOp = Build(project, "-v:d");

        Assert.AreEqual(0, noOp.ExitCode, noOp.ToString());
        StringAssert.Contains(noOp.Output, SkippedLine);

        // A Kconfig file only the x86_64 resolution read re-runs the build: the x86_64 inputs are tracked too.
        string x86Kconfig = Path.Combine(tree, "arch", "x86", "Kconfig");
        CollectionAssert.Contains(File.ReadAllLines(Path.Combine(obj, "family.x86_64.kconfig.deps")), x86Kconfig);
        Assert.IsFalse(File.ReadAllLines(Path.Combine(obj, "family.arm64.kconfig.deps")).Contains(x86Kconfig), "arm64 does not read arch/x86/Kconfig");
        File.SetLastWriteTimeUtc(x86Kconfig, DateTime.UtcNow.AddSeconds(5));
        ProcessResult touched = Build(project, "-v:d");

        Assert.AreEqual(0, touched.ExitCode, touched.ToString());
        StringAssert.Contains(touched.Output, "Building target \"KconfigResolve\" completely.");
    }

    [TestMethod]
    public void TheDeviceTreeSwitchIsAnInputAndItsStubAppearsAndDisappears()
    {
        string project = NewProject("Switch");
        File.Copy(Path.Combine(RepositoryRoot, "samples", "vtl2-paravisor", "vtl2-paravisor.yaml"), Path.Combine(project, "profile.yaml"), overwrite: true);
        string output = Path.Combine(project, "bin", "Debug", "kconfig", "profile");
        string expectedDts = File.ReadAllText(Path.Combine(RepositoryRoot, "tests", "Kconfig.Build.Engine.Tests", "Resolution", "Cases", "arm64-vtl2-paravisor", "expected", "devicetree.dts"));

        ProcessResult on = Build(project);

        Assert.AreEqual(0, on.ExitCode, on.ToString());
        Assert.AreEqual(expectedDts, File.ReadAllText(Path.Combine(output, "devicetree.dts")));
        Assert.IsTrue(File.Exists(Path.Combine(output, "devicetree.dtb")));

        ProcessResult off = Build(project, "-v:d", "-p:KconfigDeviceTree=false");

        Assert.AreEqual(0, off.ExitCode, off.ToString());
        StringAssert.Contains(off.Output, "Building target \"KconfigResolve\" completely.", "the switch is an input of the resolution");
        Assert.IsFalse(File.Exists(Path.Combine(output, "devicetree.dts")), "switched off: no stub");
        Assert.IsFalse(File.Exists(Path.Combine(output, "devicetree.dtb")));
        Assert.IsTrue(File.Exists(Path.Combine(output, ".config")));

        ProcessResult offAgain = Build(project, "-v:d", "-p:KconfigDeviceTree=false");

        Assert.AreEqual(0, offAgain.ExitCode, offAgain.ToString());
        StringAssert.Contains(offAgain.Output, SkippedLine);

        ProcessResult onAgain = Build(project, "-v:d");

        Assert.AreEqual(0, onAgain.ExitCode, onAgain.ToString());
        StringAssert.Contains(onAgain.Output, "Building target \"KconfigResolve\" completely.");
        Assert.AreEqual(expectedDts, File.ReadAllText(Path.Combine(output, "devicetree.dts")));
        Assert.IsTrue(File.Exists(Path.Combine(output, "devicetree.dtb")));

        File.Delete(Path.Combine(output, "devicetree.dtb"));
        ProcessResult deleted = Build(project, "-v:d");

        Assert.AreEqual(0, deleted.ExitCode, deleted.ToString());
        StringAssert.Contains(deleted.Output, "Building target \"KconfigResolve\" completely.", "a stub deleted by hand is written again");
        Assert.IsTrue(File.Exists(Path.Combine(output, "devicetree.dtb")));

        ProcessResult clean = ChildProcess.Run("dotnet", ["clean", "-nodeReuse:false"], project, new Dictionary<string, string> { ["NUGET_PACKAGES"] = s_packages });

        Assert.AreEqual(0, clean.ExitCode, clean.ToString());
        Assert.IsFalse(File.Exists(Path.Combine(output, "devicetree.dts")), "dotnet clean removes the stub");
        Assert.IsFalse(File.Exists(Path.Combine(output, "devicetree.dtb")));
    }

    [TestMethod]
    public void TwoProfilesInOneProjectBothBuildAndCleanRemovesBoth()
    {
        string project = NewProject("Two");
        File.WriteAllText(Path.Combine(project, "x86.yaml"), "name: x86 guest\narch: x86_64\nconfig:\n  HYPERV: y\n");
        string projectFile = Path.Combine(project, "Two.proj");
        File.WriteAllText(projectFile, File.ReadAllText(projectFile).Replace("<KconfigProfile Include=\"profile.yaml\" />", "<KconfigProfile Include=\"profile.yaml\" />\n    <KconfigProfile Include=\"x86.yaml\" OutputPath=\"out/x86/\" />", StringComparison.Ordinal));

        ProcessResult build = Build(project);

        Assert.AreEqual(0, build.ExitCode, build.ToString());
        string arm = Path.Combine(project, "bin", "Debug", "kconfig", "profile");
        string x86 = Path.Combine(project, "out", "x86");
        Assert.AreEqual(File.ReadAllText(Path.Combine(ExpectedDirectory, ".config")), File.ReadAllText(Path.Combine(arm, ".config")));
        StringAssert.Contains(File.ReadAllText(Path.Combine(x86, ".config")), "\nCONFIG_X86_64=y\n");
        StringAssert.Contains(File.ReadAllText(Path.Combine(x86, ".config")), "\nCONFIG_HYPERV=y\n");

        ProcessResult clean = ChildProcess.Run("dotnet", ["clean", "-nodeReuse:false"], project, new Dictionary<string, string> { ["NUGET_PACKAGES"] = s_packages });

        Assert.AreEqual(0, clean.ExitCode, clean.ToString());
        foreach (string output in new[] { arm, x86 })
        {
            foreach (string file in new[] { ".config", "defconfig", "kconfig-report.json", Path.Combine("include", "config", "auto.conf"), Path.Combine("include", "generated", "autoconf.h") })
            {
                Assert.IsFalse(File.Exists(Path.Combine(output, file)), "dotnet clean removes " + Path.Combine(output, file));
            }
        }

        Assert.IsFalse(File.Exists(Path.Combine(project, "obj", "Debug", "netstandard2.0", "x86.kconfig.deps")));
    }

    [TestMethod]
    [DataRow("-warnaserror", "error")]
    [DataRow("-p:MSBuildTreatWarningsAsErrors=true", "error")]
    [DataRow("-p:WarningsAsErrors=KC2001", "error")]
    [DataRow("-p:NoWarn=KC2001", null)]
    [DataRow("-p:TreatWarningsAsErrors=true", "warning")]
    public void KconfigWarningsFollowTheUsersWarningPolicy(string policy, string? expected)
    {
        string project = NewProject("Policy" + Math.Abs(policy.GetHashCode(StringComparison.Ordinal)));
        File.WriteAllText(Path.Combine(project, "profile.yaml"), "name: self tests\narch: x86_64\nconfig:\n  HYPERV: y\n  HYPERV_SELFTEST: y\n");

        ProcessResult build = Build(project, policy, "-p:KconfigTreatSelectWarningsAsErrors=false");

        const string Message = "KC2001: unmet direct dependencies detected for OF_UNITTEST";
        Assert.AreEqual(expected == "error" ? 1 : 0, build.ExitCode, build.ToString());
        if (expected is null)
        {
            Assert.IsFalse(build.Output.Contains("warning KC2001", StringComparison.Ordinal) || build.Output.Contains("error KC2001", StringComparison.Ordinal), build.ToString());
        }
        else
        {
            StringAssert.Contains(build.Output, "/sample-tree/drivers/of/Kconfig(13,1): " + expected + " " + Message, build.ToString());
        }
    }

    /// <summary>
    /// The acceptance test of the kernel environment: on the real 6.12 tree the SDK's .config equals what
    /// the kernel's own build writes for the same inputs (a profile extending the shipped hyperv-guest preset):
    /// `make defconfig`, the preset's and the profile's requests merged
    /// in as merge_config.sh -m does, then `make olddefconfig`, all with the same ARCH and CROSS_COMPILE.
    /// </summary>
    [TestMethod]
    [DataRow("arm64", "aarch64-linux-gnu-")]
    [DataRow("x86_64", "")]
    public void OnTheRealTreeTheSdkWritesWhatMakeOlddefconfigWrites(string arch, string crossCompile)
    {
        string tree = Path.Combine(RepositoryRoot, ".kernel", "linux-source-6.12");
        Assert.IsTrue(File.Exists(Path.Combine(tree, "Kconfig")), "the real kernel tree is prepared by eng/kernel/prepare.sh (eng/test.sh runs it)");
        string project = NewProject("Real" + arch.Replace("_", string.Empty, StringComparison.Ordinal));
        // The shipped Hyper-V guest preset, extended: the kernel side gets the preset's lines and ours as one fragment.
        string requests = string.Concat(File.ReadAllLines(Path.Combine(RepositoryRoot, "templates", "presets", "hyperv-guest.yaml"))
            .SkipWhile(l => l != "config:").Skip(1)
            .Where(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.TrimStart().StartsWith('#'))
            .Select(l => l.Trim().Split(": ", 2))
            .Select(kv => $"CONFIG_{kv[0]}={kv[1]}\n")) + "CONFIG_LOCALVERSION=\"-e2e\"\n";
        Assert.AreEqual(7, requests.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, requests);
        File.WriteAllText(Path.Combine(project, "profile.yaml"), $"name: real tree\narch: {arch}\nbase: defconfig\nextends: [hyperv-guest]\nconfig:\n  LOCALVERSION: \"-e2e\"\n");

        ProcessResult build = Build(project, "-p:KconfigSourceDir=" + tree, "-p:KconfigCrossCompile=" + crossCompile);

        Assert.AreEqual(0, build.ExitCode, build.ToString());

        string objectTree = Path.Combine(s_root, "make-" + arch);
        Directory.CreateDirectory(objectTree);
        string[] make = ["-s", "-C", tree, "O=" + objectTree, "ARCH=" + arch, "CROSS_COMPILE=" + crossCompile];
        ProcessResult defconfig = ChildProcess.Run("make", [.. make, "defconfig"], objectTree);
        Assert.AreEqual(0, defconfig.ExitCode, defconfig.ToString());
        File.WriteAllText(Path.Combine(objectTree, "fragment"), requests);
        ProcessResult merge = ChildProcess.Run("sh", [Path.Combine(tree, "scripts", "kconfig", "merge_config.sh"), "-m", "-O", objectTree, Path.Combine(objectTree, ".config"), Path.Combine(objectTree, "fragment")], objectTree);
        Assert.AreEqual(0, merge.ExitCode, merge.ToString());
        ProcessResult olddefconfig = ChildProcess.Run("make", [.. make, "olddefconfig"], objectTree);
        Assert.AreEqual(0, olddefconfig.ExitCode, olddefconfig.ToString());

        string expected = File.ReadAllText(Path.Combine(objectTree, ".config"));
        string actual = File.ReadAllText(Path.Combine(project, "bin", "Debug", "kconfig", "profile", ".config"));
        Assert.AreEqual(expected, actual, "the SDK's .config against make olddefconfig for ARCH=" + arch);
        StringAssert.Contains(actual, "\nCONFIG_HYPERV=y\n");
        StringAssert.Contains(actual, "\nCONFIG_HYPERV_STORAGE=y\n");

        // What the Makefile takes from the environment is recorded, and recording it does not defeat the no-op build.
        string[] recorded = File.ReadAllLines(Path.Combine(project, "obj", "Debug", "netstandard2.0", "profile.kconfig.deps"));
        CollectionAssert.Contains(recorded, Path.Combine(tree, "scripts", "Kconfig.include"));
        CollectionAssert.Contains(recorded, "#env ARCH", "ARCH is cleared for the test, so recorded as unset");
        Assert.IsTrue(recorded.Any(l => l.StartsWith("#env PATH=", StringComparison.Ordinal)), string.Join("\n", recorded));
        Assert.AreEqual(crossCompile.Length == 0, recorded.Contains("#env CROSS_COMPILE"), "CROSS_COMPILE is recorded only when the build does not give it");
        ProcessResult noOp = Build(project, "-v:d", "-p:KconfigSourceDir=" + tree, "-p:KconfigCrossCompile=" + crossCompile);
        Assert.AreEqual(0, noOp.ExitCode, noOp.ToString());
        StringAssert.Contains(noOp.Output, SkippedLine);
    }

    [TestMethod]
    public void TheTemplateParametersGiveAProjectThatBuildsAsGenerated()
    {
        string project = NewProject("Params", "--arch", "x86_64", "--deviceTree", "false");

        string profile = File.ReadAllText(Path.Combine(project, "profile.yaml"));
        StringAssert.StartsWith(profile, "name: VTL2 paravisor\ndescription: Hyper-V guest kernel running in VTL2, everything built in.\narch: x86_64\nbase: defconfig\n");
        StringAssert.Contains(File.ReadAllText(Path.Combine(project, "Params.proj")), "<KconfigDeviceTree>false</KconfigDeviceTree>");

        ProcessResult build = Build(project);

        Assert.AreEqual(0, build.ExitCode, build.ToString());
        StringAssert.Contains(File.ReadAllText(Path.Combine(project, "bin", "Debug", "kconfig", "profile", ".config")), "\nCONFIG_X86_64=y\n");
    }

    [TestMethod]
    public void UnderTheMSBuildServerTheParsedTreeOutlivesABuildUntilAKconfigFileChanges()
    {
        string project = NewProject("Server");
        string tree = Path.Combine(project, "tree");
        CopyDirectory(Path.Combine(RepositoryRoot, "Sdk", "sample-tree"), tree);

        // A tree written just before a parse is never kept (its stamps could hide a same-tick edit): date it back.
        foreach (string file in Directory.EnumerateFiles(tree, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }
        string projectFile = Path.Combine(project, "Server.proj");
        File.WriteAllText(projectFile, File.ReadAllText(projectFile).Replace("$(KconfigSampleSourceDir)", "tree", StringComparison.Ordinal));
        string output = Path.Combine(project, "bin", "Debug", "kconfig", "profile");
        string reused = "profile: the parsed Kconfig tree of " + tree + Path.DirectorySeparatorChar + " came from this build node's cache";

        // The server this test starts carries a marker, so that it alone is ended afterwards.
        string marker = Guid.NewGuid().ToString("N");
        var environment = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = s_packages,
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "1",
            ["MSBUILDDISABLENODEREUSE"] = string.Empty,
            ["KCONFIG_E2E_SERVER"] = marker,
        };
        ProcessResult ServerBuild() => ChildProcess.Run("dotnet", ["build", "-v:d"], project, environment);
        try
        {
            ProcessResult first = ServerBuild();

            Assert.AreEqual(0, first.ExitCode, first.ToString());
            Assert.IsFalse(first.Output.Contains(reused, StringComparison.Ordinal), first.ToString());

            Directory.Delete(output, recursive: true);
            ProcessResult second = ServerBuild();

            Assert.AreEqual(0, second.ExitCode, second.ToString());
            StringAssert.Contains(second.Output, "Building target \"KconfigResolve\" completely.", "a deleted output re-runs the resolution");
            StringAssert.Contains(second.Output, reused, "the server kept the tree parsed by the first build");
            Assert.AreEqual(File.ReadAllText(Path.Combine(ExpectedDirectory, ".config")), File.ReadAllText(Path.Combine(output, ".config")));

            string edited = Path.Combine(tree, "drivers", "hv", "Kconfig");
            File.AppendAllText(edited, "\nconfig SERVER_E2E_ADDED\n\tbool\n\tdefault y\n");
            File.SetLastWriteTimeUtc(edited, DateTime.UtcNow.AddSeconds(5));
            ProcessResult third = ServerBuild();

            Assert.AreEqual(0, third.ExitCode, third.ToString());
            Assert.IsFalse(third.Output.Contains(reused, StringComparison.Ordinal), "the edited tree is parsed again\n" + third);
            StringAssert.Contains(File.ReadAllText(Path.Combine(output, ".config")), "\nCONFIG_SERVER_E2E_ADDED=y\n");
        }
        finally
        {
            ChildProcess.KillMarked("KCONFIG_E2E_SERVER", marker);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string NewProject(string name, params string[] parameters)
    {
        string directory = Path.Combine(s_root, name);
        ProcessResult created = ChildProcess.Run("dotnet", ["new", "kconfig-profile", "-n", name, "-o", directory, "--debug:custom-hive", s_hive, .. parameters], s_root);
        Assert.AreEqual(0, created.ExitCode, created.ToString());
        StringAssert.Contains(File.ReadAllText(Path.Combine(directory, name + ".proj")), $"<Project Sdk=\"Kconfig.Build.Sdk/{s_version}\">");

        // Only the local feed: the SDK must come from the package just packed.
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{s_feed}" />
              </packageSources>
            </configuration>
            """);
        return directory;
    }

    private static ProcessResult Build(string project, params string[] extra) =>
        ChildProcess.Run("dotnet", ["build", "-nodeReuse:false", .. extra], project, new Dictionary<string, string> { ["NUGET_PACKAGES"] = s_packages });
}
