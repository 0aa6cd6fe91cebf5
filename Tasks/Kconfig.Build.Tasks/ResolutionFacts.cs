using Kconfig.Build.Engine.Profiles;
using Kconfig.Build.Engine.Resolution;

namespace Kconfig.Build.Tasks;

/// <summary>The figures of the summary line and the report, taken from what was written.</summary>
internal sealed record ResolutionFacts(int Symbols, int Requests)
{
    private const string Prefix = "CONFIG_";
    private const string NotSet = "# CONFIG_";

    public static ResolutionFacts Collect(string profilePath, ResolveResult result)
    {
        int requests = ProfileLoader.Load(profilePath).Profile?.Requests.Count ?? 0;
        string? dotConfig = result.FilesWritten.FirstOrDefault(f => string.Equals(Path.GetFileName(f), ResolutionOutputs.DotConfig, StringComparison.Ordinal));
        int symbols = 0;
        if (dotConfig is not null && File.Exists(dotConfig))
        {
            // Every symbol conf writes, set or "is not set": the size of the configuration a kernel build sees.
            foreach (string line in File.ReadLines(dotConfig))
            {
                if (line.StartsWith(Prefix, StringComparison.Ordinal) || (line.StartsWith(NotSet, StringComparison.Ordinal) && line.EndsWith(" is not set", StringComparison.Ordinal)))
                {
                    symbols++;
                }
            }
        }

        return new ResolutionFacts(symbols, requests);
    }
}
