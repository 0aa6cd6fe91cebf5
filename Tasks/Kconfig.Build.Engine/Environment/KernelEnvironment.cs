using System.Collections;
using System.Text;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Environment;

/// <summary>
/// The environment Linux 6.12's top Makefile hands to conf, restricted to what matters to Kconfig: the
/// variables the Kconfig files read through macros (the env list conf records in auto.conf.cmd), the
/// <c>KCONFIG_*</c> variables conf reads itself, and what the <c>$(shell ...)</c> probes see (PATH, the
/// toolchain names). Verified against the real make by eng/kernel/capture-env.sh (see docs/conformance.md).
/// </summary>
public sealed class KernelEnvironment
{
    private KernelEnvironment(string sourceTree, string arch, string sourceArchitecture, string kernelVersion, IReadOnlyDictionary<string, string> variables)
    {
        SourceTree = sourceTree;
        Arch = arch;
        SourceArchitecture = sourceArchitecture;
        KernelVersion = kernelVersion;
        Variables = variables;
    }

    /// <summary>The source tree with symlinks resolved, as the Makefile's <c>abs_srctree</c>.</summary>
    public string SourceTree { get; }

    /// <summary>ARCH as given (x86_64, i386, arm64...).</summary>
    public string Arch { get; }

    /// <summary>SRCARCH: the directory under arch/ (x86 for x86_64 and i386).</summary>
    public string SourceArchitecture { get; }

    /// <summary>KERNELVERSION, as <c>make kernelversion</c> prints it.</summary>
    public string KernelVersion { get; }

    /// <summary>The variables conf gets, by name (ordinal order).</summary>
    public IReadOnlyDictionary<string, string> Variables { get; }

    /// <summary>The variables as <c>NAME=value</c> lines in ordinal order, each ending in <c>\n</c>.</summary>
    public string ToEnvFileText()
    {
        var text = new StringBuilder();
        foreach (KeyValuePair<string, string> pair in Variables)
        {
            text.Append(pair.Key).Append('=').Append(pair.Value).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Computes the environment; never throws for bad input, which is reported as diagnostics (KC50xx).</summary>
    public static KernelEnvironmentResult Compute(KernelEnvironmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new DiagnosticBag();
        try
        {
            KernelEnvironment? environment = ComputeCore(options, diagnostics);
            return new KernelEnvironmentResult(environment, diagnostics.Items);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.KernelSourceTreeNotFound, SourceSpan.None, $"cannot read the kernel source tree '{options.SourceTree}': {e.Message}");
            return new KernelEnvironmentResult(null, diagnostics.Items);
        }
    }

    private static KernelEnvironment? ComputeCore(KernelEnvironmentOptions options, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(options.SourceTree))
        {
            diagnostics.Error(DiagnosticCodes.KernelSourceTreeNotFound, SourceSpan.None, $"kernel source tree '{options.SourceTree}' does not exist");
            return null;
        }

        string sourceTree = RealPath.Of(options.SourceTree);
        string makefile = Path.Combine(sourceTree, "Makefile");
        if (!File.Exists(makefile))
        {
            diagnostics.Error(DiagnosticCodes.KernelMakefileNotFound, SourceSpan.None, $"'{sourceTree}' is not a kernel source tree: it has no Makefile");
            return null;
        }

        KernelMakefileVersion? version = KernelMakefileVersion.Read(makefile);
        if (version is null)
        {
            diagnostics.Error(DiagnosticCodes.KernelVersionNotFound, SourceSpan.AtLine(makefile, 1), "the top-level Makefile sets no VERSION, so KERNELVERSION cannot be computed");
            return null;
        }

        IReadOnlyDictionary<string, string> baseEnvironment = options.BaseEnvironment ?? ProcessEnvironment();
        IReadOnlyDictionary<string, string> makeVariables = options.MakeVariables;
        var probes = new ToolchainProbe(baseEnvironment, sourceTree);

        string? unameMachine = probes.Shell("uname -m", diagnostics);
        string? unameRelease = probes.Shell("uname -r", diagnostics);
        if (unameMachine is null || unameRelease is null)
        {
            return null;
        }

        string subarch = KernelArchitecture.HostSubarchitecture(unameMachine);

        // ARCH ?= $(SUBARCH): the command line, then the environment, then the host.
        string arch = options.Arch ?? FromCommandLineOrEnvironment("ARCH", makeVariables, baseEnvironment) ?? subarch;
        string srcArch = KernelArchitecture.SourceArchitecture(arch);
        IReadOnlyList<string> validArchitectures = KernelArchitecture.ValidArchitectures(sourceTree);
        if (!validArchitectures.Contains(arch, StringComparer.Ordinal))
        {
            diagnostics.Error(
                DiagnosticCodes.UnknownArchitecture,
                SourceSpan.None,
                $"unknown ARCH '{arch}': valid values are {string.Join(", ", validArchitectures)}");
            return null;
        }

        var variables = new SortedDictionary<string, string>(StringComparer.Ordinal);

        // KCONFIG_* the caller set reach conf unchanged, except the two the Makefiles assign.
        foreach (KeyValuePair<string, string> pair in baseEnvironment)
        {
            if (pair.Key.StartsWith("KCONFIG_", StringComparison.Ordinal))
            {
                variables[pair.Key] = pair.Value;
            }
        }

        string llvm = options.Llvm ?? FromCommandLineOrEnvironment("LLVM", makeVariables, baseEnvironment) ?? string.Empty;
        string crossCompile = options.CrossCompile ?? FromCommandLineOrEnvironment("CROSS_COMPILE", makeVariables, baseEnvironment) ?? string.Empty;
        if (crossCompile.Length == 0)
        {
            foreach (string prefix in KernelArchitecture.CrossCompilerCandidates(arch, subarch))
            {
                if (probes.Shell($"command -v -- {prefix}gcc 2>/dev/null", diagnostics) is { Length: > 0 })
                {
                    crossCompile = prefix;
                    break;
                }
            }
        }

        string llvmPrefix = string.Empty;
        string llvmSuffix = string.Empty;
        if (llvm.Length > 0)
        {
            if (llvm.EndsWith('/'))
            {
                llvmPrefix = llvm;
            }
            else if (llvm.StartsWith('-'))
            {
                llvmSuffix = llvm;
            }
        }

        bool useLlvm = llvm.Length > 0;
        string Tool(string name, string gnu, string llvmName) =>
            makeVariables.TryGetValue(name, out string? given) ? given
            : useLlvm ? llvmPrefix + llvmName + llvmSuffix
            : gnu;
        string Fixed(string name, string value) => makeVariables.TryGetValue(name, out string? given) ? given : value;

        string cc = Tool("CC", crossCompile + "gcc", "clang");
        string ld = Tool("LD", crossCompile + "ld", "ld.lld");
        string nm = Tool("NM", crossCompile + "nm", "llvm-nm");
        variables["AR"] = Tool("AR", crossCompile + "ar", "llvm-ar");
        variables["OBJCOPY"] = Tool("OBJCOPY", crossCompile + "objcopy", "llvm-objcopy");
        variables["HOSTCC"] = Tool("HOSTCC", "gcc", "clang");
        variables["HOSTCXX"] = Tool("HOSTCXX", "g++", "clang++");
        variables["RUSTC"] = Fixed("RUSTC", "rustc");
        variables["BINDGEN"] = Fixed("BINDGEN", "bindgen");
        variables["PAHOLE"] = Fixed("PAHOLE", "pahole");
        variables["PYTHON3"] = Fixed("PYTHON3", "python3");

        // Arch Makefiles that amend NM for config targets (a command-line NM is left alone, as make does).
        if (!makeVariables.ContainsKey("NM"))
        {
            if (srcArch == "alpha")
            {
                nm += " -B";
            }
            else if (srcArch == "powerpc" && probes.Shell($"if {nm} --help 2>&1 | grep -- '--synthetic' > /dev/null; then echo y; else echo n; fi", diagnostics) == "y")
            {
                nm += " --synthetic";
            }
        }

        variables["CC"] = cc;
        variables["LD"] = ld;
        variables["NM"] = nm;
        variables["CROSS_COMPILE"] = crossCompile;
        variables["ARCH"] = arch;
        variables["SRCARCH"] = srcArch;
        variables["srctree"] = SourceTreeVariable(sourceTree, options.ObjectTree);
        variables["KERNELVERSION"] = Fixed("KERNELVERSION", version.KernelVersion);
        variables["LC_COLLATE"] = "C";
        variables["LC_NUMERIC"] = "C";
        if (baseEnvironment.TryGetValue("PATH", out string? path))
        {
            variables["PATH"] = path;
        }

        if (srcArch == "um")
        {
            variables["SUBARCH"] = subarch;
            variables["HEADER_ARCH"] = subarch is "x86" or "x86_64" or "i386" ? "x86" : subarch;
        }

        variables["KCONFIG_CONFIG"] = FromCommandLineOrEnvironment("KCONFIG_CONFIG", makeVariables, baseEnvironment) ?? ".config";
        string defconfig = FromCommandLineOrEnvironment("KBUILD_DEFCONFIG", makeVariables, new Dictionary<string, string>())
            ?? KernelArchitecture.DefaultDefconfig(sourceTree, arch, unameMachine);
        variables["KCONFIG_DEFCONFIG_LIST"] =
            $"/lib/modules/{unameRelease}/.config /etc/kernel-config /boot/config-{unameRelease} arch/{srcArch}/configs/{defconfig}";
        string extraWarn = FromCommandLineOrEnvironment("KBUILD_EXTRA_WARN", makeVariables, baseEnvironment) ?? string.Empty;
        if (extraWarn.Contains('c', StringComparison.Ordinal))
        {
            variables["KCONFIG_WARN_UNKNOWN_SYMBOLS"] = "1";
        }

        if (extraWarn.Contains('e', StringComparison.Ordinal))
        {
            variables["KCONFIG_WERROR"] = "1";
        }

        // The Makefile's own probes, with the final tool names: LC_ALL=C $(CC) --version | head -n 1, '#' removed.
        string ccVersionText = makeVariables.TryGetValue("CC_VERSION_TEXT", out string? givenCcText) ? givenCcText
            : (probes.Shell($"LC_ALL=C {cc} --version 2>/dev/null | head -n 1", diagnostics) ?? string.Empty).Replace("#", string.Empty, StringComparison.Ordinal);
        variables["CC_VERSION_TEXT"] = ccVersionText;
        variables["RUSTC_VERSION_TEXT"] = makeVariables.TryGetValue("RUSTC_VERSION_TEXT", out string? givenRustText) ? givenRustText
            : (probes.Shell($"{variables["RUSTC"]} --version 2>/dev/null", diagnostics) ?? string.Empty).Replace("#", string.Empty, StringComparison.Ordinal);

        if (ccVersionText.Contains("clang", StringComparison.Ordinal))
        {
            string? clangFlags = ClangFlags(srcArch, subarch, crossCompile, makeVariables, baseEnvironment, probes, diagnostics);
            if (clangFlags is not null)
            {
                variables["CLANG_FLAGS"] = clangFlags;
            }
        }

        // scripts/Kconfig.include stops the parse when these are missing; say so before conf would.
        if (probes.Shell($"command -v {cc} >/dev/null 2>&1 && echo y", diagnostics) != "y")
        {
            diagnostics.Error(DiagnosticCodes.CompilerNotFound, SourceSpan.None, $"C compiler '{cc}' not found in PATH{Describe(crossCompile, llvm)}");
        }

        if (probes.Shell($"command -v {ld} >/dev/null 2>&1 && echo y", diagnostics) != "y")
        {
            diagnostics.Error(DiagnosticCodes.LinkerNotFound, SourceSpan.None, $"linker '{ld}' not found in PATH{Describe(crossCompile, llvm)}");
        }

        foreach (KeyValuePair<string, string> pair in makeVariables)
        {
            // Only variables this environment models are taken from the command line; make would export
            // others only if a Makefile exports them, which the capture would show. ARCH and CROSS_COMPILE
            // were settled above (an explicit option wins over MakeVariables), as were the values derived from them.
            if (variables.ContainsKey(pair.Key) && pair.Key is not ("ARCH" or "SRCARCH" or "CROSS_COMPILE"))
            {
                variables[pair.Key] = pair.Value;
            }
        }

        return new KernelEnvironment(sourceTree, arch, srcArch, variables["KERNELVERSION"], variables);
    }

    private static string Describe(string crossCompile, string llvm) =>
        llvm.Length > 0 ? $" (LLVM={llvm})"
        : crossCompile.Length > 0 ? $" (CROSS_COMPILE={crossCompile})"
        : string.Empty;

    /// <summary>scripts/Makefile.clang, read when CC_VERSION_TEXT names clang.</summary>
    private static string? ClangFlags(
        string srcArch,
        string subarch,
        string crossCompile,
        IReadOnlyDictionary<string, string> makeVariables,
        IReadOnlyDictionary<string, string> baseEnvironment,
        ToolchainProbe probes,
        DiagnosticBag diagnostics)
    {
        string? target = KernelArchitecture.ClangTarget(srcArch, subarch);
        if (target is null)
        {
            diagnostics.Error(DiagnosticCodes.InvalidLlvmSetting, SourceSpan.None, $"clang has no --target for SRCARCH '{srcArch}' in scripts/Makefile.clang");
            return null;
        }

        var flags = new List<string>();
        if (FromCommandLineOrEnvironment("CLANG_FLAGS", makeVariables, baseEnvironment) is { Length: > 0 } inherited)
        {
            flags.Add(inherited);
        }

        flags.Add("--target=" + target);
        if (FromCommandLineOrEnvironment("LLVM_IAS", makeVariables, baseEnvironment) == "0")
        {
            string elfedit = probes.Shell($"which {crossCompile}elfedit", diagnostics) ?? string.Empty;
            int slash = elfedit.LastIndexOf('/');
            string directory = slash >= 0 ? elfedit[..(slash + 1)] : "./";
            int crossSlash = crossCompile.LastIndexOf('/');
            flags.Add("-fno-integrated-as");
            flags.Add("--prefix=" + directory + (crossSlash >= 0 ? crossCompile[(crossSlash + 1)..] : crossCompile));
        }
        else
        {
            flags.Add("-fintegrated-as");
        }

        flags.Add("-Werror=unknown-warning-option");
        flags.Add("-Werror=ignored-optimization-argument");
        flags.Add("-Werror=option-ignored");
        flags.Add("-Werror=unused-command-line-argument");
        return string.Join(' ', flags);
    }

    /// <summary>make's srctree: "." in the tree, ".." from a direct subdirectory, else the absolute tree.</summary>
    private static string SourceTreeVariable(string sourceTree, string? objectTree)
    {
        if (objectTree is null || !Directory.Exists(objectTree))
        {
            return sourceTree;
        }

        string objectPath = RealPath.Of(objectTree);
        if (objectPath == sourceTree)
        {
            return ".";
        }

        return Path.GetDirectoryName(objectPath) == sourceTree ? ".." : sourceTree;
    }

    private static string? FromCommandLineOrEnvironment(string name, IReadOnlyDictionary<string, string> makeVariables, IReadOnlyDictionary<string, string> environment) =>
        makeVariables.TryGetValue(name, out string? given) ? given
        : environment.TryGetValue(name, out string? inherited) ? inherited
        : null;

    private static IReadOnlyDictionary<string, string> ProcessEnvironment()
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string key && entry.Value is string value)
            {
                result[key] = value;
            }
        }

        return result;
    }
}
