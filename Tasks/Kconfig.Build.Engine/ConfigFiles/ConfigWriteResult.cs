using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.ConfigFiles;

/// <summary>The outcome of writing one of conf's files: the message conf prints, or why it failed.</summary>
/// <param name="Message">What conf reports on success ("configuration written to .config"); null when silent.</param>
/// <param name="Error">Why the write failed, in conf's words; null on success.</param>
/// <param name="File">The file concerned by the error, when one is.</param>
public sealed record ConfigWriteResult(string? Message, string? Error, string? File)
{
    public bool Succeeded => Error is null;

    /// <summary>The failure as error KC2008, for callers that report diagnostics; null on success.</summary>
    public Diagnostic? Diagnostic => Error is null
        ? null
        : Diagnostics.Diagnostic.Error(DiagnosticCodes.ConfigWriteFailed, File is null ? SourceSpan.None : SourceSpan.At(File, 0, 0), Error);

    public static ConfigWriteResult Written(string? message) => new(message, null, null);

    public static ConfigWriteResult Failed(string? file, string error) => new(null, error, file);
}
