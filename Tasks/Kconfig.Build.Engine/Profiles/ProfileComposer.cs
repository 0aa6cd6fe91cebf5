using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Profiles;

/// <summary>
/// Composes a profile with what it <c>extends</c>, depth first in the order written, the profile itself last:
/// for single values (name, arch, kernel, base, toolchain, devicetree) the later file wins; requests are
/// concatenated, a later request for the same symbol replacing the earlier one (reported when the value
/// differs, at the earlier line, naming both). A cycle is an error naming it.
/// </summary>
public static class ProfileComposer
{
    public static ProfileLoadResult Load(string path, ProfileLoadOptions options)
    {
        var diagnostics = new DiagnosticBag();
        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            diagnostics.Error(DiagnosticCodes.ProfileUnreadable, SourceSpan.None, $"cannot read profile '{path}': {ex.Message}");
            return new ProfileLoadResult(null, diagnostics.Items);
        }

        string project = Path.GetFullPath(options.ProjectDirectory ?? Path.GetDirectoryName(fullPath)!);
        var stack = new List<string>();
        Profile? composed = LoadRecursive(path, fullPath, options, project, stack, diagnostics);
        return new ProfileLoadResult(diagnostics.HasErrors ? null : composed, diagnostics.Items);
    }

    private static Profile? LoadRecursive(string displayPath, string fullPath, ProfileLoadOptions options, string project, List<string> stack, DiagnosticBag diagnostics)
    {
        ProfileLoadResult own = ProfileLoader.Load(displayPath);
        diagnostics.AddRange(own.Diagnostics);
        if (own.Profile is not { } profile)
        {
            return null;
        }

        stack.Add(fullPath);
        var parts = new List<Profile>();
        foreach (ProfileScalar entry in profile.Extends)
        {
            if (Find(entry, fullPath, options, project, diagnostics) is not { } target)
            {
                continue;
            }

            int cycleStart = stack.FindIndex(p => string.Equals(p, target, StringComparison.Ordinal));
            if (cycleStart >= 0)
            {
                IEnumerable<string> names = stack.Skip(cycleStart).Append(target).Select(Path.GetFileName)!;
                diagnostics.Error(DiagnosticCodes.ProfileExtendsCycle, entry.Location, $"extends forms a cycle: {string.Join(" -> ", names)}");
                continue;
            }

            if (LoadRecursive(target, target, options, project, stack, diagnostics) is { } parent)
            {
                parts.Add(parent);
            }
        }

        stack.RemoveAt(stack.Count - 1);
        parts.Add(profile);
        return parts.Count == 1 ? profile : Merge(profile, parts, diagnostics);
    }

    private static string? Find(ProfileScalar entry, string including, ProfileLoadOptions options, string project, DiagnosticBag diagnostics)
    {
        string value = entry.Value;
        bool isPath = value.Contains('/', StringComparison.Ordinal) || value.Contains('\\', StringComparison.Ordinal)
            || value.EndsWith(".yaml", StringComparison.Ordinal) || value.EndsWith(".yml", StringComparison.Ordinal);
        if (!isPath)
        {
            foreach (string directory in options.PresetDirectories)
            {
                string candidate = Path.GetFullPath(Path.Combine(directory, value + ".yaml"));
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            string searched = options.PresetDirectories.Count == 0 ? "no preset folder is configured" : "searched " + string.Join(", ", options.PresetDirectories);
            diagnostics.Error(DiagnosticCodes.ProfileExtendsNotFound, entry.Location, $"no preset named '{value}' ({searched}); write ./file.yaml for a file next to this profile");
            return null;
        }

        string full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(including)!, value));
        string projectPrefix = project.EndsWith(Path.DirectorySeparatorChar) ? project : project + Path.DirectorySeparatorChar;
        bool inPresets = options.PresetDirectories.Any(d => full.StartsWith(Path.GetFullPath(d).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        if (!options.AllowOutsideProjectDirectory && !inPresets && !full.StartsWith(projectPrefix, StringComparison.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.ProfileExtendsOutsideProject, entry.Location, $"'{value}' is outside the project folder {project}; move it inside or allow includes outside the project");
            return null;
        }

        if (!File.Exists(full))
        {
            diagnostics.Error(DiagnosticCodes.ProfileExtendsNotFound, entry.Location, $"'{value}' does not exist ({full})");
            return null;
        }

        return full;
    }

    private static Profile Merge(Profile self, List<Profile> parts, DiagnosticBag diagnostics)
    {
        string? name = null;
        string? description = null;
        IReadOnlyList<ProfileScalar> arches = [];
        ProfileScalar? kernel = null;
        ProfileBase @base = ProfileBase.Default;
        ProfileToolchain? toolchain = null;
        Profile? deviceTreeOwner = null;
        var requests = new List<ConfigRequest>();
        var when = new List<WhenClause>();
        var files = new List<string>();
        foreach (Profile part in parts)
        {
            name = part.Name ?? name;
            description = part.Description ?? description;
            arches = part.Arches.Count > 0 ? part.Arches : arches;
            kernel = part.Kernel ?? kernel;
            @base = part.Base.Location.IsNone ? @base : part.Base;
            toolchain = part.Toolchain ?? toolchain;
            deviceTreeOwner = part.DeviceTree is null ? deviceTreeOwner : part;
            foreach (ConfigRequest request in part.Requests)
            {
                int earlier = requests.FindIndex(r => string.Equals(r.SymbolName, request.SymbolName, StringComparison.Ordinal));
                if (earlier >= 0)
                {
                    ConfigRequest old = requests[earlier];
                    if (old.Value != request.Value || old.Intent != request.Intent || old.RangeHigh != request.RangeHigh)
                    {
                        diagnostics.Warning(DiagnosticCodes.RequestOverridden, old.Location, $"{old.SymbolName}: {Describe(old)} here is overridden by {Describe(request)} at {request.Location.ToFileLine()}");
                    }

                    requests.RemoveAt(earlier);
                }

                requests.Add(request);
            }

            when.AddRange(part.When);
            files.AddRange(part.Files.Where(f => !files.Contains(f, StringComparer.Ordinal)));
        }

        return new Profile(self.Path, name, description, arches.Count == 1 ? arches[0] : null, @base, requests)
        {
            Arches = arches,
            Kernel = kernel,
            Extends = self.Extends,
            Toolchain = toolchain,
            When = when,
            DeviceTree = deviceTreeOwner?.DeviceTree,
            DeviceTreeFile = deviceTreeOwner?.DeviceTreeFile,
            Files = files,
        };
    }

    internal static string Describe(ConfigRequest request) => request.Intent switch
    {
        ConfigIntent.Prefer => $"{{prefer: {request.Value}}}",
        ConfigIntent.AtLeast => $"{{at_least: {request.Value}}}",
        ConfigIntent.Forbid => "{forbid: true}",
        ConfigIntent.Range => $"{{range: [{request.Value}, {request.RangeHigh}]}}",
        ConfigIntent.SelectPolicy => "{unmet_select: warning}",
        _ => request.Kind == ConfigValueKind.String ? $"\"{request.Value}\"" : request.Value,
    };
}
