using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Engine.Resolution;

/// <summary>
/// Parses the Kconfig expression of a <c>when: {if: {expr: ...}}</c> condition into the model's
/// <see cref="Expr"/>: symbols, y/m/n, <c>!</c>, <c>&amp;&amp;</c>, <c>||</c>, parentheses and
/// <c>SYMBOL = value</c> / <c>!=</c> against y, m, n or another symbol. Unknown symbols are an error
/// (a misspelt condition would otherwise be silently false).
/// </summary>
public sealed class ConditionExpression
{
    private readonly string _text;
    private readonly KconfigModel _model;
    private int _position;
    private string? _error;

    private ConditionExpression(string text, KconfigModel model)
    {
        _text = text;
        _model = model;
    }

    public static Expr? Parse(string text, KconfigModel model, out string? error)
    {
        var parser = new ConditionExpression(text, model);
        Expr? expr = parser.ParseOr();
        parser.SkipSpaces();
        if (parser._error is null && parser._position < text.Length)
        {
            parser._error = $"unexpected '{text[parser._position..]}' in expression '{text}'";
        }

        error = parser._error;
        return error is null ? expr : null;
    }

    private Expr? ParseOr()
    {
        Expr? left = ParseAnd();
        while (left is not null && Accept("||"))
        {
            Expr? right = ParseAnd();
            left = right is null ? null : Expr.Or(left, right);
        }

        return left;
    }

    private Expr? ParseAnd()
    {
        Expr? left = ParseUnary();
        while (left is not null && Accept("&&"))
        {
            Expr? right = ParseUnary();
            left = right is null ? null : Expr.And(left, right);
        }

        return left;
    }

    private Expr? ParseUnary()
    {
        if (Accept("!") && !Peek("="))
        {
            return ParseUnary() is { } operand ? Expr.Not(operand) : null;
        }

        if (Accept("("))
        {
            Expr? inner = ParseOr();
            if (inner is not null && !Accept(")"))
            {
                _error ??= $"missing ')' in expression '{_text}'";
                return null;
            }

            return inner;
        }

        if (ParseSymbol() is not { } symbol)
        {
            return null;
        }

        ExprKind? compare = Accept("!=") ? ExprKind.Unequal : Accept("=") ? ExprKind.Equal : null;
        if (compare is null)
        {
            return Expr.Sym(symbol);
        }

        return ParseSymbol() is { } other ? Expr.Compare(compare.Value, symbol, other) : null;
    }

    private Symbol? ParseSymbol()
    {
        SkipSpaces();
        int start = _position;
        while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }

        string name = _text[start.._position];
        if (name.StartsWith("CONFIG_", StringComparison.Ordinal))
        {
            name = name["CONFIG_".Length..];
        }

        switch (name)
        {
            case "":
                _error ??= $"expected a symbol at column {start + 1} of expression '{_text}'";
                return null;
            case "y":
                return _model.Yes;
            case "m":
                return _model.Mod;
            case "n":
                return _model.No;
        }

        if (_model.FindSymbol(name) is { IsDefined: true } symbol)
        {
            return symbol;
        }

        _error ??= $"unknown symbol {name} in expression '{_text}'{SymbolSuggestions.DidYouMean(_model, name)}";
        return null;
    }

    private bool Accept(string token)
    {
        SkipSpaces();
        if (string.CompareOrdinal(_text, _position, token, 0, token.Length) == 0)
        {
            _position += token.Length;
            return true;
        }

        return false;
    }

    private bool Peek(string token) => string.CompareOrdinal(_text, _position, token, 0, token.Length) == 0;

    private void SkipSpaces()
    {
        while (_position < _text.Length && _text[_position] == ' ')
        {
            _position++;
        }
    }
}
