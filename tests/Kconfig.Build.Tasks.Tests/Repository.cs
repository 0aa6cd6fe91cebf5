namespace Kconfig.Build.Tasks.Tests;

/// <summary>Paths in this repository, found from the test assembly's folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The small kernel-like tree the SDK ships.</summary>
    public static string SampleTree => Path.Combine(Root, "Sdk", "sample-tree");

    private static string FindRoot()
    {
        for (string? dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Kconfig.Build.Sdk.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}
