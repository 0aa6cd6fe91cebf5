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
    [DataRow("name: x\nbogus: 1\n", "/p/profile.yaml(2,1): error KC3003: unknown key 'bogus'; a profile has name, description, arch, base, config")]
    [DataRow("name: x\ndevicetree:\n  model: a\n", "/p/profile.yaml(2,1): error KC3004: 'devicetree' is not supported yet by this version of Kconfig.Build.Sdk; remove it")]
    [DataRow("extends: base.yaml\n", "/p/profile.yaml(1,1): error KC3004: 'extends' is not supported yet by this version of Kconfig.Build.Sdk; remove it")]
    [DataRow("when:\n  arch: arm64\n", "/p/profile.yaml(1,1): error KC3004: 'when' is not supported yet by this version of Kconfig.Build.Sdk; remove it")]
    [DataRow("kernel: 6.12\n", "/p/profile.yaml(1,1): error KC3004: 'kernel' is not supported yet by this version of Kconfig.Build.Sdk; remove it")]
    [DataRow("toolchain: gcc\n", "/p/profile.yaml(1,1): error KC3004: 'toolchain' is not supported yet by this version of Kconfig.Build.Sdk; remove it")]
    [DataRow("config:\n  SMP: y\n  SMP: n\n", "/p/profile.yaml(3,3): error KC3005: duplicate key")]
    [DataRow("config:\n  SMP: y\n  CONFIG_SMP: n\n", "/p/profile.yaml(3,3): error KC3006: SMP is already requested at line 2")]
    [DataRow("config:\n  SMP: yes\n", "/p/profile.yaml(2,8): error KC3008: 'yes' is not a value for SMP: write y, m, n, a number, or a string in quotes")]
    [DataRow("config:\n  LOCALVERSION: -vtl2\n", "/p/profile.yaml(2,17): error KC3008: '-vtl2' is not a value for LOCALVERSION: write y, m, n, a number, or a string in quotes")]
    [DataRow("config:\n  SMP:\n", "/p/profile.yaml(2,7): error KC3008: '' is not a value for SMP: write y, m, n, a number, or a string in quotes")]
    [DataRow("config:\n  SMP: [y]\n", "/p/profile.yaml(2,8): error KC3002: the value of SMP must be y, m, n, a number or a quoted string")]
    [DataRow("config:\n  NOT-A-NAME: y\n", "/p/profile.yaml(2,3): error KC3007: 'NOT-A-NAME' is not a symbol name (letters, digits and _)")]
    [DataRow("config:\n  - SMP=y\n", "/p/profile.yaml(2,3): error KC3002: 'config' must be a mapping of SYMBOL: value")]
    [DataRow("name: [a]\n", "/p/profile.yaml(1,7): error KC3002: 'name' must be a text value")]
    [DataRow("arch: arm 64\n", "/p/profile.yaml(1,7): error KC3011: 'arm 64' is not an architecture name (as in ARCH=arm64 or ARCH=x86_64)")]
    [DataRow("base: ''\n", "/p/profile.yaml(1,7): error KC3010: 'base' is empty; write defconfig, allnoconfig, alldefconfig or the path of a configuration file")]
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
        ProfileLoadResult result = ProfileLoader.Parse(Path, "bogus: 1\nconfig:\n  A: yes\n  B: y\ndevicetree: {}\n");

        CollectionAssert.AreEqual(
            new[] { DiagnosticCodes.ProfileUnknownKey, DiagnosticCodes.ProfileInvalidValue, DiagnosticCodes.ProfileKeyNotSupported },
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
}
