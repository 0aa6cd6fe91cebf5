using Kconfig.Build.Cli.Conf;

namespace Kconfig.Build.Engine.Tests.Conf;

[TestClass]
public sealed class ConfArgumentsTests
{
    [TestMethod]
    [DataRow("--olddefconfig Kconfig", ConfMode.OldDefConfig, null, "Kconfig", false)]
    [DataRow("-s --alldefconfig Kconfig", ConfMode.AllDefConfig, null, "Kconfig", true)]
    [DataRow("Kconfig --defconfig=arch/x/defconfig", ConfMode.DefConfig, "arch/x/defconfig", "Kconfig", false)]
    [DataRow("--savedefconfig out Kconfig", ConfMode.SaveDefConfig, "out", "Kconfig", false)]
    [DataRow("--olddef Kconfig", ConfMode.OldDefConfig, null, "Kconfig", false)]
    [DataRow("--allnoconfig --allyesconfig Kconfig", ConfMode.AllYesConfig, null, "Kconfig", false)]
    [DataRow("Kconfig", ConfMode.OldAskConfig, null, "Kconfig", false)]
    public void ParsesAsGetoptLongDoes(string commandLine, ConfMode mode, string? file, string? kconfig, bool silent)
    {
        ConfArguments arguments = ConfArguments.Parse(commandLine.Split(' '), "conf");

        Assert.AreEqual(mode, arguments.Mode);
        Assert.AreEqual(file, arguments.DefconfigFile);
        Assert.AreEqual(kconfig, arguments.KconfigFile);
        Assert.AreEqual(silent, arguments.Silent);
        Assert.IsEmpty(arguments.Errors);
    }

    [TestMethod]
    [DataRow("--old Kconfig", "conf: option '--old' is ambiguous")]
    [DataRow("--bogus Kconfig", "conf: unrecognized option '--bogus'")]
    [DataRow("--defconfig", "conf: option '--defconfig' requires an argument")]
    [DataRow("-x Kconfig", "conf: invalid option -- 'x'")]
    public void ReportsWhatGetoptReports(string commandLine, string error)
    {
        ConfArguments arguments = ConfArguments.Parse(commandLine.Split(' '), "conf");

        CollectionAssert.AreEqual(new[] { error }, arguments.Errors);
    }
}
