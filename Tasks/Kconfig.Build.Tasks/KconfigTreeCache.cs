using System.Collections.Concurrent;
using Kconfig.Build.Engine.Parsing;
using Kconfig.Build.Engine.Resolution;

namespace Kconfig.Build.Tasks;

/// <summary>
/// The build node's parsed trees: one per (source tree, Kconfig file, environment conf sees, probe cache),
/// shared by every profile and project the node builds. Safe for concurrent use: the first caller of a key
/// parses, later ones wait for it. Bounded (the oldest entry goes first), and an entry whose Kconfig files
/// changed since it was parsed is parsed again. Failed or cancelled loads are never kept.
/// </summary>
internal sealed class KconfigTreeCache : IKconfigTreeCache
{
    private readonly ConcurrentDictionary<string, Lazy<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly int _capacity;

    public KconfigTreeCache(int capacity) => _capacity = capacity;

    /// <summary>The node-wide instance; a real kernel tree parses to some tens of megabytes, hence the small bound.</summary>
    public static KconfigTreeCache Shared { get; } = new(capacity: 4);

    public int Count => _entries.Count;

    public KconfigLoadResult GetOrLoad(KconfigLoadOptions options, Func<KconfigLoadResult> load)
    {
        string key = Key(options);
        for (int attempt = 0; attempt < 2; attempt++)
        {
            var created = new Lazy<Entry>(() => Entry.Load(options, load), LazyThreadSafetyMode.ExecutionAndPublication);
            Lazy<Entry> lazy = _entries.GetOrAdd(key, created);
            if (ReferenceEquals(lazy, created))
            {
                _order.Enqueue(key);
                Trim();
            }

            Entry entry;
            try
            {
                entry = lazy.Value;
            }
            catch
            {
                _entries.TryRemove(new KeyValuePair<string, Lazy<Entry>>(key, lazy));
                throw;
            }

            if (entry.Cacheable && entry.IsCurrent())
            {
                return entry.Result;
            }

            _entries.TryRemove(new KeyValuePair<string, Lazy<Entry>>(key, lazy));
            if (ReferenceEquals(lazy, created))
            {
                // This caller's own load: its result, good or bad, is the answer.
                return entry.Result;
            }

            // Another caller's load failed, was cancelled or is stale: load again for this one.
        }

        return load();
    }

    private void Trim()
    {
        while (_entries.Count > _capacity && _order.TryDequeue(out string? oldest))
        {
            _entries.TryRemove(oldest, out _);
        }
    }

    // The working directory is left out: the kernel's probes do not depend on the object tree they run in.
    private static string Key(KconfigLoadOptions options) =>
        string.Join(
            "\0",
            new[] { Path.GetFullPath(options.SourceTree), options.KconfigFile, options.ProbeCachePath ?? string.Empty }
                .Concat(options.Environment.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)));

    private sealed class Entry
    {
        private readonly (string Path, DateTime Written)[] _files;

        private Entry(KconfigLoadResult result, bool cacheable, (string Path, DateTime Written)[] files)
        {
            Result = result;
            Cacheable = cacheable;
            _files = files;
        }

        public KconfigLoadResult Result { get; }

        public bool Cacheable { get; }

        public static Entry Load(KconfigLoadOptions options, Func<KconfigLoadResult> load)
        {
            KconfigLoadResult result = load();
            if (result.Model is not { } model || result.HasErrors || options.CancellationToken.IsCancellationRequested)
            {
                return new Entry(result, cacheable: false, []);
            }

            string root = Path.GetFullPath(options.SourceTree);
            (string, DateTime)[] files = model.Files
                .Select(f => Path.IsPathRooted(f) ? f : Path.Combine(root, f))
                .Select(f => (f, File.GetLastWriteTimeUtc(f)))
                .ToArray();
            return new Entry(result, cacheable: true, files);
        }

        public bool IsCurrent() => _files.All(f => File.GetLastWriteTimeUtc(f.Path) == f.Written);
    }
}
