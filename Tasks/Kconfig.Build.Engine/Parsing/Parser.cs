using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Lexing;
using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Preprocessing;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Parsing;

/// <summary>
/// The Kconfig grammar of parser.y as a recursive-descent parser that builds the menu tree the way
/// menu.c does (menu_add_entry, menu_add_menu, menu_end_menu). It reproduces bison's error recovery:
/// a bad statement is reported as "syntax error" (unless an error was recovered within the last three
/// tokens) and skipped to its end of line, then reported as "unknown statement" or "invalid statement";
/// a block left open at the end of input is reported as "missing end statement for this entry".
/// Grammar actions run at the point bison would run them, so side effects such as symbol creation,
/// prompts added before a later error, or the line a warning names, match conf.
/// </summary>
internal sealed class Parser
{
    private const int MaxExpressionDepth = 1000;
    private const int MaxBlockDepth = 1000;

    private readonly Lexer _lexer;
    private readonly MacroExpander _expander;
    private readonly FrontEndLog _log;
    private readonly SymbolTable _symbols;
    private readonly MenuNode _root;
    private MenuNode _currentMenu;
    private MenuNode _currentEntry;
    private MenuNode _lastEntryOwner;
    private bool _lastEntryIsChildList = true;
    private MenuNode? _currentChoice;
    private Token? _lookahead;
    private int _errorStatus;
    private int _blockDepth;

    public Parser(Lexer lexer, MacroExpander expander, FrontEndLog log, SymbolTable symbols)
    {
        _lexer = lexer;
        _expander = expander;
        _log = log;
        _symbols = symbols;
        _root = new MenuNode(MenuNodeKind.Root, SourceSpan.None);
        _currentMenu = _root;
        _currentEntry = _root;
        _lastEntryOwner = _root;
    }

    private enum ListKind
    {
        TopLevel,
        Block,
        InChoice,
    }

    public MenuNode Root => _root;

    public Symbol? ModulesSymbol { get; private set; }

    /// <summary>Parses the whole input (yyparse). Errors are logged; the caller checks the log.</summary>
    public void Parse()
    {
        try
        {
            if (Peek().Kind == TokenKind.MainMenu)
            {
                try
                {
                    Take();
                    string title = Expect(TokenKind.WordQuote).Text!;
                    Expect(TokenKind.Eol);
                    AddPrompt(PropertyKind.Menu, title, null);
                }
                catch (StatementError)
                {
                    // Before the first statement list there is no state that can recover: bison gives up.
                    throw new ParseAborted();
                }
            }

            ParseStatementList(ListKind.TopLevel, block: null);
        }
        catch (ParseAborted)
        {
        }
    }

    // ----- tokens -----

    private Token Peek() => _lookahead ??= _lexer.Next();

    private Token Take()
    {
        Token token = Peek();
        _lookahead = null;
        if (_errorStatus > 0)
        {
            _errorStatus--;
        }

        return token;
    }

    private Token Expect(TokenKind kind)
    {
        if (Peek().Kind != kind)
        {
            throw SyntaxError();
        }

        return Take();
    }

    private StatementError SyntaxError()
    {
        if (_errorStatus == 0)
        {
            Token at = Peek();
            SourceSpan span = _lexer.StatementSpan;
            _log.Report(
                Diagnostic.Error(DiagnosticCodes.SyntaxError, SourceSpan.At(span.File, span.Line, at.File == span.File && at.Line == span.Line ? at.Column : 1), "syntax error"),
                $"{span.File}:{span.Line}: syntax error\n");
        }

        return new StatementError();
    }

    /// <summary>
    /// After an error: shift bison's error token and discard input up to the end of line, which is then
    /// shifted; the end of input instead aborts the parse.
    /// </summary>
    private void Recover()
    {
        _errorStatus = 3;
        while (Peek().Kind != TokenKind.Eol)
        {
            if (Peek().Kind == TokenKind.EndOfInput)
            {
                throw new ParseAborted();
            }

            _lookahead = null;
        }

        Take();
    }

    private void ZconfError(string code, string message)
    {
        SourceSpan span = _lexer.StatementSpan;
        _log.ErrorAt(code, span, message);
    }

    // ----- statement lists -----

    /// <summary>Parses statements until the end keyword of the block (returned) or the end of input.</summary>
    private TokenKind ParseStatementList(ListKind list, MenuNode? block)
    {
        if (++_blockDepth > MaxBlockDepth)
        {
            SourceSpan at = _lexer.StatementSpan;
            throw _log.Fatal(DiagnosticCodes.InputLimitExceeded, at, $"blocks nested deeper than {MaxBlockDepth}", $"{at.File}:{at.Line}: blocks nested deeper than {MaxBlockDepth}\n");
        }

        try
        {
            while (true)
            {
                Token token = Peek();
                if (token.Kind == TokenKind.EndOfInput)
                {
                    if (list == ListKind.TopLevel)
                    {
                        return TokenKind.EndOfInput;
                    }

                    SyntaxError();
                    throw new ParseAborted();
                }

                if (token.Kind is TokenKind.EndMenu or TokenKind.EndChoice or TokenKind.EndIf && list != ListKind.TopLevel)
                {
                    try
                    {
                        Take();
                        Expect(TokenKind.Eol);
                        return token.Kind;
                    }
                    catch (StatementError)
                    {
                        Recover();
                        ZconfError(DiagnosticCodes.InvalidStatement, "invalid statement");
                        continue;
                    }
                }

                if (token.Kind == TokenKind.Word && list != ListKind.InChoice)
                {
                    ParseWordStatement();
                    continue;
                }

                try
                {
                    ParseStatement(token.Kind, list);
                }
                catch (StatementError)
                {
                    Recover();
                    ZconfError(DiagnosticCodes.InvalidStatement, "invalid statement");
                }
            }
        }
        catch (ParseAborted) when (block is not null)
        {
            // bison's %destructor for an entry still on the stack when the parse is abandoned.
            _log.Report(
                Diagnostic.Error(DiagnosticCodes.MissingEndStatement, block.Location, "missing end statement for this entry"),
                $"{block.Location.File}:{block.Location.Line}: missing end statement for this entry\n");
            if (_currentMenu == block)
            {
                EndMenu();
            }

            throw;
        }
        finally
        {
            _blockDepth--;
        }
    }

    private void ParseStatement(TokenKind kind, ListKind list)
    {
        bool inChoice = list == ListKind.InChoice;
        switch (kind)
        {
            case TokenKind.Config:
                ParseConfig(menuConfig: false);
                return;
            case TokenKind.Comment:
                ParseComment();
                return;
            case TokenKind.If:
                ParseIf(inChoice);
                return;
            case TokenKind.MenuConfig when !inChoice:
                ParseConfig(menuConfig: true);
                return;
            case TokenKind.Choice when !inChoice:
                ParseChoice();
                return;
            case TokenKind.Menu when !inChoice:
                ParseMenu();
                return;
            case TokenKind.Source when !inChoice:
                Take();
                string name = Expect(TokenKind.WordQuote).Text!;
                Expect(TokenKind.Eol);
                _lexer.PushFile(name);
                return;
            default:
                throw SyntaxError();
        }
    }

    // assignment_stmt, or "unknown statement" for any other statement starting with a word.
    private void ParseWordStatement()
    {
        string word = Take().Text!;
        try
        {
            VariableFlavor flavor = Peek().Kind switch
            {
                TokenKind.Equal => VariableFlavor.Recursive,
                TokenKind.ColonEqual => VariableFlavor.Simple,
                TokenKind.PlusEqual => VariableFlavor.Append,
                _ => throw SyntaxError(),
            };
            Take();
            string value = string.Empty;
            if (Peek().Kind == TokenKind.AssignValue)
            {
                value = Take().Text!;
            }

            Expect(TokenKind.Eol);
            _expander.AddVariable(word, value, flavor);
        }
        catch (StatementError)
        {
            Recover();
            ZconfError(DiagnosticCodes.UnknownStatement, $"unknown statement \"{word}\"");
        }
    }

    // ----- entries -----

    private void ParseConfig(bool menuConfig)
    {
        Take();
        Symbol symbol = NonConstantSymbol();
        Expect(TokenKind.Eol);
        AddEntry(menuConfig ? MenuNodeKind.MenuConfig : MenuNodeKind.Config, symbol);
        MenuNode entry = _currentEntry;
        symbol.Flags |= SymbolFlags.Defined;

        while (ParseConfigOption() || ParseDepends() || ParseHelp())
        {
        }

        if (menuConfig)
        {
            if (entry.Prompt is not null)
            {
                entry.Prompt.Kind = PropertyKind.Menu;
            }
            else
            {
                _log.WarnWithSpaceAt(DiagnosticCodes.MenuConfigWithoutPrompt, _lexer.StatementSpan, "menuconfig statement without prompt");
            }

            return;
        }

        if (_currentChoice is not null)
        {
            if (entry.Prompt is null)
            {
                _log.ErrorWithPrefixAt(DiagnosticCodes.ChoiceMemberWithoutPrompt, entry.Location, "choice member must have a prompt");
            }

            if (symbol.Type != SymbolType.Bool)
            {
                _log.ErrorWithPrefixAt(DiagnosticCodes.ChoiceMemberNotBool, entry.Location, "choice member must be bool");
            }

            if (symbol.ChoiceNode is null)
            {
                symbol.ChoiceNode = _currentChoice;
                _currentChoice.AddChoiceMember(symbol);
            }
        }
    }

    /// <summary>One config_option; false (consuming nothing) when the next token starts none.</summary>
    private bool ParseConfigOption()
    {
        Token token = Peek();
        switch (token.Kind)
        {
            case TokenKind.Bool:
            case TokenKind.Tristate:
            case TokenKind.Int:
            case TokenKind.Hex:
            case TokenKind.String:
            {
                Take();
                if (Peek().Kind == TokenKind.WordQuote)
                {
                    SourceSpan at = _lexer.StatementSpan;
                    string text = Take().Text!;
                    Expr? condition = IfExpression();
                    AddPrompt(PropertyKind.Prompt, text, condition, at);
                }

                Expect(TokenKind.Eol);
                SetType(TypeOf(token.Kind));
                return true;
            }

            case TokenKind.Prompt:
            {
                Take();
                SourceSpan at = _lexer.StatementSpan;
                string text = Expect(TokenKind.WordQuote).Text!;
                Expr? condition = IfExpression();
                Expect(TokenKind.Eol);
                AddPrompt(PropertyKind.Prompt, text, condition, at);
                return true;
            }

            case TokenKind.Default:
            case TokenKind.DefBool:
            case TokenKind.DefTristate:
            {
                Take();
                SourceSpan at = _lexer.StatementSpan;
                Expr value = Expression();
                Expr? condition = IfExpression();
                Expect(TokenKind.Eol);
                AddProperty(PropertyKind.Default, value, condition, at);
                if (token.Kind != TokenKind.Default)
                {
                    SetType(token.Kind == TokenKind.DefBool ? SymbolType.Bool : SymbolType.Tristate);
                }

                return true;
            }

            case TokenKind.Select:
            case TokenKind.Imply:
            {
                Take();
                SourceSpan at = _lexer.StatementSpan;
                Symbol target = NonConstantSymbol();
                Expr? condition = IfExpression();
                Expect(TokenKind.Eol);
                AddProperty(token.Kind == TokenKind.Select ? PropertyKind.Select : PropertyKind.Imply, Expr.Sym(target), condition, at);
                return true;
            }

            case TokenKind.Range:
            {
                Take();
                SourceSpan at = _lexer.StatementSpan;
                Symbol low = AnySymbol();
                Symbol high = AnySymbol();
                Expr? condition = IfExpression();
                Expect(TokenKind.Eol);
                Property range = AddProperty(PropertyKind.Range, null, condition, at);
                range.RangeLow = low;
                range.RangeHigh = high;
                return true;
            }

            case TokenKind.Modules:
            {
                Take();
                Expect(TokenKind.Eol);
                Symbol symbol = _currentEntry.Symbol!;
                if (ModulesSymbol is not null)
                {
                    ZconfError(DiagnosticCodes.ModulesRedefined, $"symbol '{symbol.Name}' redefines option 'modules' already defined by symbol '{ModulesSymbol.Name}'");
                    ModulesSymbol.Flags &= ~SymbolFlags.Modules;
                }

                ModulesSymbol = symbol;
                symbol.Flags |= SymbolFlags.Modules;
                return true;
            }

            default:
                return false;
        }
    }

    private bool ParseDepends()
    {
        if (Peek().Kind != TokenKind.Depends)
        {
            return false;
        }

        Take();
        Expect(TokenKind.On);
        Expr dependency = Expression();
        Expect(TokenKind.Eol);
        _currentEntry.Dependency = Expr.AndOptional(_currentEntry.Dependency, dependency);
        return true;
    }

    private bool ParseHelp()
    {
        if (Peek().Kind != TokenKind.Help)
        {
            return false;
        }

        Take();
        Expect(TokenKind.Eol);
        _lexer.StartHelp();
        string text = Expect(TokenKind.HelpText).Text!;
        string owner = _currentEntry.Symbol?.Name ?? "<choice>";
        if (_currentEntry.Help is not null)
        {
            _log.WarnWithSpaceAt(DiagnosticCodes.MultipleHelpTexts, _lexer.StatementSpan, $"'{owner}' defined with more than one help text -- only the last one will be used");
        }

        if (text.AsSpan().TrimStart(" \f\n\r\t\v").IsEmpty)
        {
            _log.WarnWithSpaceAt(DiagnosticCodes.BlankHelpText, _lexer.StatementSpan, $"'{owner}' defined with blank help text");
        }

        _currentEntry.Help = text;
        return true;
    }

    private void ParseChoice()
    {
        Take();
        Expect(TokenKind.Eol);
        Symbol symbol = _symbols.CreateChoice();
        AddEntry(MenuNodeKind.Choice, symbol);
        MenuNode entry = _currentEntry;
        SetType(SymbolType.Bool);

        while (ParseChoiceOption() || ParseDepends() || ParseHelp())
        {
        }

        if (entry.Prompt is null)
        {
            _log.ErrorWithPrefixAt(DiagnosticCodes.ChoiceWithoutPrompt, entry.Location, "choice must have a prompt");
        }

        AddMenu();
        _currentChoice = entry;
        TokenKind end = ParseStatementList(ListKind.InChoice, entry);
        _currentChoice = null;
        if (EndToken(end, "choice"))
        {
            EndMenu();
        }
    }

    private bool ParseChoiceOption()
    {
        Token token = Peek();
        switch (token.Kind)
        {
            case TokenKind.Prompt:
            case TokenKind.Bool:
            {
                Take();
                SourceSpan at = _lexer.StatementSpan;
                string text = Expect(TokenKind.WordQuote).Text!;
                Expr? condition = IfExpression();
                Expect(TokenKind.Eol);
                AddPrompt(PropertyKind.Prompt, text, condition, at);
                return true;
            }

            case TokenKind.Default:
            {
                Take();
                SourceSpan at = _lexer.StatementSpan;
                Symbol target = NonConstantSymbol();
                Expr? condition = IfExpression();
                Expect(TokenKind.Eol);
                AddProperty(PropertyKind.Default, Expr.Sym(target), condition, at);
                return true;
            }

            default:
                return false;
        }
    }

    private void ParseComment()
    {
        Take();
        SourceSpan at = _lexer.StatementSpan;
        string text = Expect(TokenKind.WordQuote).Text!;
        Expect(TokenKind.Eol);
        AddEntry(MenuNodeKind.Comment, null);
        AddPrompt(PropertyKind.Comment, text, null, at);
        while (ParseDepends())
        {
        }
    }

    private void ParseMenu()
    {
        Take();
        SourceSpan at = _lexer.StatementSpan;
        string text = Expect(TokenKind.WordQuote).Text!;
        Expect(TokenKind.Eol);
        AddEntry(MenuNodeKind.Menu, null);
        MenuNode entry = _currentEntry;
        AddPrompt(PropertyKind.Menu, text, null, at);
        while (true)
        {
            if (Peek().Kind == TokenKind.Visible)
            {
                Take();
                Expr? visibility = IfExpression();
                Expect(TokenKind.Eol);
                _currentEntry.Visibility = Expr.AndOptional(_currentEntry.Visibility, visibility);
                continue;
            }

            if (!ParseDepends())
            {
                break;
            }
        }

        AddMenu();
        TokenKind end = ParseStatementList(ListKind.Block, entry);
        if (EndToken(end, "menu"))
        {
            EndMenu();
        }
    }

    private void ParseIf(bool inChoice)
    {
        Take();
        Expr condition = Expression();
        Expect(TokenKind.Eol);
        AddEntry(MenuNodeKind.If, null);
        MenuNode entry = _currentEntry;
        _currentEntry.Dependency = Expr.AndOptional(_currentEntry.Dependency, condition);
        AddMenu();
        TokenKind end = ParseStatementList(inChoice ? ListKind.InChoice : ListKind.Block, entry);
        if (EndToken(end, "if"))
        {
            EndMenu();
        }
    }

    // zconf_endtoken()
    private bool EndToken(TokenKind end, string expected)
    {
        string name = end switch
        {
            TokenKind.EndMenu => "menu",
            TokenKind.EndChoice => "choice",
            _ => "if",
        };
        if (name != expected)
        {
            ZconfError(DiagnosticCodes.UnexpectedEnd, $"unexpected '{name}' within {expected} block");
            return false;
        }

        if (!string.Equals(_currentMenu.Location.File, _lexer.CurrentFile, StringComparison.Ordinal))
        {
            ZconfError(DiagnosticCodes.EndInDifferentFile, $"'{name}' in different file than '{expected}'");
            SourceSpan location = _currentMenu.Location;
            _log.RawStderr($"{location.File}:{location.Line}: location of the '{expected}'\n");
            return false;
        }

        return true;
    }

    // ----- expressions -----

    private Expr? IfExpression()
    {
        if (Peek().Kind != TokenKind.If)
        {
            return null;
        }

        Take();
        return Expression();
    }

    private Expr Expression()
    {
        int depth = 0;
        return OrExpression(ref depth);
    }

    private Expr OrExpression(ref int depth)
    {
        Expr left = AndExpression(ref depth);
        while (Peek().Kind == TokenKind.Or)
        {
            Take();
            left = Expr.Or(left, AndExpression(ref depth));
        }

        return left;
    }

    private Expr AndExpression(ref int depth)
    {
        Expr left = Primary(ref depth);
        while (Peek().Kind == TokenKind.And)
        {
            Take();
            left = Expr.And(left, Primary(ref depth));
        }

        return left;
    }

    private Expr Primary(ref int depth)
    {
        if (++depth > MaxExpressionDepth)
        {
            SourceSpan at = _lexer.StatementSpan;
            _log.ErrorAt(DiagnosticCodes.ExpressionTooDeep, at, $"expression nested deeper than {MaxExpressionDepth} levels");
            _errorStatus = 3;
            throw new StatementError();
        }

        try
        {
            Token token = Peek();
            switch (token.Kind)
            {
                case TokenKind.Word:
                case TokenKind.WordQuote:
                {
                    Symbol left = AnySymbol();
                    ExprKind? comparison = Peek().Kind switch
                    {
                        TokenKind.Equal => ExprKind.Equal,
                        TokenKind.Unequal => ExprKind.Unequal,
                        TokenKind.Less => ExprKind.LessThan,
                        TokenKind.LessEqual => ExprKind.LessOrEqual,
                        TokenKind.Greater => ExprKind.GreaterThan,
                        TokenKind.GreaterEqual => ExprKind.GreaterOrEqual,
                        _ => null,
                    };
                    if (comparison is null)
                    {
                        return Expr.Sym(left);
                    }

                    Take();
                    return Expr.Compare(comparison.Value, left, AnySymbol());
                }

                case TokenKind.OpenParen:
                {
                    Take();
                    Expr inner = OrExpression(ref depth);
                    Expect(TokenKind.CloseParen);
                    return inner;
                }

                case TokenKind.Not:
                    Take();
                    return Expr.Not(Primary(ref depth));
                default:
                    throw SyntaxError();
            }
        }
        finally
        {
            depth--;
        }
    }

    private Symbol NonConstantSymbol()
    {
        Token token = Expect(TokenKind.Word);
        return _symbols.Lookup(token.Text!);
    }

    private Symbol AnySymbol()
    {
        Token token = Peek();
        if (token.Kind == TokenKind.WordQuote)
        {
            Take();
            return _symbols.LookupConstant(token.Text!);
        }

        return NonConstantSymbol();
    }

    private static SymbolType TypeOf(TokenKind kind) => kind switch
    {
        TokenKind.Bool => SymbolType.Bool,
        TokenKind.Tristate => SymbolType.Tristate,
        TokenKind.Int => SymbolType.Int,
        TokenKind.Hex => SymbolType.Hex,
        _ => SymbolType.String,
    };

    // ----- menu.c -----

    private void AddEntry(MenuNodeKind kind, Symbol? symbol)
    {
        var node = new MenuNode(kind, _lexer.StatementSpan)
        {
            Symbol = symbol,
            Parent = _currentMenu,
        };
        if (_lastEntryIsChildList)
        {
            _lastEntryOwner.FirstChild = node;
        }
        else
        {
            _lastEntryOwner.Next = node;
        }

        _lastEntryOwner = node;
        _lastEntryIsChildList = false;
        _currentEntry = node;
        symbol?.Nodes.Add(node);
    }

    private void AddMenu()
    {
        _lastEntryOwner = _currentEntry;
        _lastEntryIsChildList = true;
        _currentMenu = _currentEntry;
    }

    private void EndMenu()
    {
        _lastEntryOwner = _currentMenu;
        _lastEntryIsChildList = false;
        _currentMenu = _currentMenu.Parent!;
    }

    private void SetType(SymbolType type)
    {
        Symbol symbol = _currentEntry.Symbol!;
        if (symbol.Type == type)
        {
            return;
        }

        if (symbol.Type == SymbolType.Unknown)
        {
            symbol.Type = type;
            return;
        }

        _log.WarnAt(
            DiagnosticCodes.TypeRedefinition,
            _currentEntry.Location,
            $"ignoring type redefinition of '{symbol.Name ?? "<choice>"}' from '{TypeName(symbol.Type)}' to '{TypeName(type)}'");
    }

    internal static string TypeName(SymbolType type) => type switch
    {
        SymbolType.Bool => "bool",
        SymbolType.Tristate => "tristate",
        SymbolType.Int => "integer",
        SymbolType.Hex => "hex",
        SymbolType.String => "string",
        _ => "unknown",
    };

    private Property AddProperty(PropertyKind kind, Expr? expr, Expr? condition, SourceSpan at)
    {
        var property = new Property(kind, _currentEntry, at) { Expr = expr, Visible = condition };
        _currentEntry.Symbol?.Properties.Add(property);
        return property;
    }

    private void AddPrompt(PropertyKind kind, string text, Expr? condition) => AddPrompt(kind, text, condition, _lexer.StatementSpan);

    private void AddPrompt(PropertyKind kind, string text, Expr? condition, SourceSpan at)
    {
        Property property = AddProperty(kind, null, condition, at);
        int start = 0;
        if (text.Length > 0 && IsCSpace(text[0]))
        {
            _log.WarnAt(DiagnosticCodes.PromptLeadingWhitespace, at, "leading whitespace ignored");
            while (start < text.Length && IsCSpace(text[start]))
            {
                start++;
            }
        }

        if (_currentEntry.Prompt is not null)
        {
            _log.WarnAt(DiagnosticCodes.PromptRedefined, at, "prompt redefined");
        }

        if (kind == PropertyKind.Prompt)
        {
            for (MenuNode? menu = _currentEntry.Parent; menu is not null; menu = menu.Parent)
            {
                if (menu.Visibility is not null)
                {
                    property.Visible = Expr.AndOptional(property.Visible, menu.Visibility);
                }
            }
        }

        _currentEntry.Prompt = property;
        property.Text = start == 0 ? text : text.Substring(start);
    }

    private static bool IsCSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    /// <summary>A statement failed to parse; unwinds to the statement list that recovers from it.</summary>
    private sealed class StatementError : Exception
    {
    }

    /// <summary>bison gave up (YYABORT): the end of input was reached while recovering.</summary>
    private sealed class ParseAborted : Exception
    {
    }
}
