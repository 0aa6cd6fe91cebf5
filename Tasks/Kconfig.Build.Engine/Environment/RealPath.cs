namespace Kconfig.Build.Engine.Environment;

/// <summary>
/// realpath(3) for directories: the Makefile computes srctree with make's <c>$(realpath)</c>, so a tree
/// reached through a symlink (.kernel -> /work/kernel) is named by its target.
/// </summary>
internal static class RealPath
{
    public static string Of(string path)
    {
        string full = Path.GetFullPath(path);
        string root = Path.GetPathRoot(full) ?? "/";
        string resolved = root;
        int hops = 0;
        var pending = new Stack<string>(Enumerable.Reverse(full[root.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries)));
        while (pending.Count > 0)
        {
            string part = pending.Pop();
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? root;
                continue;
            }

            string candidate = Path.Combine(resolved, part);
            var info = new FileInfo(candidate);
            if (info.Exists || Directory.Exists(candidate))
            {
                string? target = info.LinkTarget;
                if (target is not null && ++hops < 40)
                {
                    string absoluteTarget = Path.IsPathRooted(target) ? target : Path.Combine(resolved, target);
                    string targetRoot = Path.GetPathRoot(absoluteTarget) ?? "/";
                    foreach (string piece in Enumerable.Reverse(absoluteTarget[targetRoot.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries)))
                    {
                        pending.Push(piece);
                    }

                    resolved = targetRoot;
                    continue;
                }
            }

            resolved = candidate;
        }

        return resolved;
    }
}
