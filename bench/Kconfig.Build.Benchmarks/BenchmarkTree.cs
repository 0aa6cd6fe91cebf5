using System.Diagnostics;
using Kconfig.Build.Engine.Parsing;

namespace Kconfig.Build.Benchmarks;

/// <summary>
/// A Kconfig tree to benchmark: the bundled sample tree (no toolchain, quick) or the real kernel tree
/// for one architecture, with the environment make hands conf (eng/kernel/env/&lt;arch&gt;.env) and a
/// probe cache filled once, so benchmarks measure the engine and not the compilers it probes.
/// </summary>
public sealed class BenchmarkTree
{
    public const string Sample = "sample";

    private BenchmarkTree(string name, string sourceTree, IReadOnlyDictionary<string, string> environment, string? probeCachePath, string inputConfigPath)
    {
        Name = name;
        SourceTree = sourceTree;
        Environment = environment;
        ProbeCachePath = probeCachePath;
        InputConfigPath = inputConfigPath;
    }

    public string Name { get; }

    public string SourceTree { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public string? ProbeCachePath { get; }

    /// <summary>The .config that --olddefconfig reads: the architecture's defconfig (a minimal config is a valid .config).</summary>
    public string InputConfigPath { get; }

    public KconfigLoadOptions LoadOptions => new()
    {
        SourceTree = SourceTree,
        WorkingDirectory = SourceTree,
        Environment = Environment,
        ProbeCachePath = ProbeCachePath,
    };

    /// <summary>"sample", or an architecture with an environment capture in eng/kernel/env (arm64, x86_64 ...).</summary>
    public static BenchmarkTree Open(string name)
    {
        string repository = FindRepository();
        if (name == Sample)
        {
            string sample = Path.Combine(repository, "Sdk", "sample-tree");
            var environment = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["srctree"] = sample,
                ["ARCH"] = "x86",
                ["SRCARCH"] = "x86",
                ["KERNELVERSION"] = "6.12.0",
            };
            string input = Path.Combine(Path.GetTempPath(), "kconfig-bench-sample.config");
            File.WriteAllText(input, string.Empty);
            return new BenchmarkTree(name, sample, environment, null, input);
        }

        string kernel = System.Environment.GetEnvironmentVariable("KCONFIG_KERNEL_SRC")
            ?? Path.Combine(repository, ".kernel", "linux-source-6.12");
        kernel = Path.GetFullPath(kernel);
        string envFile = Path.Combine(repository, "eng", "kernel", "env", name + ".env");
        if (!File.Exists(envFile) || !File.Exists(Path.Combine(kernel, "Kconfig")))
        {
            throw new InvalidOperationException($"benchmark tree '{name}' needs {envFile} and the kernel at {kernel} (eng/kernel/prepare.sh)");
        }

        Dictionary<string, string> captured = ReadEnvironment(envFile, kernel);
        // The arch's default defconfig: the last entry of KCONFIG_DEFCONFIG_LIST (x86_64_defconfig for x86_64).
        string defconfig = captured.TryGetValue("KCONFIG_DEFCONFIG_LIST", out string? list)
            ? list.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]
            : Path.Combine("arch", captured["SRCARCH"], "configs", "defconfig");
        string cache = Path.Combine(Path.GetTempPath(), $"kconfig-bench-{name}.probes");
        var tree = new BenchmarkTree(name, kernel, captured, cache, Path.Combine(kernel, defconfig));
        return tree;
    }

    private static Dictionary<string, string> ReadEnvironment(string envFile, string kernel)
    {
        string path = System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin";
        string release = RunUname();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadAllLines(envFile))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int equals = line.IndexOf('=', StringComparison.Ordinal);
            string value = line[(equals + 1)..]
                .Replace("@SRCTREE@", kernel, StringComparison.Ordinal)
                .Replace("@OBJTREE@", kernel, StringComparison.Ordinal)
                .Replace("@PATH@", path, StringComparison.Ordinal)
                .Replace("@HOST_KERNEL_RELEASE@", release, StringComparison.Ordinal);
            result[line[..equals]] = value;
        }

        return result;
    }

    private static string RunUname()
    {
        using Process process = Process.Start(new ProcessStartInfo("uname", "-r") { RedirectStandardOutput = true })!;
        string output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return output;
    }

    private static string FindRepository()
    {
        // BenchmarkDotNet runs a generated copy under bin/; both are below the repository root.
        for (string? directory = AppContext.BaseDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "Kconfig.Build.Sdk.sln")))
            {
                return directory;
            }
        }

        string current = Directory.GetCurrentDirectory();
        return File.Exists(Path.Combine(current, "Kconfig.Build.Sdk.sln"))
            ? current
            : throw new InvalidOperationException("run from the Kconfig.Build.Sdk repository");
    }
}
