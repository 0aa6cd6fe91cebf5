using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Diagnostics;

/// <summary>An append-only list of diagnostics collected by one stage of the pipeline.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();

    public IReadOnlyList<Diagnostic> Items => _items;

    public int Count => _items.Count;

    public bool HasErrors { get; private set; }

    public void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        HasErrors |= diagnostic.IsError;
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (Diagnostic d in diagnostics)
        {
            Add(d);
        }
    }

    public void Error(string code, SourceSpan span, string message) => Add(Diagnostic.Error(code, span, message));

    public void Warning(string code, SourceSpan span, string message) => Add(Diagnostic.Warning(code, span, message));

    public void Info(string code, SourceSpan span, string message) => Add(Diagnostic.Info(code, span, message));
}
