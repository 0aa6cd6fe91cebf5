namespace Kconfig.Build.Engine.Tests.Infrastructure;

/// <summary>
/// Finds the real Linux 6.12 tree and the kernel's own conf built from it, for tests that compare with
/// the kernel. They are prepared by eng/kernel/prepare.sh (which .ci/run calls); a test that needs them
/// fails with that instruction rather than being skipped.
/// </summary>
internal static class KernelTree
{
    /// <summary>The kernel source tree: $KCONFIG_KERNEL_SRC, else &lt;repo&gt;/.kernel/linux-source-6.12.</summary>
    public static string SourceDirectory => Require(
        System.Environment.GetEnvironmentVariable("KCONFIG_KERNEL_SRC") is { Length: > 0 } fromEnv
            ? fromEnv
            : Path.Combine(RepositoryRoot, ".kernel", "linux-source-6.12"),
        Directory.Exists,
        "Linux 6.12 source tree");

    /// <summary>The kernel's conf binary: $KCONFIG_CONF, else &lt;repo&gt;/.kernel/bin/conf.</summary>
    public static string ConfBinary => Require(
        System.Environment.GetEnvironmentVariable("KCONFIG_CONF") is { Length: > 0 } fromEnv
            ? fromEnv
            : Path.Combine(RepositoryRoot, ".kernel", "bin", "conf"),
        File.Exists,
        "kernel conf binary");

    /// <summary>The repository root: the nearest ancestor of the test binary holding Kconfig.Build.Sdk.sln.</summary>
    public static string RepositoryRoot
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

    private static string Require(string path, Func<string, bool> exists, string what)
    {
        if (!exists(path))
        {
            Assert.Fail($"{what} not found at {path}: run eng/kernel/prepare.sh (it extracts Debian's linux-source-6.12 and builds conf).");
        }

        return path;
    }
}
