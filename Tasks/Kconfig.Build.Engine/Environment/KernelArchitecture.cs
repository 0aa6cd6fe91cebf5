using System.Text.RegularExpressions;

namespace Kconfig.Build.Engine.Environment;

/// <summary>
/// What the kernel's Makefiles derive from ARCH before they run conf: the source architecture (SRCARCH),
/// the host's SUBARCH, the default defconfig (KBUILD_DEFCONFIG) and the cross-compiler prefixes some
/// arch Makefiles look for. Facts of Linux 6.12's top Makefile, scripts/subarch.include and
/// arch/*/Makefile, restated here because conf only sees their results.
/// </summary>
public static class KernelArchitecture
{
    /// <summary>The ARCH values the top Makefile maps to a different SRCARCH; every other ARCH is its own SRCARCH.</summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["i386"] = "x86",
        ["parisc64"] = "parisc",
        ["sh64"] = "sh",
        ["sparc64"] = "sparc",
        ["x86_64"] = "x86",
    };

    private static readonly Regex UnconditionalDefconfig = new(@"^KBUILD_DEFCONFIG\s*:?=\s*(\S+)\s*$", RegexOptions.CultureInvariant);

    /// <summary>SRCARCH for an ARCH, as the top Makefile computes it.</summary>
    public static string SourceArchitecture(string arch) => Aliases.TryGetValue(arch, out string? srcArch) ? srcArch : arch;

    /// <summary>
    /// Every ARCH value the tree accepts, sorted: each directory under arch/ that has a Kconfig, plus the
    /// aliases whose SRCARCH is one of them.
    /// </summary>
    public static IReadOnlyList<string> ValidArchitectures(string sourceTree)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        string archDirectory = Path.Combine(sourceTree, "arch");
        if (Directory.Exists(archDirectory))
        {
            foreach (string directory in Directory.EnumerateDirectories(archDirectory))
            {
                if (File.Exists(Path.Combine(directory, "Kconfig")))
                {
                    names.Add(Path.GetFileName(directory));
                }
            }
        }

        foreach (KeyValuePair<string, string> alias in Aliases)
        {
            if (names.Contains(alias.Value))
            {
                names.Add(alias.Key);
            }
        }

        return names.ToArray();
    }

    /// <summary>SUBARCH: the host's architecture in kernel spelling, from <c>uname -m</c> (scripts/subarch.include).</summary>
    public static string HostSubarchitecture(string unameMachine)
    {
        string m = unameMachine;
        if (Regex.IsMatch(m, "^i.86$", RegexOptions.CultureInvariant) || m == "x86_64")
        {
            return "x86";
        }

        if (m == "sun4u")
        {
            return "sparc64";
        }

        if (m == "arm64" || m.StartsWith("aarch64", StringComparison.Ordinal))
        {
            return "arm64";
        }

        if (m.StartsWith("arm", StringComparison.Ordinal) || m.StartsWith("sa110", StringComparison.Ordinal))
        {
            return "arm";
        }

        if (m == "s390x")
        {
            return "s390";
        }

        if (m.StartsWith("ppc", StringComparison.Ordinal))
        {
            return "powerpc";
        }

        if (m.StartsWith("mips", StringComparison.Ordinal))
        {
            return "mips";
        }

        if (Regex.IsMatch(m, "^sh[234]", RegexOptions.CultureInvariant))
        {
            return "sh";
        }

        if (m.StartsWith("riscv", StringComparison.Ordinal))
        {
            return "riscv";
        }

        return m.StartsWith("loongarch", StringComparison.Ordinal) ? "loongarch" : m;
    }

    /// <summary>
    /// KBUILD_DEFCONFIG after arch/$(SRCARCH)/Makefile: the arch Makefile's choice, else scripts/kconfig's
    /// default <c>defconfig</c>. The conditional choices of x86, sparc, parisc, powerpc and um are encoded;
    /// any other arch takes its single unconditional assignment.
    /// </summary>
    public static string DefaultDefconfig(string sourceTree, string arch, string unameMachine)
    {
        string srcArch = SourceArchitecture(arch);
        switch (srcArch)
        {
            case "x86":
                return arch == "x86"
                    ? (Regex.IsMatch(unameMachine, "^i.86$", RegexOptions.CultureInvariant) ? "i386_defconfig" : "x86_64_defconfig")
                    : arch + "_defconfig";
            case "sparc":
                return arch == "sparc64" ? "sparc64_defconfig" : "sparc32_defconfig";
            case "parisc":
                return arch == "parisc64" ? "generic-64bit_defconfig" : "generic-32bit_defconfig";
            case "powerpc":
                return (unameMachine.StartsWith("ppc", StringComparison.Ordinal) ? unameMachine : "ppc64le") + "_defconfig";
            case "um":
                string subarch = HostSubarchitecture(unameMachine);
                return subarch == "x86"
                    ? (unameMachine == "x86_64" ? "x86_64_defconfig" : "i386_defconfig")
                    : subarch + "_defconfig";
        }

        string makefile = Path.Combine(sourceTree, "arch", srcArch, "Makefile");
        if (File.Exists(makefile))
        {
            foreach (string line in File.ReadLines(makefile))
            {
                Match match = UnconditionalDefconfig.Match(line);
                if (match.Success)
                {
                    return match.Groups[1].Value;
                }
            }
        }

        return "defconfig";
    }

    /// <summary>
    /// The prefixes an arch Makefile probes with <c>cc-cross-prefix</c> when CROSS_COMPILE is empty, in
    /// order; the first whose <c>gcc</c> is in PATH becomes CROSS_COMPILE. Only arc (always) and loongarch
    /// (when SUBARCH differs) do so for config targets: the others test <c>cross_compiling</c>, which 6.12's
    /// top Makefile never sets. loongarch's tool-archpref is empty then, as CONFIG_64BIT is not yet known.
    /// </summary>
    public static IReadOnlyList<string> CrossCompilerCandidates(string arch, string subarch) => SourceArchitecture(arch) switch
    {
        "arc" => ["arc-linux-", "arceb-linux-", "arc-linux-gnu-"],
        "loongarch" when subarch != arch => ["-linux-", "-linux-gnu-", "-unknown-linux-gnu-"],
        _ => [],
    };

    /// <summary>The clang --target the kernel uses for a SRCARCH when CROSS_COMPILE is empty (scripts/Makefile.clang).</summary>
    public static string? ClangTarget(string srcArch, string subarch)
    {
        string key = srcArch == "um" ? subarch : srcArch;
        return key switch
        {
            "arm" => "arm-linux-gnueabi",
            "arm64" => "aarch64-linux-gnu",
            "hexagon" => "hexagon-linux-musl",
            "loongarch" => "loongarch64-linux-gnusf",
            "m68k" => "m68k-linux-gnu",
            "mips" => "mipsel-linux-gnu",
            "powerpc" => "powerpc64le-linux-gnu",
            "riscv" => "riscv64-linux-gnu",
            "s390" => "s390x-linux-gnu",
            "x86" => "x86_64-linux-gnu",
            _ => null,
        };
    }
}
