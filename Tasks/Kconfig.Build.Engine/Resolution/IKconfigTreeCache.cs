using Kconfig.Build.Engine.Parsing;

namespace Kconfig.Build.Engine.Resolution;

/// <summary>
/// Lets several resolutions share one parsed tree. A <see cref="Model.KconfigModel"/> is never changed after
/// loading (a <see cref="Evaluation.Configuration"/> keeps its values apart), so one instance may serve
/// concurrent resolutions. The implementation decides the key, the bound and when an entry is stale.
/// </summary>
public interface IKconfigTreeCache
{
    /// <summary>The tree <paramref name="options"/> describes, from the cache or from <paramref name="load"/>.</summary>
    KconfigLoadResult GetOrLoad(KconfigLoadOptions options, Func<KconfigLoadResult> load);
}
