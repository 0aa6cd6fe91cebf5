using Kconfig.Build.Engine.Evaluation;

namespace Kconfig.Build.Engine.Resolution;

// Seam until the writers stage provides these in ConfigWriter; removed when it is merged.
internal static class PendingWriters
{
    public static string WriteAutoConf(Configuration configuration, string prefix) => throw new NotImplementedException("writers stage: auto.conf");

    public static string WriteAutoHeader(Configuration configuration, string prefix) => throw new NotImplementedException("writers stage: autoconf.h");

    public static string WriteDefconfig(Configuration configuration, string prefix) => throw new NotImplementedException("writers stage: defconfig");
}
