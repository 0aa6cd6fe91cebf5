using System.Collections.Concurrent;
using Kconfig.Build.Engine.Parsing;
using Kconfig.Build.Engine.Resolution;

namespace Kconfig.Build.Engine.Provenance;

/// <summary>
/// One parsed tree per (source tree, Kconfig file, environment) for the lifetime of one explain, diff or matrix
/// run: the first caller parses, concurrent callers of the same key wait for it. Unbounded: a run has a few keys.
/// Failed loads are not kept.
/// </summary>
public sealed class SharedTreeCache : IKconfigTreeCache
{
    private readonly ConcurrentDictionary<string, Lazy<KconfigLoadResult>> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public KconfigLoadResult GetOrLoad(KconfigLoadOptions options, Func<KconfigLoadResult> load)
    {
        string key = string.Join(
            "\0",
            new[] { Path.GetFullPath(options.SourceTree), options.KconfigFile, options.ProbeCachePath ?? string.Empty }
                .Concat(options.Environment.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)));
        Lazy<KconfigLoadResult> lazy = _entries.GetOrAdd(key, _ => new Lazy<KconfigLoadResult>(load, LazyThreadSafetyMode.ExecutionAndPublication));
        KconfigLoadResult result;
        try
        {
            result = lazy.Value;
        }
        catch
        {
            _entries.TryRemove(new KeyValuePair<string, Lazy<KconfigLoadResult>>(key, lazy));
            throw;
        }

        if (result.Model is null || result.HasErrors)
        {
            _entries.TryRemove(new KeyValuePair<string, Lazy<KconfigLoadResult>>(key, lazy));
        }

        return result;
    }
}
