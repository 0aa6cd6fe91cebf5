namespace Kconfig.Build.Engine.Preprocessing;

/// <summary>Identity of a program a probe ran: its path, size and modification time (of the file a link resolves to).</summary>
internal readonly record struct ToolStamp(string Path, long Size, long ModifiedTicks)
{
    public static ToolStamp Of(string path)
    {
        try
        {
            FileSystemInfo info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                info = File.ResolveLinkTarget(path, returnFinalTarget: true) ?? info;
            }

            return info is FileInfo { Exists: true } file
                ? new ToolStamp(path, file.Length, file.LastWriteTimeUtc.Ticks)
                : new ToolStamp(path, -1, 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ToolStamp(path, -1, 0);
        }
    }
}
