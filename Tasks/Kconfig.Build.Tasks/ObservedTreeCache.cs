using Kconfig.Build.Engine.Parsing;
using Kconfig.Build.Engine.Resolution;

namespace Kconfig.Build.Tasks;

/// <summary>
/// One profile's view of the node's shared cache, remembering whether its tree was parsed for it or came
/// parsed already (by an earlier build of a resident node, or another profile), so the log can say which.
/// </summary>
internal sealed class ObservedTreeCache : IKconfigTreeCache
{
    private readonly IKconfigTreeCache _inner;
    private int _loads;
    private int _calls;

    public ObservedTreeCache(IKconfigTreeCache inner) => _inner = inner;

    /// <summary>True when every tree this profile asked for was already parsed.</summary>
    public bool Reused => _calls > 0 && _loads == 0;

    public KconfigLoadResult GetOrLoad(KconfigLoadOptions options, Func<KconfigLoadResult> load)
    {
        Interlocked.Increment(ref _calls);
        return _inner.GetOrLoad(options, () =>
        {
            Interlocked.Increment(ref _loads);
            return load();
        });
    }
}
