namespace Kconfig.Build.Tasks;

/// <summary>
/// What a cached parsed tree remembers of one file it depended on: its length and last-write time (of the
/// file a link resolves to), or that it did not exist. Both, because an edit within the file system's
/// timestamp granularity (a few milliseconds on Linux) leaves the time unchanged but rarely the length.
/// </summary>
internal readonly record struct InputStamp(string Path, long Length, long LastWriteTicks)
{
    public static InputStamp Of(string path)
    {
        try
        {
            FileSystemInfo info = new FileInfo(path);
            if (!info.Exists)
            {
                return Missing(path);
            }

            if ((info.Attributes & FileAttributes.ReparsePoint) != 0)
            {
                info = File.ResolveLinkTarget(path, returnFinalTarget: true) ?? info;
            }

            return info is FileInfo { Exists: true } file
                ? new InputStamp(path, file.Length, file.LastWriteTimeUtc.Ticks)
                : Missing(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return Missing(path);
        }
    }

    public bool IsCurrent() => Equals(Of(Path));

    private static InputStamp Missing(string path) => new(path, -1, 0);
}
