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

    private static readonly string[] Keys = ["name", "description", "arch", "kernel", "base", "extends", "toolchain", "config", "when", "devicetree"];
    private static readonly string[] ToolchainKeys = ["cross_compile", "cc", "ld", "llvm"];
    private static readonly string[] IntentKeys = ["prefer", "at_least", "forbid", "range", "reason", "unmet_select"];
    private static readonly string[] ConditionKeys = ["arch", "kernel", "expr", "all", "any"];

    /// <summary>Reads a profile and everything it <c>extends</c>, composed into one (see <see cref="ProfileComposer"/>).</summary>
    public static ProfileLoadResult Load(string path, ProfileLoadOptions options) => ProfileComposer.Load(path, options);

    /// <summary>Reads and parses the profile at <paramref name="path"/>.</summary>
    public static ProfileLoadResult Load(string path)
    {
        string text;
        try
        {
            // Checked before reading, so a huge file is refused without being loaded into memory.
            long bytes = new FileInfo(path).Length;
            if (bytes > ProfileYamlLimits.MaxCharacters)
            {
                return new ProfileLoadResult(null, [Diagnostic.Error(DiagnosticCodes.ProfileTooLarge, SourceSpan.At(path, 1, 1), $"the profile is {bytes} bytes long; the limit is {ProfileYamlLimits.MaxCharacters}")]);
            }

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
        if (FlowNestingBeyondLimit(path, text) is { } tooDeep)
        {
            // YamlDotNet builds nested flow collections recursively: a deep enough [[[[... overflows the stack.
            diagnostics.Error(DiagnosticCodes.ProfileInvalidYaml, tooDeep, $"invalid YAML: flow collections nested deeper than {MaxFlowNesting}");
            return new ProfileLoadResult(null, diagnostics.Items);
        }

        if (ProfileYamlLimits.Check(path, text) is { } broken)
        {
            diagnostics.Error(DiagnosticCodes.ProfileTooLarge, broken.Where, broken.Message);
            return new ProfileLoadResult(null, diagnostics.Items);
        }

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
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NotSupportedException or FormatException or OverflowException)
        {
            // YamlDotNet reports some malformed input (found by fuzzing: unsupported events, bad global tags,
            // scanner running out of tokens) with these instead of a YamlException, and without a position.
            diagnostics.Error(DiagnosticCodes.ProfileInvalidYaml, SourceSpan.At(path, 1, 1), $"invalid YAML: {ex.Message}");
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
        List<ProfileScalar> arches = [];
        ProfileScalar? kernel = null;
        ProfileBase @base = ProfileBase.Default;
        List<ProfileScalar> extends = [];
        ProfileToolchain? toolchain = null;
        List<ConfigRequest> requests = [];
        List<WhenClause> when = [];
        YamlMappingNode? deviceTree = null;

        foreach (KeyValuePair<YamlNode, YamlNode> entry in root.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } key } keyNode)
            {
                diagnostics.Error(DiagnosticCodes.ProfileWrongNodeType, Span(path, entry.Key), "a profile key must be a plain word");
                continue;
            }

            if (Array.IndexOf(Keys, key) < 0)
            {
                diagnostics.Error(DiagnosticCodes.ProfileUnknownKey, Span(path, keyNode), $"unknown key '{key}'; a profile has {string.Join(", ", Keys)}");
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
                    arches = ReadArches(path, entry.Value, diagnostics);
                    break;
                case "kernel":
                    kernel = ReadKernel(path, entry.Value, diagnostics);
                    break;
                case "base":
                    @base = ReadBase(path, entry.Value, diagnostics) ?? @base;
                    break;
                case "extends":
                    extends = ReadStringList(path, key, entry.Value, diagnostics);
                    break;
                case "toolchain":
                    toolchain = ReadToolchain(path, entry.Value, diagnostics);
                    break;
                case "config":
                    requests = ReadConfig(path, "config", entry.Value, diagnostics);
                    break;
                case "when":
                    when = ReadWhen(path, entry.Value, diagnostics);
                    break;
                case "devicetree":
                    if (entry.Value is YamlMappingNode dt)
                    {
                        deviceTree = dt;
                    }
                    else
                    {
                        diagnostics.Error(DiagnosticCodes.ProfileWrongNodeType, Span(path, entry.Value), "'devicetree' must be a mapping (see docs/devicetree.md)");
                    }

                    break;
            }
        }

        Profile? profile = diagnostics.HasErrors
            ? null
            : new Profile(path, name, description, arches.Count == 1 ? arches[0] : null, @base, requests)
            {
                Arches = arches,
                Kernel = kernel,
                Extends = extends,
                Toolchain = toolchain,
                When = when,
                DeviceTree = deviceTree,
                DeviceTreeFile = deviceTree is null ? null : path,
                Files = [path],
            };
        return new ProfileLoadResult(profile, diagnostics.Items);
    }

    private static List<ProfileScalar> ReadStringList(string path, string key, YamlNode node, DiagnosticBag diagnostics)
    {
        var list = new List<ProfileScalar>();
        if (node is YamlSequenceNode sequence)
        {
            foreach (YamlNode item in sequence.Children)
            {
                if (ReadString(path, key, item, diagnostics) is { } value)
                {
                    list.Add(value);
                }
            }
        }
        else if (ReadString(path, key, node, diagnostics) is { } single)
        {
            list.Add(single);
        }

        return list;
    }

    private static List<ProfileScalar> ReadArches(string path, YamlNode node, DiagnosticBag diagnostics)
    {
        var arches = new List<ProfileScalar>();
        foreach (ProfileScalar a in ReadStringList(path, "arch", node, diagnostics))
        {
            if (a.Value.Length == 0 || !a.Value.All(c => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-'))
            {
                diagnostics.Error(DiagnosticCodes.ProfileUnknownArch, a.Location, $"'{a.Value}' is not an architecture name (as in ARCH=arm64 or ARCH=x86_64)");
                continue;
            }

            arches.Add(a);
        }

        return arches;
    }

    private static ProfileScalar? ReadKernel(string path, YamlNode node, DiagnosticBag diagnostics)
    {
        if (ReadString(path, "kernel", node, diagnostics) is not { } kernel)
        {
            return null;
        }

        if (KernelVersionWindow.Parse(kernel.Value, out string? error) is null)
        {
            diagnostics.Error(DiagnosticCodes.ProfileInvalidKernelWindow, kernel.Location, error!);
            return null;
        }

        return kernel;
    }

    private static ProfileToolchain? ReadToolchain(string path, YamlNode node, DiagnosticBag diagnostics)
    {
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Error(DiagnosticCodes.ProfileWrongNodeType, Span(path, node), "'toolchain' must be a mapping with cross_compile, cc, ld, llvm");
            return null;
        }

        var values = new Dictionary<string, ProfileScalar>(StringComparer.Ordinal);
        foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
        {
            string? key = (entry.Key as YamlScalarNode)?.Value;
            if (key is null || Array.IndexOf(ToolchainKeys, key) < 0)
            {
                diagnostics.Error(DiagnosticCodes.ProfileUnknownKey, Span(path, entry.Key), $"unknown toolchain key '{key}'; toolchain has {string.Join(", ", ToolchainKeys)}");
                continue;
            }

            if (ReadString(path, key, entry.Value, diagnostics) is { } value)
            {
                values[key] = value;
            }
        }

        ProfileScalar? Get(string k) => values.TryGetValue(k, out ProfileScalar v) ? v : null;
        return new ProfileToolchain(Get("cross_compile"), Get("cc"), Get("ld"), Get("llvm"), Span(path, mapping));
    }

    private static List<WhenClause> ReadWhen(string path, YamlNode node, DiagnosticBag diagnostics)
    {
        var clauses = new List<WhenClause>();
        if (node is not YamlSequenceNode sequence)
        {
            diagnostics.Error(DiagnosticCodes.ProfileWrongNodeType, Span(path, node), "'when' must be a list of {if: condition, config: requests}");
            return clauses;
        }

        foreach (YamlNode item in sequence.Children)
        {
            if (item is not YamlMappingNode mapping)
            {
                diagnostics.Error(DiagnosticCodes.ProfileWrongNodeType, Span(path, item), "a 'when' entry must be a mapping {if: condition, config: requests}");
                continue;
            }

            WhenCondition? condition = null;
            List<ConfigRequest> requests = [];
            foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
            {
                switch ((entry.Key as YamlScalarNode)?.Value)
                {
                    case "if":
                        condition = ReadCondition(path, entry.Value, diagnostics);
                        break;
                    case "config":
                        requests = ReadConfig(path, "config", entry.Value, diagnostics);
                        break;
                    default:
                        diagnostics.Error(DiagnosticCodes.ProfileUnknownKey, Span(path, entry.Key), $"unknown key '{(entry.Key as YamlScalarNode)?.Value}' in a 'when' entry; it has if and config");
                        break;
                }
            }

            if (condition is null)
            {
                diagnostics.Error(DiagnosticCodes.ProfileInvalidCondition, Span(path, mapping), "a 'when' entry needs an 'if' condition");
                continue;
            }

            clauses.Add(new WhenClause(condition, requests, Span(path, mapping)));
        }

        return clauses;
    }

    private static WhenCondition? ReadCondition(string path, YamlNode node, DiagnosticBag diagnostics)
    {
        if (node is not YamlMappingNode mapping || mapping.Children.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.ProfileInvalidCondition, Span(path, node), "a condition is a mapping of arch, kernel, expr, all, any");
            return null;
        }

        List<ProfileScalar> arches = [];
        ProfileScalar? kernel = null;
        ProfileScalar? expression = null;
        var all = new List<WhenCondition>();
        var any = new List<WhenCondition>();
        foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
        {
            string? key = (entry.Key as YamlScalarNode)?.Value;
            switch (key)
            {
                case "arch":
                    arches = ReadArches(path, entry.Value, diagnostics);
                    break;
                case "kernel":
                    kernel = ReadKernel(path, entry.Value, diagnostics);
                    break;
                case "expr":
                    expression = ReadString(path, key, entry.Value, diagnostics);
                    break;
                case "all" or "any":
                    if (entry.Value is not YamlSequenceNode nested)
                    {
                        diagnostics.Error(DiagnosticCodes.ProfileWrongNodeType, Span(path, entry.Value), $"'{key}' must be a list of conditions");
                        break;
                    }

                    foreach (YamlNode n in nested.Children)
                    {
                        if (ReadCondition(path, n, diagnostics) is { } c)
                        {
                            (key == "all" ? all : any).Add(c);
                        }
                    }

                    break;
                default:
                    diagnostics.Error(DiagnosticCodes.ProfileUnknownKey, Span(path, entry.Key), $"unknown condition key '{key}'; a condition has {string.Join(", ", ConditionKeys)}");
                    break;
            }
        }

        return new WhenCondition(arches, kernel, expression, all, any, Span(path, mapping));
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
            case "tinyconfig":
                return new ProfileBase(ProfileBaseKind.TinyConfig, null, value.Location);
            case "":
                diagnostics.Error(DiagnosticCodes.ProfileInvalidBase, value.Location, "'base' is empty; write defconfig, allnoconfig, alldefconfig, tinyconfig or the path of a configuration file");
                return null;
            default:
                return new ProfileBase(ProfileBaseKind.File, value.Value, value.Location);
        }
    }

    private static List<ConfigRequest> ReadConfig(string path, string key, YamlNode node, DiagnosticBag diagnostics)
    {
        var requests = new List<ConfigRequest>();
        if (node is not YamlMappingNode mapping)
        {
            // An empty `config:` is a null scalar: no requests, which is legitimate.
            if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or "~" or "null" })
            {
                return requests;
            }

            diagnostics.Error(DiagnosticCodes.ProfileWrongNodeType, Span(path, node), $"'{key}' must be a mapping of SYMBOL: value");
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

            ConfigRequest? request = entry.Value is YamlMappingNode intent
                ? ReadIntent(path, symbolName, keySpan, intent, diagnostics)
                : ReadExact(path, symbolName, keySpan, entry.Value, diagnostics);
            if (request is null)
            {
                continue;
            }

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

    private static ConfigRequest? ReadExact(string path, string symbolName, SourceSpan keySpan, YamlNode node, DiagnosticBag diagnostics)
    {
        if (node is not YamlScalarNode valueNode)
        {
            diagnostics.Error(DiagnosticCodes.ProfileWrongNodeType, Span(path, node), $"the value of {symbolName} must be y, m, n, a number, a quoted string or an intent such as {{prefer: y}}");
            return null;
        }

        if (Classify(valueNode) is not { } kind)
        {
            diagnostics.Error(DiagnosticCodes.ProfileInvalidValue, Span(path, valueNode), $"'{valueNode.Value}' is not a value for {symbolName}: write y, m, n, a number, or a string in quotes");
            return null;
        }

        return new ConfigRequest(symbolName, valueNode.Value ?? string.Empty, kind, keySpan, Span(path, valueNode));
    }

    // {prefer: v} | {at_least: m} | {forbid: true} | {range: [lo, hi]} | {value: v}, each with optional reason and unmet_select.
    private static ConfigRequest? ReadIntent(string path, string symbolName, SourceSpan keySpan, YamlMappingNode mapping, DiagnosticBag diagnostics)
    {
        ConfigRequest? request = null;
        string? reason = null;
        bool allowUnmetSelect = false;
        YamlNode? unmetSelectKey = null;
        int errors = diagnostics.Count;
        foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
        {
            string? key = (entry.Key as YamlScalarNode)?.Value;
            switch (key)
            {
                case "prefer" or "at_least":
                    if (ReadExact(path, symbolName, keySpan, entry.Value, diagnostics) is { } r)
                    {
                        if (key == "at_least" && r.Value is not ("m" or "y"))
                        {
                            diagnostics.Error(DiagnosticCodes.ProfileInvalidIntent, r.ValueLocation, $"at_least takes m or y, not '{r.Value}'");
                            break;
                        }

                        request = SetIntent(request, r with { }, key == "prefer" ? ConfigIntent.Prefer : ConfigIntent.AtLeast, entry.Key, path, diagnostics);
                    }

                    break;
                case "forbid":
                    if (entry.Value is not YamlScalarNode { Value: "true" } forbid)
                    {
                        diagnostics.Error(DiagnosticCodes.ProfileInvalidIntent, Span(path, entry.Value), "forbid takes true");
                        break;
                    }

                    request = SetIntent(request, new ConfigRequest(symbolName, "n", ConfigValueKind.Tristate, keySpan, Span(path, forbid)), ConfigIntent.Forbid, entry.Key, path, diagnostics);
                    break;
                case "range":
                    if (entry.Value is not YamlSequenceNode { Children.Count: 2 } bounds
                        || bounds.Children[0] is not YamlScalarNode { Style: ScalarStyle.Plain, Value: { } low }
                        || bounds.Children[1] is not YamlScalarNode { Style: ScalarStyle.Plain, Value: { } high }
                        || !IsNumber(low) || !IsNumber(high))
                    {
                        diagnostics.Error(DiagnosticCodes.ProfileInvalidIntent, Span(path, entry.Value), "range takes two numbers: [low, high]");
                        break;
                    }

                    if (ParseNumber(low) > ParseNumber(high))
                    {
                        diagnostics.Error(DiagnosticCodes.ProfileInvalidIntent, Span(path, entry.Value), $"range [{low}, {high}] is empty: its low bound is above its high bound");
                        break;
                    }

                    request = SetIntent(request, new ConfigRequest(symbolName, low, ConfigValueKind.Number, keySpan, Span(path, entry.Value)) { RangeHigh = high }, ConfigIntent.Range, entry.Key, path, diagnostics);
                    break;
                case "reason":
                    reason = ReadString(path, key, entry.Value, diagnostics)?.Value;
                    break;
                case "unmet_select":
                    if (entry.Value is not YamlScalarNode { Value: "warning" or "error" } level)
                    {
                        diagnostics.Error(DiagnosticCodes.ProfileInvalidIntent, Span(path, entry.Value), "unmet_select takes warning or error");
                        break;
                    }

                    allowUnmetSelect = level.Value == "warning";
                    unmetSelectKey = entry.Key;
                    break;
                default:
                    diagnostics.Error(DiagnosticCodes.ProfileUnknownKey, Span(path, entry.Key), $"unknown key '{key}' for {symbolName}; write one of prefer, at_least, forbid, range, with reason and unmet_select");
                    break;
            }
        }

        if (diagnostics.Count != errors)
        {
            return null;
        }

        if (request is null && unmetSelectKey is not null)
        {
            // The policy alone: the symbol is not requested, only a select of it with unmet dependencies is allowed.
            request = new ConfigRequest(symbolName, string.Empty, ConfigValueKind.Tristate, keySpan, Span(path, unmetSelectKey!)) { Intent = ConfigIntent.SelectPolicy };
        }

        if (request is null)
        {
            diagnostics.Error(DiagnosticCodes.ProfileInvalidIntent, Span(path, mapping), $"{symbolName} needs one of prefer, at_least, forbid or range (or unmet_select: warning with a reason)");
            return null;
        }

        if (allowUnmetSelect && string.IsNullOrWhiteSpace(reason))
        {
            diagnostics.Error(DiagnosticCodes.ProfileInvalidIntent, Span(path, mapping), $"unmet_select: warning on {symbolName} needs a reason");
            return null;
        }

        return request with { Reason = reason, AllowUnmetSelect = allowUnmetSelect };
    }

    private static ConfigRequest? SetIntent(ConfigRequest? previous, ConfigRequest request, ConfigIntent intent, YamlNode key, string path, DiagnosticBag diagnostics)
    {
        if (previous is not null)
        {
            diagnostics.Error(DiagnosticCodes.ProfileInvalidIntent, Span(path, key), $"{request.SymbolName} has more than one of prefer, at_least, forbid, range");
            return previous;
        }

        return request with { Intent = intent };
    }

    internal static long ParseNumber(string text) => text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
        ? long.Parse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)
        : long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

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

    private const int MaxFlowNesting = 64;

    /// <summary>Where flow collections ([ and {) nest deeper than <see cref="MaxFlowNesting"/>, outside quotes and comments; null if nowhere.</summary>
    private static SourceSpan? FlowNestingBeyondLimit(string path, string text)
    {
        int depth = 0, line = 1, column = 0;
        char quote = '\0';
        bool comment = false;
        char previous = '\n';
        foreach (char c in text)
        {
            column++;
            if (c == '\n')
            {
                line++;
                column = 0;
                comment = false;
                previous = c;
                continue;
            }

            if (comment)
            {
                continue;
            }

            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '#' && (previous is ' ' or '\t' or '\n'))
            {
                comment = true;
            }
            else if (c is '[' or '{')
            {
                if (++depth > MaxFlowNesting)
                {
                    return SourceSpan.At(path, line, column);
                }
            }
            else if (c is ']' or '}' && depth > 0)
            {
                depth--;
            }

            previous = c;
        }

        return null;
    }

    private static string InnermostMessage(Exception ex)
    {
        while (ex.InnerException is YamlException inner)
        {
            ex = inner;
        }

        return ex.Message;
    }

    internal static SourceSpan Span(string path, YamlNode node) => Span(path, node.Start, node.End);

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
