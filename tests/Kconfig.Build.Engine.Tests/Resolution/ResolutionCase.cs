using Kconfig.Build.Engine.Tests.Infrastructure;

namespace Kconfig.Build.Engine.Tests.Resolution;

/// <summary>
/// One folder under Resolution/Cases: a profile, its requests as the merge_config.sh fragment, and the
/// outputs the kernel's own tools produced from it on the sample tree (eng/sample/regenerate-expected.sh).
/// diagnostics.txt lists the warnings and errors expected (paths relative to the case, the sample tree as
/// &lt;tree&gt;/); a case whose list has an error must fail and write nothing.
/// </summary>
internal sealed class ResolutionCase
{
    private ResolutionCase(string directory)
    {
        Directory = directory;
    }

    public static string CasesDirectory => Path.Combine(KernelTree.RepositoryRoot, "tests", "Kconfig.Build.Engine.Tests", "Resolution", "Cases");

    public static string SampleTree => Path.Combine(KernelTree.RepositoryRoot, "Sdk", "sample-tree");

    public string Directory { get; }

    public string Name => Path.GetFileName(Directory);

    public string ProfilePath => Path.Combine(Directory, "profile.yaml");

    public string Arch => File.ReadAllText(Path.Combine(Directory, "arch")).Trim();

    public string RequestsConfig => File.ReadAllText(Path.Combine(Directory, "requests.config"));

    public string? ExpectedDiagnostics => File.Exists(Path.Combine(Directory, "diagnostics.txt")) ? File.ReadAllText(Path.Combine(Directory, "diagnostics.txt")) : null;

    public string Expected(string file) => File.ReadAllText(Path.Combine(Directory, "expected", file));

    public static ResolutionCase Get(string name) => new(Path.Combine(CasesDirectory, name));

    public static IEnumerable<object[]> All() =>
        System.IO.Directory.GetDirectories(CasesDirectory).Order(StringComparer.Ordinal).Select(d => new object[] { Path.GetFileName(d) });
}
