namespace Kconfig.Build.Engine.Lexing;

/// <summary>One token: its kind, its text (words, strings, help text, assigned values) and where it starts.</summary>
internal readonly record struct Token(TokenKind Kind, string? Text, string File, int Line, int Column);
