using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Parsing;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Lexing;

/// <summary>
/// Collects what the front end reports: diagnostics as data, and beside them the exact text conf would
/// print, so the CLI can reproduce conf's output without parsing messages.
/// </summary>
internal sealed class FrontEndLog
{
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<ConfOutput> _transcript = new();

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics.Items;

    public IReadOnlyList<ConfOutput> Transcript => _transcript;

    public bool HasErrors => _diagnostics.HasErrors;

    /// <summary>Errors counted as conf's <c>yynerrs</c>: any of them stops the load before finalisation.</summary>
    public int ErrorCount { get; private set; }

    public void Report(Diagnostic diagnostic, string confText)
    {
        _diagnostics.Add(diagnostic);
        if (diagnostic.IsError)
        {
            ErrorCount++;
        }

        if (confText.Length > 0)
        {
            _transcript.Add(new ConfOutput(IsStdout: false, confText));
        }
    }

    /// <summary>conf's <c>FILE:LINE:warning: text</c> form (lexer, menu_warn, prop_warn).</summary>
    public void WarnAt(string code, SourceSpan span, string message) =>
        Report(Diagnostic.Warning(code, span, message), $"{span.File}:{span.Line}:warning: {message}\n");

    /// <summary>conf's <c>FILE:LINE: text</c> form for an error (zconf_error, yyerror, pperror).</summary>
    public void ErrorAt(string code, SourceSpan span, string message) =>
        Report(Diagnostic.Error(code, span, message), $"{span.File}:{span.Line}: {message}\n");

    /// <summary>conf's <c>FILE:LINE: error: text</c> form (choice checks).</summary>
    public void ErrorWithPrefixAt(string code, SourceSpan span, string message) =>
        Report(Diagnostic.Error(code, span, message), $"{span.File}:{span.Line}: error: {message}\n");

    /// <summary>conf's <c>FILE:LINE: warning: text</c> form (zconfprint).</summary>
    public void WarnWithSpaceAt(string code, SourceSpan span, string message) =>
        Report(Diagnostic.Warning(code, span, message), $"{span.File}:{span.Line}: warning: {message}\n");

    /// <summary>Text conf prints on stdout, kept also as an info diagnostic.</summary>
    public void Stdout(string code, SourceSpan span, string message, string confText)
    {
        _diagnostics.Add(Diagnostic.Info(code, span, message));
        _transcript.Add(new ConfOutput(IsStdout: true, confText));
    }

    /// <summary>Raw text conf lets through to its stderr (a probe's own stderr).</summary>
    public void RawStderr(string text)
    {
        if (text.Length > 0)
        {
            _transcript.Add(new ConfOutput(IsStdout: false, text));
        }
    }

    /// <summary>An error after which conf exits at once.</summary>
    public FatalFrontEndException Fatal(string code, SourceSpan span, string message, string confText)
    {
        Report(Diagnostic.Error(code, span, message), confText);
        return new FatalFrontEndException();
    }
}
