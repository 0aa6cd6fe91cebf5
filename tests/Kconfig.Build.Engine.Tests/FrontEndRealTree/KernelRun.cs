using System.Diagnostics;
using Kconfig.Build.Engine.Tests.Infrastructure;

namespace Kconfig.Build.Engine.Tests.FrontEndRealTree;

/// <summary>
/// Runs the kernel's own tools (kconfig-symbols, kconfig-model-dump) on the real 6.12 tree with the
/// environment make hands to conf, from the committed captures in eng/kernel/env (filled in as
/// eng/kernel/with-env.sh does), so our loader can be run with exactly the same environment.
/// </summary>
internal static class KernelRun
{
    private static readonly object BuildGate = new();
    private static string? _modelDump;

    /// <summary>
    /// The environment for one ARCH: the committed make capture eng/kernel/env/ARCH.env when there is one
    /// (arm64 with the cross gcc, the others with host gcc); otherwise the x86_64 capture with ARCH and
    /// SRCARCH changed.
    /// </summary>
    public static Dictionary<string, string> EnvironmentFor(string arch, string objectTree)
    {
        string directory = Path.Combine(KernelTree.RepositoryRoot, "eng", "kernel", "env");
        string captured = File.Exists(Path.Combine(directory, arch + ".env")) ? arch : "x86_64";
        string file = Path.Combine(directory, captured + ".env");
        string sourceTree = RealPath(KernelTree.SourceDirectory);
        string release = File.Exists("/proc/sys/kernel/osrelease") ? File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : string.Empty;
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string raw in File.ReadAllLines(file))
        {
            if (raw.Length == 0 || raw.StartsWith('#'))
            {
                continue;
            }

            string line = raw.Replace("@SRCTREE@", sourceTree, StringComparison.Ordinal)
                .Replace("@OBJTREE@", objectTree, StringComparison.Ordinal)
                .Replace("@PATH@", System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin", StringComparison.Ordinal)
                .Replace("@HOST_KERNEL_RELEASE@", release, StringComparison.Ordinal);
            int equals = line.IndexOf('=');
            environment[line[..equals]] = line[(equals + 1)..];
        }

        if (captured != arch)
        {
            environment["ARCH"] = arch;
            environment["SRCARCH"] = arch;
            if (arch == "um")
            {
                // arch/um/Makefile sets HEADER_ARCH to the host's SUBARCH.
                environment["HEADER_ARCH"] = "x86";
            }
        }

        return environment;
    }

    /// <summary>Every directory under arch/ with a Kconfig, by SRCARCH name, with arm64 and x86 spelled as ARCH.</summary>
    public static IEnumerable<object[]> Architectures()
    {
        string archDirectory = Path.Combine(KernelTree.SourceDirectory, "arch");
        foreach (string directory in Directory.GetDirectories(archDirectory).Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(directory);
            if (File.Exists(Path.Combine(directory, "Kconfig")))
            {
                yield return new object[] { name == "x86" ? "x86_64" : name };
            }
        }
    }

    public static string KconfigSymbols => Path.Combine(Path.GetDirectoryName(KernelTree.ConfBinary)!, "kconfig-symbols");

    /// <summary>kconfig-model-dump, built once per test run from FrontEndRealTree/kconfig-model-dump.c against conf's objects.</summary>
    public static string ModelDumpTool
    {
        get
        {
            lock (BuildGate)
            {
                if (_modelDump is not null)
                {
                    return _modelDump;
                }

                string kernel = Path.GetDirectoryName(Path.GetDirectoryName(KernelTree.ConfBinary)!)!;
                string objects = Path.Combine(kernel, "obj", "scripts", "kconfig");
                string source = Path.Combine(KernelTree.RepositoryRoot, "tests", "Kconfig.Build.Engine.Tests", "FrontEndRealTree", "kconfig-model-dump.c");
                string output = Path.Combine(Path.GetTempPath(), $"kconfig-model-dump-{System.Environment.ProcessId}");
                var arguments = new List<string>
                {
                    "-std=gnu11", "-O2", "-Wall", "-Werror",
                    "-I", Path.Combine(KernelTree.SourceDirectory, "scripts", "include"),
                    "-I", Path.Combine(KernelTree.SourceDirectory, "scripts", "kconfig"),
                    "-I", objects,
                    "-o", output, source,
                };
                foreach (string name in new[] { "confdata", "expr", "lexer.lex", "menu", "parser.tab", "preprocess", "symbol", "util" })
                {
                    arguments.Add(Path.Combine(objects, name + ".o"));
                }

                ProcessResult gcc = Run("gcc", arguments, null, System.Environment.CurrentDirectory);
                Assert.AreEqual(0, gcc.ExitCode, "building kconfig-model-dump failed: " + gcc.Stderr);
                _modelDump = output;
                return output;
            }
        }
    }

    public static ProcessResult Run(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment, string workingDirectory)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (environment is not null)
        {
            startInfo.Environment.Clear();
            foreach (KeyValuePair<string, string> pair in environment)
            {
                startInfo.Environment[pair.Key] = pair.Value;
            }
        }

        using Process process = Process.Start(startInfo)!;
        process.StandardInput.Close();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, stdout, stderr.GetAwaiter().GetResult());
    }

    private static string RealPath(string path)
    {
        // Resolve every symlinked component, as `pwd -P` does in with-env.sh.
        string full = Path.GetFullPath(path);
        string current = Path.GetPathRoot(full)!;
        foreach (string part in full[current.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo? target = new DirectoryInfo(current).ResolveLinkTarget(returnFinalTarget: true);
            if (target is not null)
            {
                current = RealPath(target.FullName);
            }
        }

        return current;
    }
}
