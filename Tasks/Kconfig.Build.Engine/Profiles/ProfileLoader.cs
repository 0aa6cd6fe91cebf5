using System.Globalization;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kconfig.Build.Engine.Profiles;

/// <summary>
/// Reads a YAML kernel profile. The representation model keeps every node's position, so each problem
/// is a diagnostic at the exact line and column of the offending key or value. Never throws for bad input.
/// </summary>
public static class ProfileLoader
{
    private const string ConfigPrefix = "CONFIG_";

    // Keys of the profile format. The later ones are designed (see docs/sdk.md) but not implemented yet;
    // accepting and ignoring them would silently build something other than what was asked.
    private static readonly string[] ImplementedKeys = ["name", "description", "arch", "base", "config"];
    private static readonly string[] PlannedKeys = ["kernel", "extends", "toolchain", "when", "devicetree"];

    /// <summary>Reads and parses the profile at <paramref name="path"/>.</summary>
    public static ProfileLoadResult Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new ProfileLoadResult(null, [Diagnostic.Error(DiagnosticCodes.ProfileUnreadable, SourceSpan.None, $"cannot read profile '{path}': {ex.Message}")]);
        }

        return Parse(path, text);
    }

    /// <summary>Parses profile text; <paramref name="path"/> is used for locations only.</summary>
    public static ProfileLoadResult Parse(string path, string text)
    {
        var diagnostics = new DiagnosticBag();
        var yaml = new YamlStream();
        try
        {
            using var reader = new StringReader(text);
            yaml.Load(reader);
        }
        catch (YamlException ex)
        {
            string code = ex.Message.Contains("Duplicate key", StringComparison.Ordinal) ? DiagnosticCodes.ProfileDuplicateKey : DiagnosticCodes.ProfileInvalidYaml;
            string message = code == DiagnosticCodes.ProfileDuplicateKey ? "duplicate key" : $"invalid YAML: {InnermostMessage(ex)}";
            diagnostics.Error(code, Span(path, ex.Start, ex.End), message);
            return new ProfileLoadResult(null, diagnostics.Items);
        }

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            SourceSpan where = yaml.Documents.Count == 0 ? SourceSpan.At(path, 1, 1) : Span(path, yaml.Documents[0].RootNode);
            diagnostics.Error(DiagnosticCodes.ProfileWrongNodeType, where, "a profile is a YAML mapping with the keys name, description, arch, base and config");
            return new ProfileLoadResult(null, diagnostics.Items);
        }

        if (yaml.Documents.Count > 1)
        {
            diagnostics.Error(DiagnosticCodes.ProfileInvalidYaml, Span(path, yaml.Documents[1].RootNode), "a profile file holds exactly one YAML document");
        }

        string? name = null;
        string? description = null;
        ProfileScalar? arch = null;
        ProfileBase @base = ProfileBase.Default;
        IReadOnlyList<ConfigRequest> requests = [];

        foreach (KeyValuePair<YamlNode, YamlNode> entry in root.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } key } keyNode)
            {
                diagnostics.Error(DiagnosticCodes.ProfileWrongNodeType, Span(path, entry.Key), "a profile key must be a plain word");
                continue;
            }

            if (Array.IndexOf(PlannedKeys, key) >= 0)
            {
                diagnostics.Error(DiagnosticCodes.ProfileKeyNotSupported, Span(path, keyNode), $"'{key}' is not supported yet by this version of Kconfig.Build.Sdk; remove it");
                continue;
            }

            if (Array.IndexOf(ImplementedKeys, key) < 0)
            {
                diagnostics.Error(DiagnosticCodes.ProfileUnknownKey, Span(path, keyNode), $"unknown key '{key}'; a profile has {string.Join(", ", ImplementedKeys)}");
                continue;
            }

            switch (key)
            {
                case "name":
                    name = ReadString(path, key, entry.Value, diagnostics)?.Value;
                    break;
                case "description":
                    description = ReadString(path, key, entry.Value, diagnostics)?.Value;
                    break;
                case "arch":
                    arch = ReadArch(path, entry.Value, diagnostics);
                    break;
                case "base":
                    @base = ReadBase(path, entry.Value, diagnostics) ?? @base;
                    break;
                case "config":
                    requests = ReadConfig(path, entry.Value, diagnostics);
                    break;
            }
        }

        return new ProfileLoadResult(diagnostics.HasErrors ? null : new Profile(path, name, description, arch, @base, requests), diagnostics.Items);
    }

    private static ProfileScalar? ReadString(string path, string key, YamlNode node, DiagnosticBag diagnostics)
    {
        if (node is not YamlScalarNode { Value: { } value } scalar)
        {
            diagnostics.Error(DiagnosticCodes.ProfileWrongNodeType, Span(path, node), $"'{key}' must be a text value");
            return null;
        }

        return new ProfileScalar(value, Span(path, scalar));
    }

    private static ProfileScalar? ReadArch(string path, YamlNode node, DiagnosticBag diagnostics)
    {
        ProfileScalar? arch = ReadString(path, "arch", node, diagnostics);
        if (arch is { } a && (a.Value.Length == 0 || !a.Value.All(c => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-')))
        {
            diagnostics.Error(DiagnosticCodes.ProfileUnknownArch, a.Location, $"'{a.Value}' is not an architecture name (as in ARCH=arm64 or ARCH=x86_64)");
            return null;
        }

        return arch;
    }

    private static ProfileBase? ReadBase(string path, YamlNode node, DiagnosticBag diagnostics)
    {
        if (ReadString(path, "base", node, diagnostics) is not { } value)
        {
            return null;
        }

        switch (value.Value)
        {
            case "defconfig":
                return new ProfileBase(ProfileBaseKind.Defconfig, null, value.Location);
            case "allnoconfig":
                return new ProfileBase(ProfileBaseKind.AllNoConfig, null, value.Location);
            case "alldefconfig":
                return new ProfileBase(ProfileBaseKind.AllDefConfig, null, value.Location);
            case "":
                diagnostics.Error(DiagnosticCodes.ProfileInvalidBase, value.Location, "'base' is empty; write defconfig, allnoconfig, alldefconfig or the path of a configuration file");
                return null;
            default:
                return new ProfileBase(ProfileBaseKind.File, value.Value, value.Location);
        }
    }

    private static List<ConfigRequest> ReadConfig(string path, YamlNode node, DiagnosticBag diagnostics)
    {
        var requests = new List<ConfigRequest>();
        if (node is not YamlMappingNode mapping)
        {
            // An empty `config:` is a null scalar: no requests, which is legitimate.
            if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or "~" or "null" })
            {
                return requests;
            }

            diagnostics.Error(DiagnosticCodes.ProfileWrongNodeType, Span(path, node), "'config' must be a mapping of SYMBOL: value");
            return requests;
        }

        var seen = new Dictionary<string, ConfigRequest>(StringComparer.Ordinal);
        foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } rawName } keyNode)
            {
                diagnostics.Error(DiagnosticCodes.ProfileWrongNodeType, Span(path, entry.Key), "a 'config' key must be a symbol name");
                continue;
            }

            SourceSpan keySpan = Span(path, keyNode);
            string symbolName = rawName.StartsWith(ConfigPrefix, StringComparison.Ordinal) ? rawName[ConfigPrefix.Length..] : rawName;
            if (symbolName.Length == 0 || !symbolName.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                diagnostics.Error(DiagnosticCodes.ProfileInvalidSymbolName, keySpan, $"'{rawName}' is not a symbol name (letters, digits and _)");
                continue;
            }

            if (entry.Value is not YamlScalarNode valueNode)
            {
                diagnostics.Error(DiagnosticCodes.ProfileWrongNodeType, Span(path, entry.Value), $"the value of {symbolName} must be y, m, n, a number or a quoted string");
                continue;
            }

            if (Classify(valueNode) is not { } kind)
            {
                diagnostics.Error(DiagnosticCodes.ProfileInvalidValue, Span(path, valueNode), $"'{valueNode.Value}' is not a value for {symbolName}: write y, m, n, a number, or a string in quotes");
                continue;
            }

            var request = new ConfigRequest(symbolName, valueNode.Value ?? string.Empty, kind, keySpan, Span(path, valueNode));
            if (seen.TryGetValue(symbolName, out ConfigRequest? first))
            {
                diagnostics.Error(DiagnosticCodes.ProfileDuplicateSymbol, keySpan, $"{symbolName} is already requested at line {first.Location.Line.ToString(CultureInfo.InvariantCulture)}");
                continue;
            }

            seen.Add(symbolName, request);
            requests.Add(request);
        }

        return requests;
    }

    private static ConfigValueKind? Classify(YamlScalarNode value)
    {
        if (value.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted)
        {
            return ConfigValueKind.String;
        }

        if (value.Style != ScalarStyle.Plain || value.Value is not { Length: > 0 } text)
        {
            return null;
        }

        if (text is "y" or "m" or "n")
        {
            return ConfigValueKind.Tristate;
        }

        return IsNumber(text) ? ConfigValueKind.Number : null;
    }

    private static bool IsNumber(string text)
    {
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return text.Length > 2 && text.AsSpan(2).ContainsAnyExcept("0123456789abcdefABCDEF") is false;
        }

        ReadOnlySpan<char> digits = text.StartsWith('-') ? text.AsSpan(1) : text.AsSpan();
        return digits.Length > 0 && !digits.ContainsAnyExcept("0123456789");
    }

    private static string InnermostMessage(Exception ex)
    {
        while (ex.InnerException is YamlException inner)
        {
            ex = inner;
        }

        return ex.Message;
    }

    private static SourceSpan Span(string path, YamlNode node) => Span(path, node.Start, node.End);

    // YamlDotNet marks are 1-based and the end mark points past the last character; SourceSpan's end is inclusive.
    private static SourceSpan Span(string path, Mark start, Mark end)
    {
        int line = (int)Math.Max(1, start.Line);
        int column = (int)Math.Max(1, start.Column);
        int endLine = (int)Math.Max(line, end.Line);
        int endColumn = endLine == line ? (int)Math.Max(column, end.Column - 1) : (int)Math.Max(1, end.Column - 1);
        return new SourceSpan(path, line, column, endLine, endColumn);
    }
}
