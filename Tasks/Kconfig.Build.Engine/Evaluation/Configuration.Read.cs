using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Evaluation;

public sealed partial class Configuration
{
    /// <summary>
    /// Reads a .config file or fragment into the user values, as conf_read_simple() does
    /// (<paramref name="path"/> is used for locations only). Returns the warnings conf would print.
    /// As in conf, nothing is computed yet: follow with <see cref="EvaluateAfterRead"/> (conf_read()) or
    /// <see cref="ClearAllValid"/>, which compute the modules symbol first, before reading values.
    /// </summary>
    public IReadOnlyList<Diagnostic> ReadConfig(string path, string text) => ReadConfig(path, text, ConfigSlot.User, null);

    /// <summary>
    /// conf_read_simple() into <paramref name="slot"/>. Names the file does not define are passed to
    /// <paramref name="unknownSymbol"/> when reading the <see cref="ConfigSlot.Auto"/> slot.
    /// </summary>
    public IReadOnlyList<Diagnostic> ReadConfig(string path, string text, ConfigSlot slot, Action<string>? unknownSymbol)
    {
        var warnings = new List<Diagnostic>();
        int slotFlag = slot == ConfigSlot.User ? FlagDefUser : FlagDefAuto;
        Tristate[] tristates = slot == ConfigSlot.User ? _userTristate : _autoTristate;
        string?[] strings = slot == ConfigSlot.User ? _userString : _autoString;
        for (int i = 0; i < _flags.Length; i++)
        {
            _flags[i] &= ~slotFlag;
            tristates[i] = Tristate.No;
            strings[i] = null;
        }

        if (slot == ConfigSlot.User)
        {
            for (int i = 0; i < _flags.Length; i++)
            {
                if (!IsFixedConstant(_symbols[i]))
                {
                    _flags[i] &= ~FlagValid;
                }
            }
        }

        // Lines as spans of the text: the strings made are only the values kept (string, int, hex) and the
        // texts of warnings.
        int lineNumber = 0;
        int position = 0;
        while (position < text.Length)
        {
            ReadOnlySpan<char> line;
            int end = text.IndexOf('\n', position);
            if (end < 0)
            {
                line = text.AsSpan(position);
                position = text.Length;
            }
            else
            {
                line = text.AsSpan(position, end - position);
                position = end + 1;
                if (line.Length > 0 && line[^1] == '\r')
                {
                    line = line[..^1];
                }
            }

            lineNumber++;
            ReadLine(path, lineNumber, line, slot, slotFlag, tristates, strings, warnings, unknownSymbol);
        }

        if (slot == ConfigSlot.User)
        {
            ConfigWarningCount = warnings.Count;
        }

        return warnings;
    }

    private void ReadLine(
        string path,
        int lineNumber,
        ReadOnlySpan<char> line,
        ConfigSlot slot,
        int slotFlag,
        Tristate[] tristates,
        string?[] strings,
        List<Diagnostic> warnings,
        Action<string>? unknownSymbol)
    {
        if (line.Length == 0)
        {
            return;
        }

        ReadOnlySpan<char> name;
        ReadOnlySpan<char> value;
        if (line[0] == '#')
        {
            if (line.Length < 2 || line[1] != ' ' || !line[2..].StartsWith(Prefix, StringComparison.Ordinal))
            {
                return;
            }

            int nameStart = 2 + Prefix.Length;
            int space = line[nameStart..].IndexOf(' ');
            if (space < 0 || !line[(nameStart + space + 1)..].SequenceEqual("is not set"))
            {
                return;
            }

            name = line.Slice(nameStart, space);
            value = "n";
        }
        else
        {
            if (!line.StartsWith(Prefix, StringComparison.Ordinal))
            {
                Warn(warnings, path, lineNumber, DiagnosticCodes.ConfigUnexpectedData, "unexpected data: " + line.ToString());
                return;
            }

            int equals = line[Prefix.Length..].IndexOf('=');
            if (equals < 0)
            {
                Warn(warnings, path, lineNumber, DiagnosticCodes.ConfigUnexpectedData, "unexpected data: " + line.ToString());
                return;
            }

            name = line.Slice(Prefix.Length, equals);
            value = line[(Prefix.Length + equals + 1)..];
        }

        if (name is "y" or "m" or "n")
        {
            // sym_find() hands back the constant symbols, which a value cannot change.
            return;
        }

        Symbol? symbol = Model.FindSymbol(name);
        if (symbol is null)
        {
            if (slot == ConfigSlot.Auto)
            {
                unknownSymbol?.Invoke(name.ToString());
            }
            else
            {
                if (WarnUnknownSymbols)
                {
                    Warn(warnings, path, lineNumber, DiagnosticCodes.ConfigUnknownSymbol, "unknown symbol: " + name.ToString());
                }

                IsChanged = true;
            }

            return;
        }

        int i = symbol.Index;
        if ((_flags[i] & slotFlag) != 0)
        {
            Warn(warnings, path, lineNumber, DiagnosticCodes.ConfigOverride, "override: reassigning to symbol " + symbol.Name);
        }

        if (!SetSymbolValue(symbol, slot, slotFlag, tristates, strings, value, path, lineNumber, warnings))
        {
            return;
        }

        if (slot == ConfigSlot.User && symbol.ChoiceNode is { } choice)
        {
            // The member read last gets the highest priority, so the last of two y lines wins.
            MoveToFront(ChoicePriority(choice), symbol);
        }
    }

    // conf_set_sym_val(); false where conf skips the rest of the line's handling.
    private bool SetSymbolValue(
        Symbol symbol,
        ConfigSlot slot,
        int slotFlag,
        Tristate[] tristates,
        string?[] strings,
        ReadOnlySpan<char> valueText,
        string path,
        int lineNumber,
        List<Diagnostic> warnings)
    {
        int i = symbol.Index;
        char first = valueText.Length > 0 ? valueText[0] : '\0';
        switch (symbol.Type)
        {
            case SymbolType.Bool:
            case SymbolType.Tristate:
                if (first == 'm' && symbol.Type == SymbolType.Tristate)
                {
                    tristates[i] = Tristate.Mod;
                }
                else if (first == 'y')
                {
                    tristates[i] = Tristate.Yes;
                }
                else if (first == 'n')
                {
                    tristates[i] = Tristate.No;
                }
                else
                {
                    if (slot == ConfigSlot.User)
                    {
                        Warn(warnings, path, lineNumber, DiagnosticCodes.ConfigValueInvalid, $"symbol value '{valueText.ToString()}' invalid for {symbol.Name}");
                    }

                    return false;
                }

                _flags[i] |= slotFlag;
                return true;
            case SymbolType.String:
            case SymbolType.Int:
            case SymbolType.Hex:
                string value;
                if (symbol.Type == SymbolType.String && slot == ConfigSlot.User)
                {
                    if (first != '"')
                    {
                        // An unquoted string is ignored without a word, and the default stays.
                        return true;
                    }

                    string? unescaped = Unescape(valueText);
                    if (unescaped is null)
                    {
                        Warn(warnings, path, lineNumber, DiagnosticCodes.ConfigInvalidString, "invalid string found");
                        return false;
                    }

                    value = unescaped;
                }
                else
                {
                    value = valueText.ToString();
                }

                if (IsValidString(symbol.Type, value))
                {
                    strings[i] = value;
                    _flags[i] |= slotFlag;
                    return true;
                }

                if (slot == ConfigSlot.User)
                {
                    Warn(warnings, path, lineNumber, DiagnosticCodes.ConfigValueInvalid, $"symbol value '{value}' invalid for {symbol.Name}");
                }

                return false;
            default:
                return true;
        }
    }

    // The text after the opening quote up to the closing one, a backslash taking the next character as is.
    private static string? Unescape(ReadOnlySpan<char> quoted)
    {
        var builder = new System.Text.StringBuilder(quoted.Length);
        for (int p = 1; p < quoted.Length; p++)
        {
            char c = quoted[p];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c == '\\')
            {
                p++;
                if (p >= quoted.Length)
                {
                    return null;
                }

                builder.Append(quoted[p]);
                continue;
            }

            builder.Append(c);
        }

        return null;
    }

    private void Warn(List<Diagnostic> warnings, string path, int lineNumber, string code, string message)
    {
        var diagnostic = Diagnostic.Warning(code, SourceSpan.AtLine(path, lineNumber), message);
        warnings.Add(diagnostic);
        _diagnostics.Add(diagnostic);
    }

    /// <summary>
    /// The second half of conf_read(): computes every symbol and marks the configuration changed when a
    /// value read differs from the computed one, or the file raised warnings. Call after
    /// <see cref="ReadConfig(string, string)"/> of the main config.
    /// </summary>
    public void EvaluateAfterRead()
    {
        CalcValue(Model.ModulesSymbol);
        foreach (Symbol symbol in HashOrder)
        {
            CalcValue(symbol);
            if (symbol.IsChoice)
            {
                continue;
            }

            int i = symbol.Index;
            bool hasValue = (_flags[i] & FlagDefUser) != 0;
            bool write = (_flags[i] & FlagWrite) != 0;
            if (hasValue && write)
            {
                bool same = symbol.Type is SymbolType.Bool or SymbolType.Tristate
                    ? _userTristate[i] == _currentTristate[i]
                    : string.Equals(_currentString[i], _userString[i], StringComparison.Ordinal);
                if (same)
                {
                    continue;
                }
            }
            else if (!hasValue && !write)
            {
                continue;
            }

            IsChanged = true;
        }

        if (ConfigWarningCount > 0)
        {
            IsChanged = true;
        }
    }

    /// <summary>The value read into the auto slot (the previous auto.conf), or null.</summary>
    internal string? GetAutoValue(Symbol symbol)
    {
        if ((_flags[symbol.Index] & FlagDefAuto) == 0)
        {
            return null;
        }

        return symbol.Type is SymbolType.Bool or SymbolType.Tristate
            ? TristateText(_autoTristate[symbol.Index])
            : _autoString[symbol.Index];
    }
}
