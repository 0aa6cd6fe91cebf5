using System.Text;
using Kconfig.Build.Cli.Conf;
using Kconfig.Build.Engine.Tests.FrontEndRealTree;
using Kconfig.Build.Engine.Tests.Infrastructure;

namespace Kconfig.Build.Engine.Tests.Differential;

/// <summary>
/// One differential case: a Kconfig file and a .config, run through the kernel's conf and through our
/// <c>kconfig conf</c> (in-process) in every mode, each tool in its own object directory. Streams, exit
/// codes, .config, .config.old and the defconfig are compared byte for byte, auto.conf and autoconf.h as
/// sorted line sets (conf writes them in hash order), every other file byte for byte.
/// </summary>
internal static class DifferentialCase
{
    /// <summary>Every mode conf is compared in: name, arguments, whether the .config is given to it.</summary>
    public static readonly (string Name, string[] Arguments, bool WithConfig)[] Modes =
    {
        ("olddefconfig", new[] { "--olddefconfig", "Kconfig" }, true),
        ("alldefconfig", new[] { "--alldefconfig", "Kconfig" }, false),
        ("allnoconfig", new[] { "--allnoconfig", "Kconfig" }, false),
        ("allyesconfig", new[] { "--allyesconfig", "Kconfig" }, false),
        ("allmodconfig", new[] { "--allmodconfig", "Kconfig" }, false),
        ("defconfig", new[] { "--defconfig=input.defconfig", "Kconfig" }, false),
        ("savedefconfig", new[] { "--savedefconfig=defconfig", "Kconfig" }, true),
        ("syncconfig", new[] { "--syncconfig", "Kconfig" }, true),
    };

    private static readonly string[] LineSetFiles = { "include/config/auto.conf", "include/generated/autoconf.h" };

    /// <summary>
    /// Runs every mode; returns a description of the first difference, or null when all agree.
    /// <paramref name="confUndefined"/> is set when conf itself printed uninitialised memory ("Oops! How to
    /// check" of a corrupt expression, or crashed): such a case has no truth to compare with.
    /// </summary>
    public static string? Compare(string kconfig, string config, out bool confUndefined)
    {
        confUndefined = false;
        string root = Path.Combine(Path.GetTempPath(), "kconfig-diff-" + Guid.NewGuid().ToString("N"));
        try
        {
            string source = Path.Combine(root, "src");
            Directory.CreateDirectory(source);
            File.WriteAllText(Path.Combine(source, "Kconfig"), kconfig);
            foreach ((string name, string[] arguments, bool withConfig) in Modes)
            {
                // syncconfig asks for every symbol new to its .config, as make's syncconfig never does (it
                // runs after a config target); with stdin at end of file conf asks an out-of-range int again
                // forever. So it gets the .config conf's olddefconfig wrote, as make would hand it.
                string input = name == "syncconfig" ? ReadOrEmpty(Path.Combine(root, "olddefconfig", "conf", ".config")) : config;
                if (name == "syncconfig" && input.Length == 0)
                {
                    continue;
                }

                string? difference = CompareMode(root, source, name, arguments, withConfig, input, ref confUndefined);
                if (confUndefined)
                {
                    return null;
                }

                if (difference is not null)
                {
                    return name + ": " + difference;
                }
            }

            return null;
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string? CompareMode(string root, string source, string mode, string[] arguments, bool withConfig, string config, ref bool confUndefined)
    {
        string confDirectory = Prepare(Path.Combine(root, mode, "conf"), withConfig, config);
        string oursDirectory = Prepare(Path.Combine(root, mode, "ours"), withConfig, config);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = "/usr/bin:/bin",
            ["srctree"] = source,
        };

        ProcessResult conf = KernelRun.Run(KernelTree.ConfBinary, arguments, environment, confDirectory);
        if (conf.ExitCode is not (0 or 1) || conf.Stderr.Contains("Oops! How to check", StringComparison.Ordinal))
        {
            confUndefined = true;
            return null;
        }

        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exit;
        try
        {
            exit = ConfCommand.Run(arguments, environment, oursDirectory, TextReader.Null, stdout, stderr);
        }
        catch (Exception e)
        {
            return "exception " + e;
        }

        if (conf.ExitCode != exit)
        {
            return $"exit code: conf {conf.ExitCode}, ours {exit}\nconf stderr:\n{conf.Stderr}\nour stderr:\n{stderr}";
        }

        if (conf.Stdout != stdout.ToString())
        {
            return $"stdout:\n--- conf\n{conf.Stdout}\n--- ours\n{stdout}";
        }

        if (conf.Stderr != stderr.ToString())
        {
            return $"stderr:\n--- conf\n{conf.Stderr}\n--- ours\n{stderr}";
        }

        return CompareFiles(confDirectory, oursDirectory);
    }

    private static string ReadOrEmpty(string path) => File.Exists(path) ? File.ReadAllText(path) : string.Empty;

    private static string Prepare(string directory, bool withConfig, string config)
    {
        Directory.CreateDirectory(directory);
        if (withConfig)
        {
            File.WriteAllText(Path.Combine(directory, ".config"), config);
        }

        File.WriteAllText(Path.Combine(directory, "input.defconfig"), config);
        return directory;
    }

    private static string? CompareFiles(string confDirectory, string oursDirectory)
    {
        SortedSet<string> confFiles = Files(confDirectory);
        SortedSet<string> ourFiles = Files(oursDirectory);
        if (!confFiles.SetEquals(ourFiles))
        {
            return $"files: conf [{string.Join(", ", confFiles)}], ours [{string.Join(", ", ourFiles)}]";
        }

        foreach (string file in confFiles)
        {
            string expected = File.ReadAllText(Path.Combine(confDirectory, file));
            string actual = File.ReadAllText(Path.Combine(oursDirectory, file));
            if (LineSetFiles.Contains(file))
            {
                expected = SortedLines(expected);
                actual = SortedLines(actual);
            }

            if (expected != actual)
            {
                return $"{file}:\n--- conf\n{expected}\n--- ours\n{actual}";
            }
        }

        return null;
    }

    private static SortedSet<string> Files(string directory) => new(
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/')),
        StringComparer.Ordinal);

    private static string SortedLines(string text)
    {
        string[] lines = text.Split('\n');
        Array.Sort(lines, StringComparer.Ordinal);
        return string.Join("\n", lines);
    }

    /// <summary>Keeps a failing case as a regression case: Kconfig and config under <paramref name="directory"/>/<paramref name="name"/>.</summary>
    public static void Keep(string directory, string name, string kconfig, string config, string difference)
    {
        string target = Path.Combine(directory, name);
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "Kconfig"), kconfig);
        File.WriteAllText(Path.Combine(target, "config"), config);
        var note = new StringBuilder();
        foreach (string line in difference.Split('\n').Take(40))
        {
            note.Append("# ").Append(line).Append('\n');
        }

        File.WriteAllText(Path.Combine(target, "difference.txt"), note.ToString());
    }
}
