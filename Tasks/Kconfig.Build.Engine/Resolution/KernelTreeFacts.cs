using System.Text.RegularExpressions;

namespace Kconfig.Build.Engine.Resolution;

/// <summary>
/// The two facts of a kernel tree the top-level Makefile hands to conf that a resolution needs beyond
/// ARCH: SRCARCH (the arch/ folder) and KERNELVERSION (from VERSION/PATCHLEVEL/SUBLEVEL/EXTRAVERSION).
/// </summary>
internal static partial class KernelTreeFacts
{
    /// <summary>SRCARCH for an ARCH, as the kernel Makefile maps it.</summary>
    public static string SourceArch(string arch) => arch switch
    {
        "i386" or "x86_64" => "x86",
        "sparc32" or "sparc64" => "sparc",
        "parisc64" => "parisc",
        "sh64" => "sh",
        _ => arch,
    };

    /// <summary>KERNELVERSION from the tree's Makefile; null when the Makefile is missing or has no VERSION.</summary>
    public static string? KernelVersion(string sourceTree)
    {
        string makefile = Path.Combine(sourceTree, "Makefile");
        if (!File.Exists(makefile))
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(makefile))
        {
            Match m = Assignment().Match(line);
            if (m.Success && !values.ContainsKey(m.Groups[1].Value))
            {
                values[m.Groups[1].Value] = m.Groups[2].Value.Trim();
            }
        }

        if (!values.TryGetValue("VERSION", out string? version) || version.Length == 0)
        {
            return null;
        }

        string patchLevel = values.GetValueOrDefault("PATCHLEVEL", string.Empty);
        string subLevel = values.GetValueOrDefault("SUBLEVEL", string.Empty);
        string extra = values.GetValueOrDefault("EXTRAVERSION", string.Empty);

        // $(VERSION)$(if $(PATCHLEVEL),.$(PATCHLEVEL)$(if $(SUBLEVEL),.$(SUBLEVEL)))$(EXTRAVERSION)
        string result = version;
        if (patchLevel.Length > 0)
        {
            result += "." + patchLevel;
            if (subLevel.Length > 0)
            {
                result += "." + subLevel;
            }
        }

        return result + extra;
    }

    [GeneratedRegex(@"^(VERSION|PATCHLEVEL|SUBLEVEL|EXTRAVERSION)\s*=(.*)$")]
    private static partial Regex Assignment();
}
