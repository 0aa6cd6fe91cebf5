using System.Text;
using Kconfig.Build.Engine.Parsing;
using Kconfig.Build.Engine.Tests.Infrastructure;

namespace Kconfig.Build.Engine.Tests.Parsing;

/// <summary>
/// One directory of Parsing/Cases: Kconfig input files, an optional <c>env</c> file, and what the
/// kernel's conf printed for it (expected_stdout, expected_stderr, expected_exit, and the finalised model
/// as kconfig-model-dump prints it, expected_model), written by Parsing/regenerate-cases.sh.
/// </summary>
internal sealed class FrontEndCase
{
    private FrontEndCase(string name, string directory)
    {
        Name = name;
        Directory = directory;
    }

    public string Name { get; }

    public string Directory { get; }

    public static string CasesDirectory => Path.Combine(KernelTree.RepositoryRoot, "tests", "Kconfig.Build.Engine.Tests", "Parsing", "Cases");

    public static IEnumerable<object[]> All =>
        System.IO.Directory.GetDirectories(CasesDirectory)
            .Select(d => Path.GetFileName(d))
            .Order(StringComparer.Ordinal)
            .Select(n => new object[] { n });

    public static FrontEndCase Named(string name) => new(name, Path.Combine(CasesDirectory, name));

    public string? Expected(string file)
    {
        string path = Path.Combine(Directory, file);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <summary>The environment of the case: PATH=/usr/bin:/bin and the lines of its env file.</summary>
    public Dictionary<string, string> Environment()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["PATH"] = "/usr/bin:/bin" };
        string? lines = Expected("env");
        foreach (string line in (lines ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = line.IndexOf('=');
            environment[line[..equals]] = line[(equals + 1)..];
        }

        return environment;
    }

    /// <summary>Copies the input files to a scratch directory (conf resolves sources against its working directory).</summary>
    public string CopyInputs()
    {
        string scratch = Path.Combine(Path.GetTempPath(), "kconfig-frontend-" + Guid.NewGuid().ToString("N"));
        foreach (string file in System.IO.Directory.GetFiles(Directory, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(Directory, file);
            string name = Path.GetFileName(relative);
            if (name.StartsWith("expected_", StringComparison.Ordinal) || relative == "env")
            {
                continue;
            }

            string target = Path.Combine(scratch, relative);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return scratch;
    }

    public KconfigLoadResult Load(string workingDirectory, string? probeCache = null) =>
        KconfigLoader.Load(new KconfigLoadOptions
        {
            SourceTree = workingDirectory,
            WorkingDirectory = workingDirectory,
            Environment = Environment(),
            ProbeCachePath = probeCache,
        });

    public static string Stdout(KconfigLoadResult result) => Join(result, stdout: true);

    public static string Stderr(KconfigLoadResult result) => Join(result, stdout: false);

    private static string Join(KconfigLoadResult result, bool stdout)
    {
        var text = new StringBuilder();
        foreach (ConfOutput output in result.ConfTranscript)
        {
            if (output.IsStdout == stdout)
            {
                text.Append(output.Text);
            }
        }

        return text.ToString();
    }
}
