using System.Text;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Lexing;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Preprocessing;

/// <summary>
/// The Kconfig macro language as preprocess.c implements it: <c>$(...)</c> references, user variables
/// and functions, the built-in functions and environment variables. Expansion is textual and happens
/// while lexing. Errors are fatal, as in conf.
/// </summary>
internal sealed class MacroExpander
{
    private const int MaxArguments = 16;
    private const int MaxVariableDepth = 1000;

    // Our own guards against input conf would crash on: nesting and result size.
    private const int MaxNesting = 2000;
    private const int MaxExpansionLength = 16 * 1024 * 1024;

    private readonly Dictionary<string, Variable> _variables = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly List<KeyValuePair<string, string?>> _environmentRead = new();
    private readonly Dictionary<string, string> _environmentSeen = new(StringComparer.Ordinal);
    private readonly FrontEndLog _log;
    private readonly Func<(string File, int Line)> _location;
    private readonly ShellProbes _shell;
    private int _nesting;

    public MacroExpander(
        IReadOnlyDictionary<string, string> environment,
        FrontEndLog log,
        Func<(string File, int Line)> location,
        ShellProbes shell)
    {
        _environment = environment;
        _log = log;
        _location = location;
        _shell = shell;
    }

    /// <summary>Environment variables read so far, in first-read order, as conf lists them in auto.conf.cmd.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> EnvironmentRead => _environmentRead;

    /// <summary>Defines or extends a variable (variable_add).</summary>
    public void AddVariable(string name, string value, VariableFlavor flavor)
    {
        bool append = false;
        if (_variables.TryGetValue(name, out Variable? variable))
        {
            if (flavor == VariableFlavor.Append)
            {
                flavor = variable.Flavor;
                append = true;
            }
        }
        else
        {
            if (flavor == VariableFlavor.Append)
            {
                flavor = VariableFlavor.Recursive;
            }

            variable = new Variable();
            _variables.Add(name, variable);
        }

        variable.Flavor = flavor;
        string newValue = flavor == VariableFlavor.Simple ? ExpandString(value) : value;
        variable.Value = append ? variable.Value + " " + newValue : newValue;
        CheckLength(variable.Value.Length);
    }

    /// <summary>Expands every reference in <paramref name="text"/> (expand_string).</summary>
    public string ExpandString(string text) => ExpandString(text, Array.Empty<string>());

    /// <summary>
    /// Expands a word token starting at <paramref name="position"/> in <paramref name="line"/>, up to the
    /// first character that cannot be part of a word outside a reference (expand_one_token).
    /// </summary>
    public string ExpandOneToken(string line, ref int position)
    {
        var output = new StringBuilder();
        int start = position;
        while (position < line.Length)
        {
            char c = line[position];
            if (c == '$')
            {
                output.Append(line, start, position - start);
                position++;
                output.Append(ExpandDollar(line, ref position, Array.Empty<string>()));
                CheckLength(output.Length);
                start = position;
                continue;
            }

            if (!IsWordCharacter(c))
            {
                break;
            }

            position++;
        }

        output.Append(line, start, position - start);
        return output.ToString();
    }

    /// <summary>Expands the reference after a <c>$</c> at <paramref name="position"/> (expand_dollar).</summary>
    public string ExpandDollar(string text, ref int position) => ExpandDollar(text, ref position, Array.Empty<string>());

    private static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-';

    private string ExpandString(string text, string[] arguments)
    {
        var output = new StringBuilder();
        int start = 0;
        int position = 0;
        while (position < text.Length)
        {
            if (text[position] == '$')
            {
                output.Append(text, start, position - start);
                position++;
                output.Append(ExpandDollar(text, ref position, arguments));
                CheckLength(output.Length);
                start = position;
                continue;
            }

            position++;
        }

        output.Append(text, start, position - start);
        return output.ToString();
    }

    private string ExpandDollar(string text, ref int position, string[] arguments)
    {
        if (position >= text.Length || text[position] != '(')
        {
            return "$";
        }

        int open = position + 1;
        int close = open;
        int nest = 0;
        for (; close < text.Length; close++)
        {
            char c = text[close];
            if (c == '(')
            {
                nest++;
            }
            else if (c == ')')
            {
                if (nest-- == 0)
                {
                    break;
                }
            }
        }

        if (close >= text.Length)
        {
            throw Fatal(DiagnosticCodes.MacroUnterminatedReference, $"unterminated reference to '{text[open..]}': missing ')'");
        }

        position = close + 1;
        if (++_nesting > MaxNesting)
        {
            throw Fatal(DiagnosticCodes.InputLimitExceeded, $"macro expansion nested deeper than {MaxNesting} levels");
        }

        try
        {
            return EvaluateClause(text.Substring(open, close - open), arguments);
        }
        finally
        {
            _nesting--;
        }
    }

    private string EvaluateClause(string clause, string[] arguments)
    {
        // $(1), $(2)...: an argument of the user function being expanded, when there is one.
        if (TryParseArgumentNumber(clause, out ulong number) && number > 0 && number <= (ulong)arguments.Length)
        {
            return arguments[number - 1];
        }

        var parts = new List<string>();
        int nest = 0;
        int previous = 0;
        for (int i = 0; i < clause.Length; i++)
        {
            char c = clause[i];
            if (nest == 0 && c == ',')
            {
                if (parts.Count >= MaxArguments)
                {
                    throw Fatal(DiagnosticCodes.MacroTooManyArguments, "too many function arguments");
                }

                parts.Add(clause.Substring(previous, i - previous));
                previous = i + 1;
            }
            else if (c == '(')
            {
                nest++;
            }
            else if (c == ')')
            {
                nest--;
            }
        }

        if (parts.Count >= MaxArguments)
        {
            throw Fatal(DiagnosticCodes.MacroTooManyArguments, "too many function arguments");
        }

        parts.Add(clause.Substring(previous));

        string name = ExpandString(parts[0], arguments);
        string[] callArguments = new string[parts.Count - 1];
        for (int i = 0; i < callArguments.Length; i++)
        {
            callArguments[i] = ExpandString(parts[i + 1], arguments);
        }

        if (ExpandVariable(name, callArguments) is { } fromVariable)
        {
            return fromVariable;
        }

        if (CallBuiltIn(name, callArguments) is { } fromFunction)
        {
            return fromFunction;
        }

        if (callArguments.Length == 0 && ReadEnvironment(name) is { } fromEnvironment)
        {
            return fromEnvironment;
        }

        return string.Empty;
    }

    // strtoul(…, 10) with the whole string consumed: optional blanks and sign, then digits.
    private static bool TryParseArgumentNumber(string text, out ulong value)
    {
        value = 0;
        int i = 0;
        while (i < text.Length && IsCSpace(text[i]))
        {
            i++;
        }

        bool negative = false;
        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            negative = text[i] == '-';
            i++;
        }

        int digits = i;
        bool overflow = false;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            ulong next = (value * 10) + (ulong)(text[i] - '0');
            overflow |= value > (ulong.MaxValue / 10) || next < value;
            value = next;
            i++;
        }

        if (i == digits)
        {
            // No digits: strtoul leaves endptr at the start, so only an empty string is "fully consumed".
            value = 0;
            return text.Length == 0;
        }

        if (i != text.Length)
        {
            return false;
        }

        if (overflow)
        {
            value = ulong.MaxValue;
        }
        else if (negative)
        {
            value = unchecked(0UL - value);
        }

        return true;
    }

    private static bool IsCSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    private string? ExpandVariable(string name, string[] arguments)
    {
        if (!_variables.TryGetValue(name, out Variable? variable))
        {
            return null;
        }

        if (arguments.Length == 0 && variable.ExpansionCount > 0)
        {
            throw Fatal(DiagnosticCodes.MacroRecursiveVariable, $"Recursive variable '{name}' references itself (eventually)");
        }

        if (variable.ExpansionCount > MaxVariableDepth)
        {
            throw Fatal(DiagnosticCodes.MacroTooDeepExpansion, "Too deep recursive expansion");
        }

        variable.ExpansionCount++;
        try
        {
            return variable.Flavor == VariableFlavor.Recursive ? ExpandString(variable.Value, arguments) : variable.Value;
        }
        finally
        {
            variable.ExpansionCount--;
        }
    }

    private string? CallBuiltIn(string name, string[] arguments)
    {
        (int min, int max) = name switch
        {
            "error-if" => (2, 2),
            "filename" => (0, 0),
            "info" => (1, 1),
            "lineno" => (0, 0),
            "shell" => (1, 1),
            "warning-if" => (2, 2),
            _ => (-1, -1),
        };
        if (min < 0)
        {
            return null;
        }

        if (arguments.Length < min)
        {
            throw Fatal(DiagnosticCodes.MacroTooFewArguments, $"too few function arguments passed to '{name}'");
        }

        if (arguments.Length > max)
        {
            throw Fatal(DiagnosticCodes.MacroTooManyArguments, $"too many function arguments passed to '{name}'");
        }

        switch (name)
        {
            case "error-if":
                if (arguments[0] == "y")
                {
                    throw Fatal(DiagnosticCodes.MacroErrorIf, arguments[1]);
                }

                return string.Empty;
            case "filename":
                return _location().File;
            case "info":
                _log.Stdout(DiagnosticCodes.MacroInfo, Here(), arguments[0], arguments[0] + "\n");
                return string.Empty;
            case "lineno":
                return _location().Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            case "shell":
                return _shell.Run(arguments[0], Here());
            default:
                if (arguments[0] == "y")
                {
                    SourceSpan here = Here();
                    _log.Report(
                        Diagnostic.Warning(DiagnosticCodes.MacroWarningIf, here, arguments[1]),
                        $"{here.File}:{here.Line}: {arguments[1]}\n");
                }

                return string.Empty;
        }
    }

    private string? ReadEnvironment(string name)
    {
        if (name.Length == 0)
        {
            return null;
        }

        if (_environmentSeen.TryGetValue(name, out string? seen))
        {
            return seen;
        }

        if (!_environment.TryGetValue(name, out string? value))
        {
            return null;
        }

        _environmentSeen.Add(name, value);
        _environmentRead.Add(new KeyValuePair<string, string?>(name, value));
        return value;
    }

    private SourceSpan Here()
    {
        (string file, int line) = _location();
        return SourceSpan.AtLine(file, line);
    }

    private FatalFrontEndException Fatal(string code, string message)
    {
        SourceSpan here = Here();
        return _log.Fatal(code, here, message, $"{here.File}:{here.Line}: {message}\n");
    }

    private void CheckLength(int length)
    {
        if (length > MaxExpansionLength)
        {
            throw Fatal(DiagnosticCodes.InputLimitExceeded, $"macro expansion longer than {MaxExpansionLength} characters");
        }
    }

    private sealed class Variable
    {
        public string Value { get; set; } = string.Empty;

        public VariableFlavor Flavor { get; set; }

        public int ExpansionCount { get; set; }
    }
}
