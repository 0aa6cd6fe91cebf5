using Kconfig.Build.Engine.ConfigFiles;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Tests.Evaluation;

namespace Kconfig.Build.Engine.Tests.ConfigFiles;

[TestClass]
public sealed class ConfigFileIoTests
{
    private static Configuration Build()
    {
        var b = new TestModelBuilder();
        b.Config("A", SymbolType.Bool, "A");
        return new Configuration(b.Build());
    }

    [TestMethod]
    public void MissingConfigFileIsKC2007()
    {
        string missing = Path.Combine(Path.GetTempPath(), "kconfig-missing-" + Guid.NewGuid().ToString("N"));

        Diagnostic diagnostic = ConfigFileReader.Read(Build(), missing, "base.config").Single();

        Assert.AreEqual(DiagnosticCodes.ConfigFileNotFound, diagnostic.Code);
        Assert.AreEqual("base.config", diagnostic.Span.File);
        Assert.IsTrue(diagnostic.IsError);
    }

    [TestMethod]
    public void ConfigOntoADirectoryIsKC2008AndWritesNothing()
    {
        string directory = Directory.CreateTempSubdirectory("kconfig-io-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(directory, ".config"));

            ConfigWriteResult result = ConfigFileWriter.WriteConfig(Build(), directory, ".config", overwriteInPlace: false);

            Assert.AreEqual(".config: Is a directory", result.Error);
            Assert.AreEqual(DiagnosticCodes.ConfigWriteFailed, result.Diagnostic!.Code);
            CollectionAssert.AreEqual(new[] { ".config" }, Directory.EnumerateFileSystemEntries(directory).Select(Path.GetFileName).ToArray());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [TestMethod]
    public void SecondWriteOfTheSameConfigIsNoChangeAndKeepsNoOld()
    {
        string directory = Directory.CreateTempSubdirectory("kconfig-io-").FullName;
        try
        {
            Configuration configuration = Build();
            configuration.EvaluateAfterRead();
            Assert.AreEqual("configuration written to .config", ConfigFileWriter.WriteConfig(configuration, directory, ".config", false).Message);
            Assert.AreEqual("No change to .config", ConfigFileWriter.WriteConfig(configuration, directory, ".config", false).Message);
            Assert.IsFalse(File.Exists(Path.Combine(directory, ".config.old")));
            Assert.AreEqual(1, Directory.GetFiles(directory).Length, "no temporary file left behind");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
