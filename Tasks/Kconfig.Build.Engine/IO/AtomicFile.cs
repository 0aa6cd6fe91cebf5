using System.Text;

namespace Kconfig.Build.Engine.IO;

/// <summary>
/// Writes files the way conf does and a build tool must: to a temporary file beside the target, then a
/// rename over it, so a reader never sees half a file and a failed write leaves the old one intact.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    // Fault injection for tests: called with the target path after half of the content is in the temporary
    // file. Async-local, so a test's fault never reaches a write of another test running alongside.
    private static readonly AsyncLocal<Action<string>?> MidWriteHook = new();

    /// <summary>Test hook: <paramref name="hook"/> runs in the middle of every write of this async flow (and may throw).</summary>
    internal static IDisposable InjectMidWrite(Action<string> hook)
    {
        Action<string>? previous = MidWriteHook.Value;
        MidWriteHook.Value = hook;
        return new HookScope(previous);
    }

    /// <summary>Writes <paramref name="content"/> (UTF-8, no BOM) atomically.</summary>
    public static void WriteAllText(string path, string content) => WriteAllBytes(path, Utf8NoBom.GetBytes(content));

    /// <summary>Writes <paramref name="content"/> atomically.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> content)
    {
        string fullPath = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(directory);
        string temporary = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{System.Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                int half = content.Length / 2;
                stream.Write(content[..half]);
                if (MidWriteHook.Value is { } hook)
                {
                    stream.Flush();
                    hook(fullPath);
                }

                stream.Write(content[half..]);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>
    /// Writes only when the content differs from what the file holds, so tools keyed on mtime (kbuild
    /// watches .config) see no change. Returns true when the file was written.
    /// </summary>
    public static bool WriteAllTextIfChanged(string path, string content)
    {
        byte[] bytes = Utf8NoBom.GetBytes(content);
        if (File.Exists(path))
        {
            byte[] existing = File.ReadAllBytes(path);
            if (existing.AsSpan().SequenceEqual(bytes))
            {
                return false;
            }
        }

        WriteAllBytes(path, bytes);
        return true;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private sealed class HookScope(Action<string>? previous) : IDisposable
    {
        public void Dispose() => MidWriteHook.Value = previous;
    }
}
