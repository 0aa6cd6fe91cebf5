namespace Kconfig.Build.EndToEnd.Tests;

/// <summary>
/// The README's first command, `eng/build-sample.sh`: the arm64 VTL2 paravisor sample, built against the
/// SDK in this repository and the tree bundled with it, writes .config, devicetree.dts and devicetree.dtb
/// side by side, with no warning; `dotnet clean` removes them again. The .dts must equal the reviewed
/// stub of the sample's resolution case, and the real dtc must read both files the same way.
/// </summary>
[TestClass]
public sealed class SampleEndToEndTests
{
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

    private static string Dtc => Environment.GetEnvironmentVariable("KCONFIG_DTC") is { Length: > 0 } dtc ? dtc : "dtc";

    [TestMethod]
    public void TheSampleWritesItsConfigurationAndDeviceTreeSideBySideAndCleanRemovesThem()
    {
        string sample = Path.Combine(RepositoryRoot, "samples", "vtl2-paravisor");
        string output = Path.Combine(sample, "bin", "Release", "kconfig", "vtl2-paravisor");
        string expected = Path.Combine(RepositoryRoot, "tests", "Kconfig.Build.Engine.Tests", "Resolution", "Cases", "arm64-vtl2-paravisor", "expected");
        string work = Path.Combine(Path.GetTempPath(), "kconfig-sample-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(work);
        try
        {
            // From a clean state, so the build below really resolves.
            ProcessResult cleaned = ChildProcess.Run("dotnet", ["clean", Path.Combine(sample, "Vtl2Paravisor.proj"), "-c", "Release", "-nodeReuse:false"], RepositoryRoot);
            Assert.AreEqual(0, cleaned.ExitCode, cleaned.ToString());

            ProcessResult build = ChildProcess.Run("bash", [Path.Combine(RepositoryRoot, "eng", "build-sample.sh")], RepositoryRoot);

            Assert.AreEqual(0, build.ExitCode, build.ToString());
            Assert.IsFalse(build.Output.Contains(": warning ", StringComparison.Ordinal), "the README's first command prints no warning:\n" + build);
            Assert.AreEqual(File.ReadAllText(Path.Combine(expected, ".config")), File.ReadAllText(Path.Combine(output, ".config")), ".config");
            Assert.AreEqual(File.ReadAllText(Path.Combine(expected, "devicetree.dts")), File.ReadAllText(Path.Combine(output, "devicetree.dts")), "devicetree.dts");

            // dtc compiles our source without a word, and reads our blob exactly as it reads our source.
            ProcessResult compiled = ChildProcess.Run(Dtc, ["-I", "dts", "-O", "dtb", "-o", Path.Combine(work, "from-dts.dtb"), Path.Combine(output, "devicetree.dts")], work);
            Assert.AreEqual(new ProcessResult(0, string.Empty), compiled, "dtc -I dts -O dtb of devicetree.dts");
            ProcessResult fromBlob = ChildProcess.Run(Dtc, ["-I", "dtb", "-O", "dts", "-o", Path.Combine(work, "from-dtb.dts"), Path.Combine(output, "devicetree.dtb")], work);
            Assert.AreEqual(new ProcessResult(0, string.Empty), fromBlob, "dtc -I dtb -O dts of devicetree.dtb");
            ProcessResult fromSource = ChildProcess.Run(Dtc, ["-I", "dts", "-O", "dts", "-o", Path.Combine(work, "from-dts.dts"), Path.Combine(expected, "devicetree.dts")], work);
            Assert.AreEqual(new ProcessResult(0, string.Empty), fromSource, "dtc -I dts -O dts of the expected stub");
            Assert.AreEqual(File.ReadAllText(Path.Combine(work, "from-dts.dts")), File.ReadAllText(Path.Combine(work, "from-dtb.dts")), "dtc reads the .dtb as it reads the expected .dts");

            ProcessResult clean = ChildProcess.Run("dotnet", ["clean", Path.Combine(sample, "Vtl2Paravisor.proj"), "-c", "Release", "-nodeReuse:false"], RepositoryRoot);

            Assert.AreEqual(0, clean.ExitCode, clean.ToString());
            foreach (string file in new[] { ".config", "devicetree.dts", "devicetree.dtb" })
            {
                Assert.IsFalse(File.Exists(Path.Combine(output, file)), "dotnet clean removes " + file);
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
