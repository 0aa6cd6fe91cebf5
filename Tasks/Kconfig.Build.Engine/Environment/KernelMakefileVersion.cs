namespace Kconfig.Build.Engine.Environment;

/// <summary>
/// VERSION, PATCHLEVEL, SUBLEVEL and EXTRAVERSION from the top-level Makefile, and KERNELVERSION as
/// <c>make kernelversion</c> prints it: <c>VERSION[.PATCHLEVEL[.SUBLEVEL]]EXTRAVERSION</c>.
/// </summary>
internal sealed record KernelMakefileVersion(string Version, string PatchLevel, string SubLevel, string ExtraVersion)
{
    public string KernelVersion =>
        Version + (PatchLevel.Length > 0 ? "." + PatchLevel + (SubLevel.Length > 0 ? "." + SubLevel : string.Empty) : string.Empty) + ExtraVersion;

    /// <summary>Reads the four assignments; null when VERSION is absent (not a kernel Makefile).</summary>
    public static KernelMakefileVersion? Read(string makefile)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(makefile))
        {
            int equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            string name = line[..equals].TrimEnd(' ', '\t');
            if (name is not ("VERSION" or "PATCHLEVEL" or "SUBLEVEL" or "EXTRAVERSION") || values.ContainsKey(name))
            {
                continue;
            }

            // make drops whitespace after '=' and a comment, but keeps the whitespace before the comment.
            string value = line[(equals + 1)..].TrimStart(' ', '\t');
            int comment = value.IndexOf('#', StringComparison.Ordinal);
            values[name] = comment >= 0 ? value[..comment] : value;
        }

        return values.TryGetValue("VERSION", out string? version) && version.Length > 0
            ? new KernelMakefileVersion(
                version,
                values.GetValueOrDefault("PATCHLEVEL", string.Empty),
                values.GetValueOrDefault("SUBLEVEL", string.Empty),
                values.GetValueOrDefault("EXTRAVERSION", string.Empty))
            : null;
    }
}
