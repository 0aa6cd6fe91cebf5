using Kconfig.Build.Engine.IO;

namespace Kconfig.Build.Engine.Tests.IO;

[TestClass]
public sealed class LinuxTouchTests
{
    private string _directory = null!;

    [TestInitialize]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("kconfig-touch-").FullName;

    [TestCleanup]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [TestMethod]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void CreatesAnEmptyFileAndEmptiesAnExistingOne()
    {
        Assert.IsTrue(OperatingSystem.IsLinux(), "these tests run where the SDK's CI runs: Linux");
        string created = Path.Combine(_directory, "NEW");
        string existing = Path.Combine(_directory, "OLD");
        File.WriteAllText(existing, "stale");
        File.SetLastWriteTimeUtc(existing, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.IsTrue(LinuxTouch.TryTouch(created));
        Assert.IsTrue(LinuxTouch.TryTouch(existing));

        Assert.AreEqual(0, new FileInfo(created).Length);
        Assert.AreEqual(0, new FileInfo(existing).Length);
        Assert.IsTrue(File.GetLastWriteTimeUtc(existing) > new DateTime(2020, 1, 2, 0, 0, 0, DateTimeKind.Utc), "O_TRUNC updates the modification time, which kbuild's fixdep watches");
        UnixFileMode mode = File.GetUnixFileMode(created);
        Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode & (UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
        Assert.AreEqual(UnixFileMode.None, mode & (UnixFileMode.GroupWrite | UnixFileMode.GroupExecute | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute));
    }

    [TestMethod]
    public void AnswersFalseWhereThePortablePathMustTakeOver()
    {
        Assert.IsFalse(LinuxTouch.TryTouch(Path.Combine(_directory, "missing", "A")), "a missing directory: the caller creates it");
        Assert.IsFalse(LinuxTouch.TryTouch(_directory), "a directory cannot be opened for writing");
        Assert.IsFalse(Directory.Exists(Path.Combine(_directory, "missing")));
    }
}
