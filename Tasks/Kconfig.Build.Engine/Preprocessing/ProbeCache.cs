using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kconfig.Build.Engine.IO;

namespace Kconfig.Build.Engine.Preprocessing;

/// <summary>
/// A file of <c>$(shell,...)</c> results, so a second load of the same tree spawns no process.
/// An entry is keyed by the command text and the whole environment the command can see, and is only
/// reused while the programs it names are unchanged: every word of the command that is a file (a path,
/// or a name found on the environment's PATH) is recorded with its size and modification time.
/// Probes that read other files (headers, linker scripts) are not tracked; delete the cache to force a rerun.
/// </summary>
internal sealed class ProbeCache
{
    private const int FormatVersion = 1;
    private const int MaxToolWords = 64;
    private static readonly char[] WordSeparators = { ' ', '\t', '\n', ';', '|', '&', '(', ')', '<', '>', '"', '\'', '`', '$', '{', '}' };

    private readonly string? _path;
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private bool _changed;

    private ProbeCache(string? path)
    {
        _path = path;
    }

    /// <summary>Why the cache file could not be used, if it could not; the load goes on without it.</summary>
    public string? Problem { get; private set; }

    /// <summary>Opens the cache at <paramref name="path"/>; a null path gives a cache that never hits.</summary>
    public static ProbeCache Open(string? path)
    {
        var cache = new ProbeCache(path);
        if (path is not null && File.Exists(path))
        {
            try
            {
                cache.Read(File.ReadAllBytes(path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
            {
                cache._entries.Clear();
                cache.Problem = $"probe cache '{path}' ignored: {e.Message}";
            }
        }

        return cache;
    }

    public bool TryGet(string command, IReadOnlyDictionary<string, string> environment, string workingDirectory, out ShellResult result)
    {
        result = null!;
        if (_path is null)
        {
            return false;
        }

        string key = KeyOf(command, environment, workingDirectory);
        Entry? entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out entry))
            {
                return false;
            }
        }

        foreach (ToolStamp tool in entry.Tools)
        {
            if (!tool.Equals(ToolStamp.Of(tool.Path)))
            {
                return false;
            }
        }

        result = new ShellResult(entry.Stdout, entry.Stderr);
        return true;
    }

    public void Add(string command, IReadOnlyDictionary<string, string> environment, string workingDirectory, ShellResult result)
    {
        if (_path is null)
        {
            return;
        }

        var entry = new Entry(command, ToolsOf(command, environment, workingDirectory), result.Stdout, result.Stderr);
        lock (_gate)
        {
            _entries[KeyOf(command, environment, workingDirectory)] = entry;
            _changed = true;
        }
    }

    /// <summary>Writes the cache if it gained entries; returns a problem description when it could not.</summary>
    public string? Save()
    {
        if (_path is null || !_changed)
        {
            return null;
        }

        try
        {
            AtomicFile.WriteAllBytes(_path, Write());
            _changed = false;
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"probe cache '{_path}' not written: {e.Message}";
        }
    }

    private static string KeyOf(string command, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var text = new StringBuilder();
        text.Append(command).Append('\0').Append(workingDirectory).Append('\0');
        foreach (KeyValuePair<string, string> pair in environment.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(pair.Key).Append('=').Append(pair.Value).Append('\0');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The files a command names: its words that are paths, or programs found on PATH.</summary>
    internal static IReadOnlyList<ToolStamp> ToolsOf(string command, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var tools = new List<ToolStamp>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string[] searchPath = environment.TryGetValue("PATH", out string? path)
            ? path.Split(':', StringSplitOptions.RemoveEmptyEntries)
            : Array.Empty<string>();
        int words = 0;
        foreach (string word in command.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (++words > MaxToolWords)
            {
                break;
            }

            if (word.Contains('=') || word.StartsWith('-'))
            {
                continue;
            }

            string? file = null;
            if (word.Contains('/'))
            {
                string candidate = Path.IsPathRooted(word) ? word : Path.Combine(workingDirectory, word);
                if (File.Exists(candidate))
                {
                    file = Path.GetFullPath(candidate);
                }
            }
            else
            {
                foreach (string directory in searchPath)
                {
                    string candidate = Path.Combine(Path.IsPathRooted(directory) ? directory : Path.Combine(workingDirectory, directory), word);
                    if (File.Exists(candidate))
                    {
                        file = Path.GetFullPath(candidate);
                        break;
                    }
                }
            }

            // Device and kernel pseudo-files (/dev/null above all) are not programs and may change at any time.
            if (file is not null && !IsPseudoFile(file) && seen.Add(file))
            {
                tools.Add(ToolStamp.Of(file));
            }
        }

        return tools;
    }

    private static bool IsPseudoFile(string path) =>
        path.StartsWith("/dev/", StringComparison.Ordinal) ||
        path.StartsWith("/proc/", StringComparison.Ordinal) ||
        path.StartsWith("/sys/", StringComparison.Ordinal);

    private void Read(byte[] bytes)
    {
        using JsonDocument document = JsonDocument.Parse(bytes);
        JsonElement root = document.RootElement;
        if (root.GetProperty("version").GetInt32() != FormatVersion)
        {
            return;
        }

        foreach (JsonElement item in root.GetProperty("entries").EnumerateArray())
        {
            var tools = new List<ToolStamp>();
            foreach (JsonElement tool in item.GetProperty("tools").EnumerateArray())
            {
                tools.Add(new ToolStamp(
                    tool.GetProperty("path").GetString()!,
                    tool.GetProperty("size").GetInt64(),
                    tool.GetProperty("mtime").GetInt64()));
            }

            _entries[item.GetProperty("key").GetString()!] = new Entry(
                item.GetProperty("command").GetString()!,
                tools,
                Convert.FromBase64String(item.GetProperty("stdout").GetString()!),
                item.GetProperty("stderr").GetString()!);
        }
    }

    private byte[] Write()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", FormatVersion);
            writer.WriteStartArray("entries");
            lock (_gate)
            {
                foreach (KeyValuePair<string, Entry> pair in _entries.OrderBy(p => p.Value.Command, StringComparer.Ordinal).ThenBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WriteStartObject();
                    writer.WriteString("key", pair.Key);
                    writer.WriteString("command", pair.Value.Command);
                    writer.WriteStartArray("tools");
                    foreach (ToolStamp tool in pair.Value.Tools)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("path", tool.Path);
                        writer.WriteNumber("size", tool.Size);
                        writer.WriteNumber("mtime", tool.ModifiedTicks);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteString("stdout", Convert.ToBase64String(pair.Value.Stdout));
                    writer.WriteString("stderr", pair.Value.Stderr);
                    writer.WriteEndObject();
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    private sealed record Entry(string Command, IReadOnlyList<ToolStamp> Tools, byte[] Stdout, string Stderr);
}
