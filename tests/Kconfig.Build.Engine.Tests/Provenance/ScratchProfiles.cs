namespace Kconfig.Build.Engine.Tests.Provenance;

/// <summary>A temporary folder holding the profiles a test writes; deleted on dispose.</summary>
internal sealed class ScratchProfiles : IDisposable
{
    public ScratchProfiles() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "kconfig-insight-test-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes <paramref name="text"/> (with <c>\n</c> line endings) as <paramref name="name"/> and returns its path.</summary>
    public string Write(string name, string text)
    {
        string path = Path.Combine(Root, name);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
