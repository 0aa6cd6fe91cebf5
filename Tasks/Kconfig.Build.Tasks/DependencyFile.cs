using System.Text;

namespace Kconfig.Build.Tasks;

/// <summary>
/// The per-profile dependency file, the SDK's auto.conf.cmd: one absolute path a line for every file the
/// result depends on (profiles, base configuration, each Kconfig file, the compiler the probes ran), then
/// <c>#env NAME=value</c> (or <c>#env NAME</c> when unset) for every process environment variable the
/// kernel Makefile would consult, then <c>#output PATH</c> for every output the resolution wrote. Paths
/// feed the target's Inputs; the environment lines are compared with the current environment, and the
/// outputs must still exist, or <see cref="KconfigReadDependencies"/> finds the resolution out of date.
/// </summary>
internal static class DependencyFile
{
    public const string EnvironmentPrefix = "#env ";

    /// <summary>
    /// Marks an output of the last run. The target can name only the outputs every run has; this covers
    /// the rest (the device-tree stub), so deleting one by hand re-runs the resolution.
    /// </summary>
    public const string OutputPrefix = "#output ";

    /// <summary>What the top Makefile takes from the environment when it is not given on the command line.</summary>
    public static readonly string[] ConsultedVariables = ["ARCH", "CLANG_FLAGS", "CROSS_COMPILE", "KBUILD_DEFCONFIG", "KBUILD_EXTRA_WARN", "KCONFIG_CONFIG", "LLVM", "LLVM_IAS", "PATH"];

    public static string Render(IReadOnlyList<string> filesRead, string crossCompile, bool crossCompileGiven, IReadOnlyList<string>? outputs = null)
    {
        var files = new SortedSet<string>(filesRead, StringComparer.Ordinal);
        bool realTree = filesRead.Any(f => f.EndsWith("/scripts/Kconfig.include", StringComparison.Ordinal));
        var text = new StringBuilder();
        if (realTree)
        {
            // The toolchain probes' answers change when the compiler does: its file stands for them.
            string llvm = System.Environment.GetEnvironmentVariable("LLVM") ?? string.Empty;
            string prefix = crossCompileGiven ? crossCompile : System.Environment.GetEnvironmentVariable("CROSS_COMPILE") ?? string.Empty;
            if (FindOnPath(llvm.Length > 0 ? "clang" : prefix + "gcc") is { } compiler)
            {
                files.Add(compiler);
            }
        }

        foreach (string file in files)
        {
            text.Append(file).Append('\n');
        }

        if (realTree)
        {
            foreach (string name in ConsultedVariables)
            {
                if (name == "CROSS_COMPILE" && crossCompileGiven)
                {
                    continue;
                }

                string? value = System.Environment.GetEnvironmentVariable(name);
                text.Append(EnvironmentLine(name, value)).Append('\n');
            }
        }

        foreach (string output in outputs ?? [])
        {
            text.Append(OutputPrefix).Append(output).Append('\n');
        }

        return text.ToString();
    }

    public static string EnvironmentLine(string name, string? value) =>
        value is null ? EnvironmentPrefix + name : EnvironmentPrefix + name + "=" + value;

    private static string? FindOnPath(string tool)
    {
        foreach (string directory in (System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(directory, tool);
            if (File.Exists(candidate))
            {
                try
                {
                    return File.ResolveLinkTarget(candidate, returnFinalTarget: true)?.FullName ?? candidate;
                }
                catch (IOException)
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
