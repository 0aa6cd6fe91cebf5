using System.Collections.Concurrent;
using Kconfig.Build.Engine.Parsing;
using Kconfig.Build.Engine.Resolution;

namespace Kconfig.Build.Tasks;

/// <summary>
/// The build node's parsed trees: one per (source tree, Kconfig file, environment conf sees, probe cache),
/// shared by every profile and project the node builds. Safe for concurrent use: the first caller of a key
/// parses, later ones wait for it. Bounded (the oldest entry goes first). An entry lives as long as the
/// process, across builds when that is a resident MSBuild server or a reused node, so it is reused only while
/// every fact it was built from holds, the facts the dependency file records: each Kconfig file read (length
/// and last-write time), the environment (the key), the probe cache file, and the programs the environment
/// names. Otherwise it is parsed again. Failed or cancelled loads are never kept.
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
        private static readonly char[] WordSeparators = [' ', '\t', '\n'];

        // The coarsest common timestamp granularity (FAT's 2 s; ext4 and tmpfs follow the kernel's tick).
        private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

        private readonly InputStamp[] _inputs;

        private Entry(KconfigLoadResult result, bool cacheable, InputStamp[] inputs)
        {
            Result = result;
            Cacheable = cacheable;
            _inputs = inputs;
        }

        public KconfigLoadResult Result { get; }

        public bool Cacheable { get; }

        public static Entry Load(KconfigLoadOptions options, Func<KconfigLoadResult> load)
        {
            long started = DateTime.UtcNow.Ticks;
            KconfigLoadResult result = load();
            if (result.Model is not { } model || result.HasErrors || options.CancellationToken.IsCancellationRequested)
            {
                return new Entry(result, cacheable: false, []);
            }

            // The files are stamped only now, so a file written during the parse (or just before it, within the
            // file system's timestamp granularity) could carry a stamp newer than the text that was parsed. Like
            // git's "racily clean" entries, such a tree serves this caller and is not kept.
            string root = Path.GetFullPath(options.SourceTree);
            var inputs = model.Files.Select(f => InputStamp.Of(Path.IsPathRooted(f) ? f : Path.Combine(root, f))).ToList();
            bool settled = inputs.All(i => i.LastWriteTicks < started - RacyWindow.Ticks);
            if (options.ProbeCachePath is { } probeCache)
            {
                // The $(shell,...) results the tree was built from: rewritten (or deleted) when a probe ran again.
                // Stamped after the load on purpose: the load itself saves the probes it ran.
                inputs.Add(InputStamp.Of(Path.GetFullPath(probeCache)));
            }

            inputs.AddRange(ProgramsNamedBy(options.Environment).Select(InputStamp.Of));
            return new Entry(result, cacheable: settled, inputs.ToArray());
        }

        /// <summary>
        /// True while every file the tree was built from is as it was. The environment needs no check here: it
        /// is part of the key, and the SDK computes it afresh (CC_VERSION_TEXT included) for every resolution.
        /// </summary>
        public bool IsCurrent() => _inputs.All(i => i.IsCurrent());

        /// <summary>
        /// The programs the environment names (CC, LD, OBJCOPY...: a word of a value that is an absolute path or
        /// is found on its PATH). The kernel's probes run them, so a replaced compiler or linker invalidates the
        /// probe results baked into the tree even when no probe cache notices.
        /// </summary>
        private static IEnumerable<string> ProgramsNamedBy(IReadOnlyDictionary<string, string> environment)
        {
            string[] searchPath = environment.TryGetValue("PATH", out string? path)
                ? path.Split(':', StringSplitOptions.RemoveEmptyEntries).Where(Path.IsPathRooted).ToArray()
                : [];
            var programs = new SortedSet<string>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, string> pair in environment)
            {
                if (pair.Key == "PATH")
                {
                    continue;
                }

                foreach (string word in pair.Value.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (Path.IsPathRooted(word))
                    {
                        if (File.Exists(word))
                        {
                            programs.Add(word);
                        }
                    }
                    else if (word.IndexOfAny(['/', '=', '$']) < 0 && !word.StartsWith('-'))
                    {
                        if (searchPath.Select(d => Path.Combine(d, word)).FirstOrDefault(File.Exists) is { } found)
                        {
                            programs.Add(found);
                        }
                    }
                }
            }

            return programs;
        }
    }
}
