namespace Kconfig.Build.Engine.Diagnostics;

/// <summary>Front end: lexer and macro preprocessor (KC1000-KC1499), parser and model (KC1500-KC1999).</summary>
public static partial class DiagnosticCodes
{
    // Lexer and input files.

    /// <summary>Warning: <c>ignoring unsupported character 'c'</c>.</summary>
    public const string UnsupportedCharacter = "KC1001";

    /// <summary>Warning: <c>multi-line strings not supported</c>.</summary>
    public const string MultiLineString = "KC1002";

    /// <summary>Warning: <c>no new line at end of file</c>.</summary>
    public const string NoNewLineAtEndOfFile = "KC1003";

    /// <summary>Error: the top-level Kconfig file does not exist (<c>can't find file X</c>).</summary>
    public const string KconfigFileNotFound = "KC1004";

    /// <summary>Error: a <c>source</c>d file does not exist (<c>can't open file "X"</c>).</summary>
    public const string SourceFileNotFound = "KC1005";

    /// <summary>Error: a file sources itself, directly or through others (<c>Recursive inclusion detected.</c>).</summary>
    public const string RecursiveInclusion = "KC1006";

    /// <summary>Error: an input limit of ours was exceeded (file size, nesting or expansion depth); conf has none and would crash or hang.</summary>
    public const string InputLimitExceeded = "KC1007";

    /// <summary>Error: a file could not be read (I/O error or permissions).</summary>
    public const string FileReadError = "KC1008";

    // Macro language (preprocess.c).

    /// <summary>Error: <c>unterminated reference to 'X': missing ')'</c>.</summary>
    public const string MacroUnterminatedReference = "KC1100";

    /// <summary>Error: <c>Recursive variable 'X' references itself (eventually)</c>.</summary>
    public const string MacroRecursiveVariable = "KC1101";

    /// <summary>Error: <c>Too deep recursive expansion</c>.</summary>
    public const string MacroTooDeepExpansion = "KC1102";

    /// <summary>Error: <c>too few function arguments passed to 'f'</c>.</summary>
    public const string MacroTooFewArguments = "KC1103";

    /// <summary>Error: <c>too many function arguments passed to 'f'</c> or <c>too many function arguments</c>.</summary>
    public const string MacroTooManyArguments = "KC1104";

    /// <summary>Error: <c>$(error-if,y,message)</c>.</summary>
    public const string MacroErrorIf = "KC1105";

    /// <summary>Warning: <c>$(warning-if,y,message)</c>.</summary>
    public const string MacroWarningIf = "KC1106";

    /// <summary>Info: <c>$(info,message)</c> (conf prints it on stdout).</summary>
    public const string MacroInfo = "KC1107";

    /// <summary>Error: <c>$(shell,...)</c> could not be started.</summary>
    public const string ShellFailed = "KC1108";

    /// <summary>Warning: the probe cache file could not be read or written; probes ran without it.</summary>
    public const string ProbeCacheUnusable = "KC1109";

    // Parser (parser.y).

    /// <summary>Error: <c>syntax error</c>.</summary>
    public const string SyntaxError = "KC1500";

    /// <summary>Error: <c>unknown statement "X"</c>.</summary>
    public const string UnknownStatement = "KC1501";

    /// <summary>Error: <c>invalid statement</c>.</summary>
    public const string InvalidStatement = "KC1502";

    /// <summary>Error: <c>missing end statement for this entry</c> (menu, if or choice left open at end of input).</summary>
    public const string MissingEndStatement = "KC1503";

    /// <summary>Error: <c>unexpected 'endX' within Y block</c>.</summary>
    public const string UnexpectedEnd = "KC1504";

    /// <summary>Error: <c>'X' in different file than 'X'</c>.</summary>
    public const string EndInDifferentFile = "KC1505";

    /// <summary>Error: <c>symbol 'X' redefines option 'modules' already defined by symbol 'Y'</c>.</summary>
    public const string ModulesRedefined = "KC1506";

    /// <summary>Error: <c>choice must have a prompt</c>.</summary>
    public const string ChoiceWithoutPrompt = "KC1507";

    /// <summary>Error: <c>choice member must have a prompt</c>.</summary>
    public const string ChoiceMemberWithoutPrompt = "KC1508";

    /// <summary>Error: <c>choice member must be bool</c>.</summary>
    public const string ChoiceMemberNotBool = "KC1509";

    /// <summary>Warning: <c>menuconfig statement without prompt</c>.</summary>
    public const string MenuConfigWithoutPrompt = "KC1510";

    /// <summary>Warning: <c>'X' defined with more than one help text -- only the last one will be used</c>.</summary>
    public const string MultipleHelpTexts = "KC1511";

    /// <summary>Warning: <c>'X' defined with blank help text</c>.</summary>
    public const string BlankHelpText = "KC1512";

    /// <summary>Warning: <c>ignoring type redefinition of 'X' from 'a' to 'b'</c>.</summary>
    public const string TypeRedefinition = "KC1513";

    /// <summary>Warning: <c>leading whitespace ignored</c> (in a prompt).</summary>
    public const string PromptLeadingWhitespace = "KC1514";

    /// <summary>Warning: <c>prompt redefined</c>.</summary>
    public const string PromptRedefined = "KC1515";

    /// <summary>Error: an expression nested deeper than we parse (conf has no limit and would overflow its stack).</summary>
    public const string ExpressionTooDeep = "KC1516";

    // Model (menu_finalize, sym_check_prop, sym_check_deps, choice checks).

    /// <summary>Warning: <c>config symbol defined without type</c>.</summary>
    public const string SymbolWithoutType = "KC1600";

    /// <summary>Warning: <c>default for config symbol 'X' must be a single symbol</c>.</summary>
    public const string DefaultNotSingleSymbol = "KC1601";

    /// <summary>Warning: <c>'X': number is invalid</c>.</summary>
    public const string InvalidNumber = "KC1602";

    /// <summary>Warning: <c>choice default symbol 'X' is not contained in the choice</c>.</summary>
    public const string ChoiceDefaultNotInChoice = "KC1603";

    /// <summary>Warning: <c>config symbol 'X' uses select/imply, but is not bool or tristate</c>.</summary>
    public const string SelectFromNonBoolean = "KC1604";

    /// <summary>Warning: <c>'X' has wrong type. 'select' only accept arguments of bool and tristate type</c>.</summary>
    public const string SelectOfNonBoolean = "KC1605";

    /// <summary>Warning: <c>range is only allowed for int or hex symbols</c>.</summary>
    public const string RangeOnNonNumber = "KC1606";

    /// <summary>Warning: <c>range is invalid</c>.</summary>
    public const string RangeInvalid = "KC1607";

    /// <summary>Info: <c>boolean symbol X tested for 'm'? test forced to 'n'</c> (conf prints it on stdout).</summary>
    public const string BooleanTestedForModule = "KC1608";

    /// <summary>Error: <c>recursive dependency detected!</c> with the chain of edges.</summary>
    public const string RecursiveDependency = "KC1609";

    /// <summary>Error: <c>defaults for choice values not supported</c>.</summary>
    public const string ChoiceMemberDefault = "KC1610";

    /// <summary>Error: <c>choice value has a prompt outside its choice group</c>.</summary>
    public const string ChoicePromptOutsideGroup = "KC1611";
}
