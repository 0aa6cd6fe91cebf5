using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.ConfigFiles;

/// <summary>Reads a .config file or fragment from disk into a configuration's user values.</summary>
public static class ConfigFileReader
{
    /// <summary>
    /// conf_read_simple() of <paramref name="path"/>; <paramref name="displayName"/> (default: the path)
    /// is the name warnings carry. A file that cannot be read gives error KC2007 and leaves the
    /// configuration untouched, as conf does.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Read(Configuration configuration, string path, string? displayName = null)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new[]
            {
                Diagnostic.Error(DiagnosticCodes.ConfigFileNotFound, SourceSpan.At(displayName ?? path, 0, 0), $"can't read config file: {e.Message}"),
            };
        }

        return configuration.ReadConfig(displayName ?? path, text);
    }
}
