using System.Globalization;
using System.Text;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Profiles;

namespace Kconfig.Build.Engine.Resolution;

/// <summary>
/// Checks a profile's requests against the symbols of a tree and writes them as the merge_config.sh
/// fragment a kernel engineer would write by hand: <c>CONFIG_X=v</c> or <c># CONFIG_X is not set</c>,
/// one per line, in profile order.
/// </summary>
public static class RequestFragment
{
    /// <summary>Returns the fragment text; each request that does not fit its symbol is reported instead.</summary>
    public static string Build(KconfigModel model, IReadOnlyList<ConfigRequest> requests, string prefix, DiagnosticBag diagnostics)
    {
        var fragment = new StringBuilder();
        foreach (ConfigRequest request in requests)
        {
            if (!request.SetsValue)
            {
                // A range or a select policy checks the result; it has no line in the fragment.
                continue;
            }

            Symbol? symbol = model.FindSymbol(request.SymbolName);
            if (symbol is null || !symbol.IsDefined)
            {
                diagnostics.Error(DiagnosticCodes.RequestUnknownSymbol, request.Location, $"unknown symbol {request.SymbolName}: no Kconfig file of this tree defines it");
                continue;
            }

            if (Render(symbol, request) is not { } line)
            {
                diagnostics.Error(DiagnosticCodes.RequestInvalidForType, request.ValueLocation, $"'{request.Value}' is not a valid value for {request.SymbolName}, which is {Describe(symbol.Type)}");
                continue;
            }

            fragment.Append(line.StartsWith('#') ? $"# {prefix}{line[2..]}" : prefix + line).Append('\n');
        }

        return fragment.ToString();
    }

    /// <summary>The value as conf prints it, to compare with the resolved value; null when it does not fit.</summary>
    public static string? Canonical(Symbol symbol, ConfigRequest request) => (symbol.Type, request.Kind) switch
    {
        (SymbolType.Bool, ConfigValueKind.Tristate) when request.Value != "m" => request.Value,
        (SymbolType.Tristate, ConfigValueKind.Tristate) => request.Value,
        (SymbolType.Int, ConfigValueKind.Number) when !request.Value.StartsWith("0x", StringComparison.OrdinalIgnoreCase) => request.Value,
        (SymbolType.Hex, ConfigValueKind.Number) when !request.Value.StartsWith('-') => request.Value,
        (SymbolType.String, ConfigValueKind.String) => request.Value,
        _ => null,
    };

    private static string? Render(Symbol symbol, ConfigRequest request)
    {
        if (Canonical(symbol, request) is not { } value)
        {
            return null;
        }

        return symbol.Type switch
        {
            SymbolType.Bool or SymbolType.Tristate when value == "n" => $"# {symbol.Name} is not set",
            SymbolType.String => $"{symbol.Name}=\"{Escape(value)}\"",
            _ => $"{symbol.Name}={value}",
        };
    }

    // conf writes a string value between quotes with " and \ escaped by a backslash, and reads it back so.
    private static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            if (c is '"' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    internal static string Describe(SymbolType type) => type switch
    {
        SymbolType.Bool => "a bool (write y or n)",
        SymbolType.Tristate => "a tristate (write y, m or n)",
        SymbolType.Int => "an int (write a decimal number)",
        SymbolType.Hex => "a hex (write a number such as 0x1000)",
        SymbolType.String => "a string (write the value in quotes)",
        _ => "untyped",
    };

    internal static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
