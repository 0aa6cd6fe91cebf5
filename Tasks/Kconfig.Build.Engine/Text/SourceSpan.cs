namespace Kconfig.Build.Engine.Text;

/// <summary>
/// A location in a source file: 1-based line and column of the first character, and of the last
/// character (inclusive). Column counts characters, a tab counting as one. <see cref="None"/> marks a
/// diagnostic that has no file (for example, a missing environment variable).
/// </summary>
public readonly record struct SourceSpan(string File, int Line, int Column, int EndLine, int EndColumn)
{
    public static SourceSpan None { get; } = new(string.Empty, 0, 0, 0, 0);

    public bool IsNone => File.Length == 0;

    public static SourceSpan At(string file, int line, int column) => new(file, line, column, line, column);

    public static SourceSpan AtLine(string file, int line) => new(file, line, 1, line, 1);

    /// <summary>The kernel's own form, <c>file:line</c>, as conf prints it.</summary>
    public string ToFileLine() => IsNone ? string.Empty : $"{File}:{Line}";

    public override string ToString() => IsNone ? string.Empty : $"{File}:{Line}:{Column}";
}
