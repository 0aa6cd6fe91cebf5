using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Parsing;
using Kconfig.Build.Engine.Resolution;

namespace Kconfig.Build.Engine.Tests.Suggestions;

/// <summary>One parsed tree per source tree and environment for the whole test run, as the MSBuild task shares them.</summary>
internal sealed class SharedTreeCache : IKconfigTreeCache
{
    private readonly Dictionary<string, KconfigLoadResult> _trees = new(StringComparer.Ordinal);

    public static SharedTreeCache Instance { get; } = new();

    /// <summary>The model loaded for <paramref name="sourceTree"/> with ARCH=<paramref name="arch"/> by an earlier resolution.</summary>
    public KconfigModel ModelFor(string sourceTree, string arch)
    {
        lock (_trees)
        {
            return _trees.Single(p => p.Key.StartsWith(sourceTree + "\n", StringComparison.Ordinal) && p.Key.Contains("\nARCH=" + arch + "\n", StringComparison.Ordinal)).Value.Model!;
        }
    }

    public KconfigLoadResult GetOrLoad(KconfigLoadOptions options, Func<KconfigLoadResult> load)
    {
        string key = options.SourceTree + "\n" + string.Join("\n", options.Environment.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
        lock (_trees)
        {
            if (!_trees.TryGetValue(key, out KconfigLoadResult? tree))
            {
                _trees[key] = tree = load();
            }

            return tree;
        }
    }
}
