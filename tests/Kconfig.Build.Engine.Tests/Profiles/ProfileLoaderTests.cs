using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Profiles;

namespace Kconfig.Build.Engine.Tests.Profiles;

[TestClass]
public sealed class ProfileLoaderTests
{
    private const string Path = "/p/profile.yaml";

    [TestMethod]
    public void ReadsEveryImplementedKeyWithLocations()
    {
        const string text = """
            name: arm64 VTL2 paravisor
            description: test
            arch: arm64
            base: defconfig
            config:
              SMP: y
              CONFIG_HYPERV: m
              NR_CPUS: 16
              BASE: 0x80000000
              LOCALVERSION: "-vtl2"
              NEGATIVE: -3
              QUOTED_Y: 'y'
            """;

        ProfileLoadResult result = ProfileLoader.Parse(Path, text);

        Assert.IsEmpty(result.Diagnostics);
        Profile profile = result.Profile!;
        Assert.AreEqual("arm64 VTL2 paravisor", profile.Name);
        Assert.AreEqual("test", profile.Description);
        Assert.AreEqual("arm64", profile.Arch!.Value.Value);
        Assert.AreEqual("/p/profile.yaml:3:7", profile.Arch.Value.Location.ToString());
        Assert.AreEqual(ProfileBaseKind.Defconfig, profile.Base.Kind);
        string[] rendered = profile.Requests.Select(r => $"{r.SymbolName}={r.Value} {r.Kind} {r.Location} {r.ValueLocation}").ToArray();
        CollectionAssert.AreEqual(
            new[]
            {
                "SMP=y Tristate /p/profile.yaml:6:3 /p/profile.yaml:6:8",
                "HYPERV=m Tristate /p/profile.yaml:7:3 /p/profile.yaml:7:18",
                "NR_CPUS=16 Number /p/profile.yaml:8:3 /p/profile.yaml:8:12",
                "BASE=0x80000000 Number /p/profile.yaml:9:3 /p/profile.yaml:9:9",
                "LOCALVERSION=-vtl2 String /p/profile.yaml:10:3 /p/profile.yaml:10:17",
                "NEGATIVE=-3 Number /p/profile.yaml:11:3 /p/profile.yaml:11:13",
                "QUOTED_Y=y String /p/profile.yaml:12:3 /p/profile.yaml:12:13",
            },
            rendered);
    }

    [TestMethod]
    public void MissingBaseMeansDefconfigAndEmptyConfigMeansNoRequests()
    {
        ProfileLoadResult result = ProfileLoader.Parse(Path, "name: x\nconfig:\n");

        Assert.IsEmpty(result.Diagnostics);
        Assert.AreEqual(ProfileBaseKind.Defconfig, result.Profile!.Base.Kind);
        Assert.IsTrue(result.Profile.Base.Location.IsNone);
        Assert.IsNull(result.Profile.Arch);
        Assert.IsEmpty(result.Profile.Requests);
    }

    [TestMethod]
    [DataRow("base: allnoconfig\n", ProfileBaseKind.AllNoConfig, null)]
    [DataRow("base: alldefconfig\n", ProfileBaseKind.AllDefConfig, null)]
    [DataRow("base: tinyconfig\n", ProfileBaseKind.TinyConfig, null)]
    [DataRow("base: configs/board.config\n", ProfileBaseKind.File, "configs/board.config")]
    public void ReadsBase(string text, ProfileBaseKind kind, string? file)
    {
        ProfileLoadResult result = ProfileLoader.Parse(Path, text);

        Assert.IsEmpty(result.Diagnostics);
        Assert.AreEqual(kind, result.Profile!.Base.Kind);
        Assert.AreEqual(file, result.Profile.Base.FilePath);
        Assert.AreEqual("/p/profile.yaml:1:7", result.Profile.Base.Location.ToString());
    }

    [TestMethod]
    [DataRow("name: x\nbogus: 1\n", "/p/profile.yaml(2,1): error KC3003: unknown key 'bogus'; a profile has name, description, arch, kernel, base, extends, toolchain, config, when, devicetree")]
    [DataRow("name: x\ndevicetree: [a]\n", "/p/profile.yaml(2,13): error KC3002: 'devicetree' must be a mapping (see docs/devicetree.md)")]
    [DataRow("extends: {a: 1}\n", "/p/profile.yaml(1,10): error KC3002: 'extends' must be a text value")]
    [DataRow("when:\n  arch: arm64\n", "/p/profile.yaml(2,3): error KC3002: 'when' must be a list of {if: condition, config: requests}")]
    [DataRow("when:\n  - config: {A: y}\n", "/p/profile.yaml(2,5): error KC3018: a 'when' entry needs an 'if' condition")]
    [DataRow("when:\n  - if: {arch: arm64, os: linux}\n", "/p/profile.yaml(2,23): error KC3003: unknown condition key 'os'; a condition has arch, kernel, expr, all, any")]
    [DataRow("when:\n  - if: {arch: arm64}\n    cfg: {A: y}\n", "/p/profile.yaml(3,5): error KC3003: unknown key 'cfg' in a 'when' entry; it has if and config")]
    [DataRow("kernel: 6.x\n", "/p/profile.yaml(1,9): error KC3015: '6.x' is not a kernel version window: write terms such as \">= 6.12\" or \">= 6.12 < 6.16\"")]
    [DataRow("toolchain: gcc\n", "/p/profile.yaml(1,12): error KC3002: 'toolchain' must be a mapping with cross_compile, cc, ld, llvm")]
    [DataRow("toolchain:\n  as: gas\n", "/p/profile.yaml(2,3): error KC3003: unknown toolchain key 'as'; toolchain has cross_compile, cc, ld, llvm")]
    [DataRow("config:\n  SMP: {prefer: y, at_least: m}\n", "/p/profile.yaml(2,20): error KC3017: SMP has more than one of prefer, at_least, forbid, range")]
    [DataRow("config:\n  SMP: {reason: x}\n", "/p/profile.yaml(2,8): error KC3017: SMP needs one of prefer, at_least, forbid or range (or unmet_select: warning with a reason)")]
    [DataRow("config:\n  SMP: {at_least: n}\n", "/p/profile.yaml(2,19): error KC3017: at_least takes m or y, not 'n'")]
    [DataRow("config:\n  SMP: {forbid: yes}\n", "/p/profile.yaml(2,17): error KC3017: forbid takes true")]
    [DataRow("config:\n  NR_CPUS: {range: [18, 14]}\n", "/p/profile.yaml(2,20): error KC3017: range [18, 14] is empty: its low bound is above its high bound")]
    [DataRow("config:\n  NR_CPUS: {range: [1]}\n", "/p/profile.yaml(2,20): error KC3017: range takes two numbers: [low, high]")]
    [DataRow("config:\n  SMP: {prefer: y, unmet_select: warning}\n", "/p/profile.yaml(2,8): error KC3017: unmet_select: warning on SMP needs a reason")]
    [DataRow("config:\n  SMP: {prefer: y, because: x}\n", "/p/profile.yaml(2,20): error KC3003: unknown key 'because' for SMP; write one of prefer, at_least, forbid, range, with reason and unmet_select")]
    [DataRow("config:\n  SMP: y\n  SMP: n\n", "/p/profile.yaml(3,3): error KC3005: duplicate key")]
    [DataRow("config:\n  SMP: y\n  CONFIG_SMP: n\n", "/p/profile.yaml(3,3): error KC3006: SMP is already requested at line 2")]
    [DataRow("config:\n  SMP: yes\n", "/p/profile.yaml(2,8): error KC3008: 'yes' is not a value for SMP: write y, m, n, a number, or a string in quotes")]
    [DataRow("config:\n  LOCALVERSION: -vtl2\n", "/p/profile.yaml(2,17): error KC3008: '-vtl2' is not a value for LOCALVERSION: write y, m, n, a number, or a string in quotes")]
    [DataRow("config:\n  SMP:\n", "/p/profile.yaml(2,7): error KC3008: '' is not a value for SMP: write y, m, n, a number, or a string in quotes")]
    [DataRow("config:\n  SMP: [y]\n", "/p/profile.yaml(2,8): error KC3002: the value of SMP must be y, m, n, a number, a quoted string or an intent such as {prefer: y}")]
    [DataRow("config:\n  NOT-A-NAME: y\n", "/p/profile.yaml(2,3): error KC3007: 'NOT-A-NAME' is not a symbol name (letters, digits and _)")]
    [DataRow("config:\n  - SMP=y\n", "/p/profile.yaml(2,3): error KC3002: 'config' must be a mapping of SYMBOL: value")]
    [DataRow("name: [a]\n", "/p/profile.yaml(1,7): error KC3002: 'name' must be a text value")]
    [DataRow("arch: arm 64\n", "/p/profile.yaml(1,7): error KC3011: 'arm 64' is not an architecture name (as in ARCH=arm64 or ARCH=x86_64)")]
    [DataRow("base: ''\n", "/p/profile.yaml(1,7): error KC3010: 'base' is empty; write defconfig, allnoconfig, alldefconfig, tinyconfig or the path of a configuration file")]
    [DataRow("- a\n- b\n", "/p/profile.yaml(1,1): error KC3002: a profile is a YAML mapping with the keys name, description, arch, base and config")]
    [DataRow("", "/p/profile.yaml(1,1): error KC3002: a profile is a YAML mapping with the keys name, description, arch, base and config")]
    [DataRow("config:\n  SMP: [y\n", "/p/profile.yaml(3,1): error KC3001: invalid YAML: While parsing a flow sequence, did not find expected ',' or ']'.")]
    public void ReportsLocatedErrors(string text, string expected)
    {
        ProfileLoadResult result = ProfileLoader.Parse(Path, text);

        Assert.IsNull(result.Profile);
        CollectionAssert.AreEqual(new[] { expected }, result.Diagnostics.Select(d => d.ToCanonicalString()).ToArray());
    }

    [TestMethod]
    public void ReportsEveryErrorOfOneFile()
    {
        ProfileLoadResult result = ProfileLoader.Parse(Path, "bogus: 1\nconfig:\n  A: yes\n  B: y\ndevicetree: []\n");

        CollectionAssert.AreEqual(
            new[] { DiagnosticCodes.ProfileUnknownKey, DiagnosticCodes.ProfileInvalidValue, DiagnosticCodes.ProfileWrongNodeType },
            result.Diagnostics.Select(d => d.Code).ToArray());
    }

    [TestMethod]
    public void MissingFileIsADiagnostic()
    {
        string missing = System.IO.Path.Combine(System.IO.Path.GetTempPath(), Guid.NewGuid().ToString("N"), "profile.yaml");

        ProfileLoadResult result = ProfileLoader.Load(missing);

        Assert.IsNull(result.Profile);
        Assert.AreEqual(DiagnosticCodes.ProfileUnreadable, result.Diagnostics.Single().Code);
        StringAssert.StartsWith(result.Diagnostics.Single().Message, $"cannot read profile '{missing}': ");
    }

    [TestMethod]
    public void ReadsTheWholeFormat()
    {
        const string text = """
            arch: [arm64, x86_64]
            kernel: ">= 6.12 < 6.16"
            extends: [hyperv-guest, ./local.yaml]
            toolchain: {cross_compile: aarch64-linux-gnu-, cc: gcc, ld: ld.bfd, llvm: "0"}
            config:
              SMP: {prefer: y, reason: vCPUs}
              HYPERV: {at_least: m}
              KVM: {forbid: true}
              NR_CPUS: {range: [14, 0x12]}
              OF: {prefer: y, unmet_select: warning, reason: device tree}
            when:
              - if: {arch: arm64, kernel: ">= 6.16", expr: "ARM64 && !CPU_BIG_ENDIAN", all: [{arch: arm64}], any: [{kernel: "6.12"}, {arch: x86_64}]}
                config: {ACPI: n}
            devicetree:
              emit: auto
            """;

        ProfileLoadResult result = ProfileLoader.Parse(Path, text);

        Assert.IsEmpty(result.Diagnostics);
        Profile p = result.Profile!;
        Assert.AreEqual("arm64,x86_64", string.Join(",", p.Arches.Select(a => a.Value)));
        Assert.IsNull(p.Arch);
        Assert.AreEqual(">= 6.12 < 6.16", p.Kernel!.Value.Value);
        Assert.AreEqual("hyperv-guest ./local.yaml", string.Join(" ", p.Extends.Select(e => e.Value)));
        Assert.AreEqual("CROSS_COMPILE=aarch64-linux-gnu- CC=gcc LD=ld.bfd LLVM=0", string.Join(" ", p.Toolchain!.ToMakeVariables().Select(v => v.Key + "=" + v.Value)));
        CollectionAssert.AreEqual(
            new[]
            {
                "SMP Prefer y - vCPUs False /p/profile.yaml:6:3",
                "HYPERV AtLeast m - - False /p/profile.yaml:7:3",
                "KVM Forbid n - - False /p/profile.yaml:8:3",
                "NR_CPUS Range 14 0x12 - False /p/profile.yaml:9:3",
                "OF Prefer y - device tree True /p/profile.yaml:10:3",
            },
            p.Requests.Select(r => $"{r.SymbolName} {r.Intent} {r.Value} {r.RangeHigh ?? "-"} {r.Reason ?? "-"} {r.AllowUnmetSelect} {r.Location}").ToArray());
        WhenClause clause = p.When.Single();
        Assert.AreEqual("arm64|>= 6.16|ARM64 && !CPU_BIG_ENDIAN|1|2", $"{clause.Condition.Arches.Single().Value}|{clause.Condition.Kernel!.Value.Value}|{clause.Condition.Expression!.Value.Value}|{clause.Condition.All.Count}|{clause.Condition.Any.Count}");
        Assert.AreEqual("ACPI=n /p/profile.yaml:13:14", $"{clause.Requests.Single().SymbolName}={clause.Requests.Single().Value} {clause.Requests.Single().Location}");
        Assert.AreEqual("emit", ((YamlDotNet.RepresentationModel.YamlScalarNode)p.DeviceTree!.Children.Keys.Single()).Value);
        Assert.AreEqual(Path, p.DeviceTreeFile);
    }

    [TestMethod]
    [DataRow(">= 6.12", "6.12.117", true)]
    [DataRow(">= 6.12", "6.11.9", false)]
    [DataRow(">=6.12 <6.16", "6.16.0", false)]
    [DataRow(">=6.12 <6.16", "6.15.3", true)]
    [DataRow("6.12", "6.12.117-rc1", true)]
    [DataRow("> 6.12", "6.12.5", false)]
    [DataRow("<= 6.12", "6.12.5", true)]
    public void KernelWindowsCompareTheWrittenParts(string window, string version, bool inside)
    {
        Assert.AreEqual(inside, KernelVersionWindow.Parse(window, out string? error)!.Contains(version), error);
    }

    [TestMethod]
    public void TheJsonSchemaHasExactlyTheKeysTheLoaderAccepts()
    {
        string schemaPath = System.IO.Path.Combine(Kconfig.Build.Engine.Tests.Infrastructure.KernelTree.RepositoryRoot, "Sdk", "schema", "kconfig-profile.schema.json");
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(schemaPath));

        string[] keys = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();
        string accepted = ProfileLoader.Parse(Path, "bogus: 1\n").Diagnostics.Single().Message;

        Assert.AreEqual("unknown key 'bogus'; a profile has " + string.Join(", ", keys), accepted);
        Assert.IsFalse(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
    }

    [TestMethod]
    public void DeeplyNestedFlowCollectionsAreALocatedErrorNotAStackOverflow()
    {
        // 100,000 nested '[' used to overflow YamlDotNet's recursive node builder and kill the process.
        string text = "name: x\nconfig: " + new string('[', 100_000);

        ProfileLoadResult result = ProfileLoader.Parse(Path, text);

        Assert.IsNull(result.Profile);
        Assert.AreEqual(
            "/p/profile.yaml(2,73): error KC3001: invalid YAML: flow collections nested deeper than 64",
            string.Join("\n", result.Diagnostics.Select(d => d.ToCanonicalString())));
    }

    [TestMethod]
    public void BracketsInsideQuotesAndCommentsDoNotCountAsNesting()
    {
        string text = "name: \"" + new string('[', 100) + "\" # " + new string('{', 100) + "\narch: arm64\n";

        ProfileLoadResult result = ProfileLoader.Parse(Path, text);

        Assert.AreEqual(new string('[', 100), result.Profile!.Name);
    }
}
