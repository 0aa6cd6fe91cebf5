using System.Text.RegularExpressions;

namespace Kconfig.Build.Engine.Resolution;

/// <summary>
/// Where other architectures of the same tree define a symbol that the build's ARCH does not: a text search of
/// arch/*/ Kconfig files for <c>config NAME</c> or <c>menuconfig NAME</c>. Only run for requests already known to
/// be undefined, so its cost is paid on the error path alone.
/// </summary>
public static partial class ArchitectureDefinitions
{
    /// <summary>(source architecture, file relative to the tree with '/' separators, 1-based line) of each definition, ordered by architecture.</summary>
    public static IReadOnlyList<(string SourceArch, string File, int Line)> Find(string sourceTree, string currentSourceArch, string name)
    {
        var found = new List<(string, string, int)>();
        string archRoot = Path.Combine(sourceTree, "arch");
        if (!Directory.Exists(archRoot))
        {
            return found;
        }

        try
        {
            foreach (string archDirectory in Directory.EnumerateDirectories(archRoot).Order(StringComparer.Ordinal))
            {
                string arch = Path.GetFileName(archDirectory);
                if (string.Equals(arch, currentSourceArch, StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (string file in Directory.EnumerateFiles(archDirectory, "Kconfig*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    int line = 0;
                    foreach (string text in File.ReadLines(file))
                    {
                        line++;
                        Match m = Definition().Match(text);
                        if (m.Success && string.Equals(m.Groups[1].Value, name, StringComparison.Ordinal))
                        {
                            found.Add((arch, Path.GetRelativePath(sourceTree, file).Replace('\\', '/'), line));
                            break;
                        }
                    }
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only a hint for a message that is an error anyway: an unreadable folder leaves it out.
        }

        return found;
    }

    [GeneratedRegex(@"^\s*(?:menu)?config\s+([A-Za-z0-9_]+)\s*(?:#.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Definition();
}
