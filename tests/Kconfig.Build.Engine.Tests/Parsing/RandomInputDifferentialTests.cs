using System.Diagnostics;
using System.Text;
using Kconfig.Build.Engine.Parsing;
using Kconfig.Build.Engine.Tests.FrontEndRealTree;
using Kconfig.Build.Engine.Tests.Infrastructure;

namespace Kconfig.Build.Engine.Tests.Parsing;

/// <summary>
/// Random statement soups (fixed seeds, so every run is the same) fed to the kernel's conf and to our
/// loader: the same text on stdout and stderr and the same exit status, whatever mix of valid and broken
/// statements, unterminated blocks and sourced files. Exercises bison's error recovery paths broadly.
/// </summary>
[TestClass]
public sealed class RandomInputDifferentialTests
{
    private static readonly string[] Lines =
    {
        "config A", "config B", "menuconfig M", "config C", "\tbool \"x\"", "\ttristate", "\tbool", "\tint \"i\"", "\thex",
        "\tstring \"s\"", "\tdefault y", "\tdefault A && B", "\tdefault 5", "\tdef_bool B", "\tdef_tristate m if A",
        "\tdepends on A", "\tdepends on B || !C", "\tselect B", "\timply C if A", "\trange 1 5", "\tprompt \"p\" if B",
        "\tmodules", "\thelp", "\t  help line", "  \t indented", string.Empty, "choice", "\tprompt \"c\"", "endchoice",
        "menu \"m\"", "\tvisible if A", "endmenu", "if A", "if B && C", "endif", "comment \"c\"", "source \"Kconfig.inc\"",
        "X := 1", "Y = $(X)", "$(info,hi $(Y))", "$(warning-if,y,w)", "mainmenu \"t\"", "option env=\"X\"", "foo bar",
        "\tdepends on (A", "\tdepends on A)", "\tdefault \"unterminated", "config", "\tbool \"a\" if", "endmenu extra",
        "---help---", "\toptional", "choice X", "\tdefault A", "\tdepends", "\tdepends on", "config D", "\tselect D",
        "\tdepends on D", "#comment", "\\", "config E \\", "\tbool",
    };

    private static readonly string[] Includes =
    {
        "config INC\n\tbool \"inc\"\n", "menu \"inc\"\n", "endmenu\n", "config INC\n\tbool",
    };

    [TestMethod]
    [DataRow(1)]
    [DataRow(2)]
    [DataRow(3)]
    public void RandomStatementsMatchConf(int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < 100; i++)
        {
            var text = new StringBuilder();
            int count = random.Next(1, 26);
            for (int line = 0; line < count; line++)
            {
                text.Append(Lines[random.Next(Lines.Length)]).Append(line + 1 < count ? "\n" : string.Empty);
            }

            if (random.Next(2) == 0)
            {
                text.Append('\n');
            }

            Compare(text.ToString(), Includes[random.Next(Includes.Length)], $"seed {seed}, file {i}");
        }
    }

    private static void Compare(string kconfig, string include, string what)
    {
        using var work = new ScratchDirectory();
        File.WriteAllText(System.IO.Path.Combine(work.Path, "Kconfig"), kconfig);
        File.WriteAllText(System.IO.Path.Combine(work.Path, "Kconfig.inc"), include);
        var environment = new Dictionary<string, string> { ["PATH"] = "/usr/bin:/bin" };
        ProcessResult conf = KernelRun.Run(
            KernelTree.ConfBinary,
            new[] { "--alldefconfig", "Kconfig" },
            new Dictionary<string, string>(environment) { ["KCONFIG_CONFIG"] = ".config" },
            work.Path);
        if (conf.ExitCode is not (0 or 1))
        {
            // conf itself crashed on this input; there is nothing to compare with.
            return;
        }

        KconfigLoadResult ours = KconfigLoader.Load(new KconfigLoadOptions { SourceTree = work.Path, Environment = environment });

        // After a successful parse conf goes on to evaluate and write .config; only its parse output is ours.
        string confStdout = conf.Stdout.EndsWith("#\n# configuration written to .config\n#\n", StringComparison.Ordinal)
            ? conf.Stdout[..^"#\n# configuration written to .config\n#\n".Length]
            : conf.Stdout;
        string confStderr = conf.Stderr;
        int evaluation = confStderr.IndexOf("\nWARNING: unmet direct dependencies detected", StringComparison.Ordinal);
        if (conf.ExitCode == 0 && evaluation >= 0)
        {
            confStderr = confStderr[..evaluation];
        }

        string context = $"{what}:\n{kconfig}\n---";
        Assert.AreEqual(confStderr, FrontEndCase.Stderr(ours), context);
        Assert.AreEqual(confStdout, FrontEndCase.Stdout(ours), context);
        Assert.AreEqual(conf.ExitCode, ours.Model is null ? 1 : 0, context);
    }
}
