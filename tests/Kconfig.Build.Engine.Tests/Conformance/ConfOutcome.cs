namespace Kconfig.Build.Engine.Tests.Conformance;

/// <summary>What a conf run left behind: its streams, exit code, and every file of the object directory.</summary>
internal sealed record ConfOutcome(string Stdout, string Stderr, int ExitCode, IReadOnlyDictionary<string, byte[]> Files)
{
    public static IReadOnlyDictionary<string, byte[]> Snapshot(string directory)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (!Directory.Exists(directory))
        {
            // git keeps no empty directory: a run that left nothing has no tree/.
            return files;
        }

        foreach (string file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(directory, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }

        return files;
    }

    /// <summary>Asserts <paramref name="actual"/> equals <paramref name="expected"/>, naming the first difference.</summary>
    public static void AssertSame(ConfOutcome expected, ConfOutcome actual, string what)
    {
        AssertText(expected.Stdout, actual.Stdout, what + " stdout");
        AssertText(expected.Stderr, actual.Stderr, what + " stderr");
        Assert.AreEqual(expected.ExitCode, actual.ExitCode, what + " exit code");
        string expectedList = string.Join("\n", expected.Files.Keys);
        string actualList = string.Join("\n", actual.Files.Keys);
        AssertText(expectedList, actualList, what + " file list");
        foreach ((string name, byte[] bytes) in expected.Files)
        {
            AssertText(System.Text.Encoding.UTF8.GetString(bytes), System.Text.Encoding.UTF8.GetString(actual.Files[name]), $"{what} {name}");
        }
    }

    public static void AssertText(string expected, string actual, string what)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return;
        }

        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        int line = 0;
        while (line < e.Length && line < a.Length && string.Equals(e[line], a[line], StringComparison.Ordinal))
        {
            line++;
        }

        Assert.Fail($"{what} differs at line {line + 1}:\n  expected: {(line < e.Length ? e[line] : "<end>")}\n  actual:   {(line < a.Length ? a[line] : "<end>")}\n--- expected ---\n{expected}\n--- actual ---\n{actual}");
    }
}
