using System.Text;
using Microsoft.Win32.SafeHandles;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Preprocessing;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Lexing;

/// <summary>
/// The Kconfig lexer, following lexer.l: keywords, words (expanded in place when they hold a macro
/// reference), quoted strings, help blocks, macro assignment values, and the stack of sourced files.
/// It tracks conf's two line numbers: <see cref="LexerLine"/> (flex's yylineno, used by macro messages)
/// and <see cref="StatementLine"/> (cur_lineno, the line of the statement's first token, used by the parser).
/// </summary>
internal sealed class Lexer
{
    private const int MaxFileLength = 64 * 1024 * 1024;
    private const int MaxSourceDepth = 256;

    private static readonly Dictionary<string, TokenKind> Keywords = new(StringComparer.Ordinal)
    {
        ["bool"] = TokenKind.Bool,
        ["choice"] = TokenKind.Choice,
        ["comment"] = TokenKind.Comment,
        ["config"] = TokenKind.Config,
        ["def_bool"] = TokenKind.DefBool,
        ["def_tristate"] = TokenKind.DefTristate,
        ["default"] = TokenKind.Default,
        ["depends"] = TokenKind.Depends,
        ["endchoice"] = TokenKind.EndChoice,
        ["endif"] = TokenKind.EndIf,
        ["endmenu"] = TokenKind.EndMenu,
        ["help"] = TokenKind.Help,
        ["hex"] = TokenKind.Hex,
        ["if"] = TokenKind.If,
        ["imply"] = TokenKind.Imply,
        ["int"] = TokenKind.Int,
        ["mainmenu"] = TokenKind.MainMenu,
        ["menu"] = TokenKind.Menu,
        ["menuconfig"] = TokenKind.MenuConfig,
        ["modules"] = TokenKind.Modules,
        ["on"] = TokenKind.On,
        ["prompt"] = TokenKind.Prompt,
        ["range"] = TokenKind.Range,
        ["select"] = TokenKind.Select,
        ["source"] = TokenKind.Source,
        ["string"] = TokenKind.String,
        ["tristate"] = TokenKind.Tristate,
        ["visible"] = TokenKind.Visible,
    };

    private readonly FrontEndLog _log;
    private readonly string _workingDirectory;
    private readonly string? _sourceTree;
    private readonly List<string> _files = new();
    private readonly HashSet<string> _fileSet = new(StringComparer.Ordinal);
    private SourceBuffer? _buffer;
    private byte[] _readBuffer = new byte[64 * 1024];
    private readonly List<char[]> _charBuffers = new();
    private readonly WordTable _words = new(Keywords);

    // One builder for every string and help text: they are built one at a time, and a fresh builder per
    // token was a fifth of the front end's allocations (its chunks regrown for each help block).
    private readonly StringBuilder _scratch = new();
    private LexState _state = LexState.Initial;
    private TokenKind _previous = TokenKind.Eol;
    private TokenKind _previousPrevious = TokenKind.Eol;
    private bool _finished;
    private int _sourceDepth;

    public Lexer(FrontEndLog log, string workingDirectory, string? sourceTree)
    {
        _log = log;
        _workingDirectory = workingDirectory;
        _sourceTree = sourceTree;
    }

    private enum LexState
    {
        Initial,
        AssignValue,
        Help,
    }

    /// <summary>Set after construction: words and strings are expanded through it.</summary>
    public MacroExpander Expander { get; set; } = null!;

    /// <summary>Every file opened, in first-open order (file_lookup), named as written.</summary>
    public IReadOnlyList<string> Files => _files;

    /// <summary>The file being read (cur_filename).</summary>
    public string CurrentFile { get; private set; } = string.Empty;

    /// <summary>The line of the current statement's first token (cur_lineno).</summary>
    public int StatementLine { get; private set; }

    /// <summary>The line the lexer is on (yylineno).</summary>
    public int LexerLine => _buffer?.Line ?? StatementLine;

    /// <summary>cur_filename:cur_lineno, where conf reports parser messages.</summary>
    public SourceSpan StatementSpan => SourceSpan.AtLine(CurrentFile, StatementLine);

    /// <summary>Opens the top-level file (zconf_initscan); false, with a diagnostic, if it cannot be found.</summary>
    public bool Start(string name)
    {
        char[]? text = Open(name, depth: 0, out int length, out string? problem);
        if (text is null)
        {
            _log.Report(
                Diagnostic.Error(DiagnosticCodes.KconfigFileNotFound, SourceSpan.None, problem ?? $"can't find file {name}"),
                $"can't find file {name}\n");
            return false;
        }

        _buffer = new SourceBuffer(name, text, length, parent: null, sourceLine: 0);
        CurrentFile = Lookup(name);
        return true;
    }

    /// <summary>
    /// Switches to a sourced file (zconf_nextfile), after the <c>source</c> statement's end of line.
    /// Missing files and recursive inclusion are fatal, as in conf.
    /// </summary>
    public void PushFile(string name)
    {
        SourceSpan at = StatementSpan;
        char[]? text = Open(name, _sourceDepth + 1, out int length, out string? problem);
        if (text is null)
        {
            string message = $"can't open file \"{name}\"";
            throw _log.Fatal(DiagnosticCodes.SourceFileNotFound, at, problem ?? message, $"{at.File}:{at.Line}: {message}\n");
        }

        var includedFrom = new List<(string File, int Line)>();
        bool recursive = false;
        for (SourceBuffer? b = _buffer; b is not null; b = b.Parent)
        {
            includedFrom.Add((b.Name, b == _buffer ? StatementLine : b.Child!.SourceLine));
            if (string.Equals(b.Name, name, StringComparison.Ordinal))
            {
                recursive = true;
            }
        }

        if (recursive)
        {
            var message = new StringBuilder();
            message.Append("Recursive inclusion detected.\nInclusion path:\n  current file : ").Append(name).Append('\n');
            foreach ((string file, int line) in includedFrom)
            {
                message.Append("  included from: ").Append(file).Append(':').Append(line).Append('\n');
            }

            string text2 = message.ToString();
            throw _log.Fatal(DiagnosticCodes.RecursiveInclusion, at, text2.TrimEnd('\n'), text2);
        }

        if (++_sourceDepth > MaxSourceDepth)
        {
            throw _log.Fatal(DiagnosticCodes.InputLimitExceeded, at, $"source nested deeper than {MaxSourceDepth} files", $"{at.File}:{at.Line}: source nested deeper than {MaxSourceDepth} files\n");
        }

        var buffer = new SourceBuffer(name, text, length, _buffer, StatementLine);
        _buffer!.Child = buffer;
        _buffer = buffer;
        CurrentFile = Lookup(name);
    }

    /// <summary>Starts a help block (zconf_starthelp): the next token is its text.</summary>
    public void StartHelp() => _state = LexState.Help;

    /// <summary>The next token, as the parser sees it (yylex): repeated ends of line dropped.</summary>
    public Token Next()
    {
        Token token;
        while (true)
        {
            token = NextRaw();
            if (_previous is TokenKind.Eol or TokenKind.HelpText)
            {
                if (token.Kind == TokenKind.Eol)
                {
                    continue;
                }

                StatementLine = LexerLine;
            }

            break;
        }

        if (_previousPrevious == TokenKind.Eol && _previous == TokenKind.Word &&
            token.Kind is TokenKind.Equal or TokenKind.ColonEqual or TokenKind.PlusEqual)
        {
            _state = LexState.AssignValue;
        }

        _previousPrevious = _previous;
        _previous = token.Kind;
        return token;
    }

    private string Lookup(string name)
    {
        if (_fileSet.Add(name))
        {
            _files.Add(name);
        }

        return name;
    }

    // The file's text, decoded into the character buffer of its source depth (reused by every file read at
    // that depth: the files' text as strings was a quarter of the front end's allocations).
    private char[]? Open(string name, int depth, out int length, out string? problem)
    {
        problem = null;
        length = 0;
        if (name.Length == 0 || name.Contains('\0'))
        {
            return null;
        }

        int total = -1;
        foreach (string path in Candidates(name))
        {
            total = Read(path, name, out problem);
            if (total >= 0 || problem is not null)
            {
                break;
            }
        }

        if (total < 0)
        {
            return null;
        }

        while (_charBuffers.Count <= depth)
        {
            _charBuffers.Add(new char[16 * 1024]);
        }

        int needed = Encoding.UTF8.GetMaxCharCount(total);
        if (_charBuffers[depth].Length < needed)
        {
            _charBuffers[depth] = new char[Math.Max(needed, _charBuffers[depth].Length * 2)];
        }

        // The same decoding as Encoding.UTF8.GetString: invalid sequences become U+FFFD.
        length = Encoding.UTF8.GetChars(_readBuffer, 0, total, _charBuffers[depth], 0);
        return _charBuffers[depth];
    }

    // zconf_fopen(): as given (relative to the working directory), then under $srctree. Each candidate is
    // opened, not first tested for existence: a kernel tree has ~1 600 Kconfig files, and a stat before
    // each open was a quarter of the front end's system calls.
    private IEnumerable<string> Candidates(string name)
    {
        if (Path.IsPathRooted(name))
        {
            yield return name;
            yield break;
        }

        string direct = Path.Combine(_workingDirectory, name);
        string? underTree = _sourceTree is null ? null : Path.Combine(_sourceTree, name);
        // The usual layout builds in another directory (O=): the file is rarely there, and a failed open
        // costs an exception, so that candidate is tested first. In the tree itself both are one path.
        if (underTree is null || !string.Equals(direct, underTree, StringComparison.Ordinal))
        {
            if (File.Exists(direct))
            {
                yield return direct;
            }

            if (underTree is null)
            {
                yield break;
            }
        }

        yield return underTree;
    }

    // Reads the whole file into the shared byte buffer: its length, or -1 if there is no such file (problem
    // stays null), or -1 with a problem when it exists but cannot be read or is too large.
    private int Read(string path, string name, out string? problem)
    {
        problem = null;
        try
        {
            // No FileStream: its buffer, position checks and second fstat per file are not needed to read a
            // file once from start to end into one buffer reused for every file of the tree.
            using SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);

            // A device or pipe (/dev/zero, a FIFO) reports length 0 and may never end: read at most one byte
            // past the limit, whatever the file claims.
            int total = 0;
            while (true)
            {
                if (total == _readBuffer.Length)
                {
                    if (total > MaxFileLength)
                    {
                        problem = $"file \"{name}\" is larger than {MaxFileLength} bytes";
                        return -1;
                    }

                    Array.Resize(ref _readBuffer, Math.Min(total * 2, MaxFileLength + 1));
                }

                int read = RandomAccess.Read(handle, _readBuffer.AsSpan(total), total);
                if (read == 0)
                {
                    return total;
                }

                total += read;
            }
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return -1;
        }
        catch (UnauthorizedAccessException) when (Directory.Exists(path))
        {
            // A directory of that name is no file to read (as before: not found).
            return -1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"can't read file \"{name}\": {e.Message}";
            return -1;
        }
    }

    private Token Make(TokenKind kind, string? text, int line, int column) => new(kind, text, CurrentFile, line, column);

    private Token NextRaw()
    {
        if (_finished || _buffer is null)
        {
            return Make(TokenKind.EndOfInput, null, StatementLine, 1);
        }

        return _state switch
        {
            LexState.Help => LexHelp(),
            LexState.AssignValue => LexAssignValue(),
            _ => LexInitial(),
        };
    }

    private Token EndOfFile()
    {
        SourceBuffer buffer = _buffer!;
        _state = LexState.Initial;
        if (_previous is not TokenKind.Eol and not TokenKind.HelpText)
        {
            _log.WarnAt(DiagnosticCodes.NoNewLineAtEndOfFile, SourceSpan.At(CurrentFile, buffer.Line, buffer.Column), "no new line at end of file");
        }

        if (buffer.Parent is not null)
        {
            _buffer = buffer.Parent;
            _buffer.Child = null;
            _sourceDepth--;
            CurrentFile = _buffer.Name;
            return Make(TokenKind.Eol, null, buffer.Line, buffer.Column);
        }

        _finished = true;
        return Make(TokenKind.EndOfInput, null, buffer.Line, buffer.Column);
    }

    private Token LexInitial()
    {
        SourceBuffer b = _buffer!;
        ReadOnlySpan<char> text = b.Text;
        while (true)
        {
            if (b.Position >= text.Length)
            {
                return EndOfFile();
            }

            char c = text[b.Position];
            int line = b.Line;
            int column = b.Column;
            switch (c)
            {
                case '#':
                {
                    // The comment runs to the end of the line, found by a vectorised search.
                    int newLine = IndexOfNewLine(text, b.Position);
                    b.Position = newLine < 0 ? text.Length : newLine;
                    continue;
                }
                case ' ':
                case '\t':
                    b.Position++;
                    continue;
                case '\\' when b.Peek(1) == '\n':
                    b.Position += 2;
                    b.NewLine();
                    continue;
                case '\n':
                    b.Position++;
                    b.NewLine();
                    return Make(TokenKind.Eol, null, line, column);
                case '"':
                case '\'':
                    b.Position++;
                    return LexString(c, line, column);
                case '|' when b.Peek(1) == '|':
                    b.Position += 2;
                    return Make(TokenKind.Or, null, line, column);
                case '&' when b.Peek(1) == '&':
                    b.Position += 2;
                    return Make(TokenKind.And, null, line, column);
                case '=':
                    b.Position++;
                    return Make(TokenKind.Equal, null, line, column);
                case '!':
                    if (b.Peek(1) == '=')
                    {
                        b.Position += 2;
                        return Make(TokenKind.Unequal, null, line, column);
                    }

                    b.Position++;
                    return Make(TokenKind.Not, null, line, column);
                case '<':
                    if (b.Peek(1) == '=')
                    {
                        b.Position += 2;
                        return Make(TokenKind.LessEqual, null, line, column);
                    }

                    b.Position++;
                    return Make(TokenKind.Less, null, line, column);
                case '>':
                    if (b.Peek(1) == '=')
                    {
                        b.Position += 2;
                        return Make(TokenKind.GreaterEqual, null, line, column);
                    }

                    b.Position++;
                    return Make(TokenKind.Greater, null, line, column);
                case '(':
                    b.Position++;
                    return Make(TokenKind.OpenParen, null, line, column);
                case ')':
                    b.Position++;
                    return Make(TokenKind.CloseParen, null, line, column);
                case ':' when b.Peek(1) == '=':
                    b.Position += 2;
                    return Make(TokenKind.ColonEqual, null, line, column);
                case '+' when b.Peek(1) == '=':
                    b.Position += 2;
                    return Make(TokenKind.PlusEqual, null, line, column);
            }

            if (IsWordCharacter(c) || c == '$')
            {
                int start = b.Position;
                int end = start;
                bool hasDollar = false;
                while (end < text.Length && (IsWordCharacter(text[end]) || text[end] == '$'))
                {
                    hasDollar |= text[end] == '$';
                    end++;
                }

                if (!hasDollar)
                {
                    b.Position = end;
                    string word = _words.Intern(text.Slice(start, end - start), out TokenKind kind);
                    return kind == TokenKind.Word ? Make(TokenKind.Word, word, line, column) : Make(kind, null, line, column);
                }

                // expand_token(): the expansion sees the rest of the line and stops at the token's end.
                int lineEnd = IndexOfNewLine(text, start);
                string rest = new string(text.Slice(start, (lineEnd < 0 ? text.Length : lineEnd) - start));
                int consumed = 0;
                string expanded = Expander.ExpandOneToken(rest, ref consumed);
                b.Position = start + consumed;
                if (expanded.Length > 0)
                {
                    return Make(TokenKind.Word, expanded, line, column);
                }

                continue;
            }

            b.Position++;
            _log.WarnAt(DiagnosticCodes.UnsupportedCharacter, SourceSpan.At(CurrentFile, line, column), $"ignoring unsupported character '{c}'");
        }
    }

    private static int IndexOfNewLine(ReadOnlySpan<char> text, int start)
    {
        int offset = text[start..].IndexOf('\n');
        return offset < 0 ? -1 : start + offset;
    }

    private static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-';

    private Token LexString(char quote, int line, int column)
    {
        SourceBuffer b = _buffer!;
        ReadOnlySpan<char> text = b.Text;
        StringBuilder value = _scratch.Clear();
        while (true)
        {
            if (b.Position >= text.Length)
            {
                return Make(TokenKind.WordQuote, value.ToString(), line, column);
            }

            char c = text[b.Position];
            switch (c)
            {
                case '$':
                {
                    int lineEnd = IndexOfNewLine(text, b.Position);
                    string rest = new string(text.Slice(b.Position + 1, (lineEnd < 0 ? text.Length : lineEnd) - b.Position - 1));
                    int consumed = 0;
                    value.Append(Expander.ExpandDollar(rest, ref consumed));
                    b.Position += 1 + consumed;
                    continue;
                }

                case '\\':
                    b.Position++;
                    if (b.Position < text.Length && text[b.Position] != '\n')
                    {
                        value.Append(text[b.Position]);
                        b.Position++;
                    }

                    continue;
                case '"':
                case '\'':
                    b.Position++;
                    if (c == quote)
                    {
                        return Make(TokenKind.WordQuote, value.ToString(), line, column);
                    }

                    value.Append(c);
                    continue;
                case '\n':
                    _log.WarnAt(DiagnosticCodes.MultiLineString, SourceSpan.At(CurrentFile, StatementLine, column), "multi-line strings not supported");
                    return Make(TokenKind.WordQuote, value.ToString(), line, column);
                default:
                    int start = b.Position;
                    while (b.Position < text.Length && text[b.Position] is not ('$' or '\'' or '"' or '\\' or '\n'))
                    {
                        b.Position++;
                    }

                    value.Append(text.Slice(start, b.Position - start));
                    continue;
            }
        }
    }

    private Token LexAssignValue()
    {
        SourceBuffer b = _buffer!;
        ReadOnlySpan<char> text = b.Text;
        while (true)
        {
            if (b.Position >= text.Length)
            {
                return EndOfFile();
            }

            char c = text[b.Position];
            int line = b.Line;
            int column = b.Column;
            if (c == '\n')
            {
                b.Position++;
                b.NewLine();
                _state = LexState.Initial;
                return Make(TokenKind.Eol, null, line, column);
            }

            if (c is ' ' or '\t')
            {
                b.Position++;
                continue;
            }

            int lineEnd = IndexOfNewLine(text, b.Position);
            int end = lineEnd < 0 ? text.Length : lineEnd;
            string value = new string(text.Slice(b.Position, end - b.Position));
            b.Position = end;
            return Make(TokenKind.AssignValue, value, line, column);
        }
    }

    // The HELP start condition: indentation fixed by the first non-blank line, tabs to multiples of 8.
    private Token LexHelp()
    {
        SourceBuffer b = _buffer!;
        ReadOnlySpan<char> text = b.Text;
        StringBuilder help = _scratch.Clear();
        int firstIndent = 0;
        int lastIndent = 0;
        int line = b.Line;
        int column = b.Column;
        while (true)
        {
            if (b.Position >= text.Length)
            {
                _state = LexState.Initial;
                return Make(TokenKind.HelpText, help.ToString(), line, column);
            }

            char c = text[b.Position];
            if (c is ' ' or '\t')
            {
                int end = b.Position;
                int indent = 0;
                while (end < text.Length && text[end] is ' ' or '\t')
                {
                    indent = text[end] == '\t' ? (indent & ~7) + 8 : indent + 1;
                    end++;
                }

                if (end >= text.Length || text[end] == '\n')
                {
                    // A blank line: [ \t]*\n, handled below with the newline.
                    BlankLine(text, end);
                    if (_state != LexState.Help)
                    {
                        return Make(TokenKind.HelpText, help.ToString(), line, column);
                    }

                    continue;
                }

                b.Position = end;
                lastIndent = indent;
                if (firstIndent != 0)
                {
                    if (indent < firstIndent)
                    {
                        _state = LexState.Initial;
                        return Make(TokenKind.HelpText, help.ToString(), line, column);
                    }

                    help.Append(' ', indent - firstIndent);
                }

                continue;
            }

            if (c == '\n')
            {
                BlankLine(text, b.Position);
                if (_state != LexState.Help)
                {
                    return Make(TokenKind.HelpText, help.ToString(), line, column);
                }

                continue;
            }

            // [^ \t\n].* : the text of a line, trailing blanks dropped.
            int lineEnd = IndexOfNewLine(text, b.Position);
            int stop = lineEnd < 0 ? text.Length : lineEnd;
            int trimmed = stop;
            while (trimmed > b.Position && text[trimmed - 1] is ' ' or '\t')
            {
                trimmed--;
            }

            help.Append(text.Slice(b.Position, trimmed - b.Position));
            b.Position = stop;
            if (firstIndent == 0)
            {
                firstIndent = lastIndent;
            }
        }

        // [ \t]*\n/[^ \t\n] ends the block; [ \t]*\n keeps a newline in it.
        void BlankLine(ReadOnlySpan<char> source, int newlineAt)
        {
            if (newlineAt >= source.Length)
            {
                // Blanks up to the end of the file: flex matches them as indentation, then hits EOF.
                b.Position = newlineAt;
                return;
            }

            b.Position = newlineAt + 1;
            b.NewLine();
            if (b.Position < source.Length && source[b.Position] is not (' ' or '\t' or '\n'))
            {
                _state = LexState.Initial;
                return;
            }

            help.Append('\n');
        }
    }

    private sealed class SourceBuffer
    {
        private readonly char[] _text;
        private readonly int _length;

        public SourceBuffer(string name, char[] text, int length, SourceBuffer? parent, int sourceLine)
        {
            Name = name;
            _text = text;
            _length = length;
            Parent = parent;
            SourceLine = sourceLine;
        }

        public string Name { get; }

        public ReadOnlySpan<char> Text => _text.AsSpan(0, _length);

        public SourceBuffer? Parent { get; }

        /// <summary>The buffer this one is reading a <c>source</c>d file into, while it does.</summary>
        public SourceBuffer? Child { get; set; }

        /// <summary>cur_lineno of the <c>source</c> statement in the parent that opened this file.</summary>
        public int SourceLine { get; }

        public int Position { get; set; }

        public int Line { get; private set; } = 1;

        private int LineStart { get; set; }

        public int Column => Position - LineStart + 1;

        public char Peek(int offset) => Position + offset < _length ? _text[Position + offset] : '\0';

        public void NewLine()
        {
            Line++;
            LineStart = Position;
        }
    }
}
