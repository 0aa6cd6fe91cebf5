using System.Text;
using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Engine.ConfigFiles;

/// <summary>
/// Renders the files conf writes, byte for byte: .config, auto.conf, autoconf.h, rustc_cfg,
/// auto.conf.cmd and the savedefconfig output. Rendering .config and defconfig computes symbols,
/// so it moves the configuration's evaluation state exactly as conf does.
/// </summary>
public static class ConfigWriter
{
    /// <summary>The full .config text, as conf_write() produces it.</summary>
    public static string WriteDotConfig(Configuration configuration, string? prefix = null)
    {
        prefix ??= configuration.Prefix;
        var output = new StringBuilder();
        WriteHeading(output, configuration.Model, "#", "#", "#");
        if (!configuration.IsChanged)
        {
            configuration.ClearAllValid();
        }

        MenuNode root = configuration.Model.RootMenu;
        bool needNewline = false;
        MenuNode? node = root.FirstChild;
        while (node is not null)
        {
            Symbol? symbol = node.Symbol;
            if (symbol is null)
            {
                if (configuration.IsMenuVisible(node))
                {
                    output.Append("\n#\n# ").Append(node.Prompt!.Text).Append("\n#\n");
                    needNewline = false;
                }
            }
            else if (!symbol.IsChoice && !configuration.HasWrittenFlag(symbol))
            {
                configuration.CalcValue(symbol);
                if (configuration.HasWriteFlag(symbol))
                {
                    if (needNewline)
                    {
                        output.Append('\n');
                        needNewline = false;
                    }

                    configuration.SetWrittenFlag(symbol);
                    AppendDotConfigLine(output, configuration, symbol, prefix);
                }
            }

            if (node.FirstChild is not null)
            {
                node = node.FirstChild;
                continue;
            }

            while (true)
            {
                if (node.Symbol is null && !ReferenceEquals(node, root) && node.Kind == MenuNodeKind.Menu
                    && configuration.IsMenuVisible(node))
                {
                    output.Append("# end of ").Append(node.Prompt!.Text).Append('\n');
                    needNewline = true;
                }

                if (node.Next is not null)
                {
                    node = node.Next;
                    break;
                }

                node = node.Parent;
                if (node is null)
                {
                    break;
                }
            }
        }

        configuration.ClearAllWrittenFlags();
        return output.ToString();
    }

    /// <summary>The minimal configuration, as conf_write_defconfig() produces it (no header, no menus).</summary>
    public static string WriteDefconfig(Configuration configuration, string? prefix = null)
    {
        prefix ??= configuration.Prefix;
        var output = new StringBuilder();
        configuration.ClearAllValid();
        MenuNode root = configuration.Model.RootMenu;
        for (MenuNode? node = Configuration.NextNode(root, root); node is not null; node = Configuration.NextNode(node, root))
        {
            Symbol? symbol = node.Symbol;
            if (symbol is null || symbol.IsChoice)
            {
                continue;
            }

            configuration.CalcValue(symbol);
            if (!configuration.HasWriteFlag(symbol))
            {
                continue;
            }

            // Cleared so that a symbol defined in several places is considered once.
            configuration.ClearWriteFlag(symbol);
            if (!configuration.IsChangeable(symbol))
            {
                continue;
            }

            if (string.Equals(configuration.CurrentStringValue(symbol), configuration.GetStringDefault(symbol), StringComparison.Ordinal))
            {
                continue;
            }

            if (symbol.ChoiceNode is { } choice
                && ReferenceEquals(configuration.ChoiceDefault(choice), symbol)
                && configuration.CurrentTristate(symbol) == Tristate.Yes)
            {
                continue;
            }

            AppendDotConfigLine(output, configuration, symbol, prefix);
        }

        return output.ToString();
    }

    /// <summary>include/config/auto.conf: enabled symbols in hash order, strings raw.</summary>
    public static string WriteAutoConf(Configuration configuration, string? prefix = null)
    {
        prefix ??= configuration.Prefix;
        var output = new StringBuilder();
        WriteHeading(output, configuration.Model, "#", "#", "#");
        foreach (Symbol symbol in WrittenSymbols(configuration))
        {
            if (symbol.Type == SymbolType.Unknown)
            {
                continue;
            }

            string value = configuration.CurrentStringValue(symbol);
            if (symbol.Type is SymbolType.Bool or SymbolType.Tristate && value == "n")
            {
                continue;
            }

            output.Append(prefix).Append(symbol.Name).Append('=').Append(value).Append('\n');
        }

        return output.ToString();
    }

    /// <summary>include/generated/autoconf.h: <c>#define</c>s in hash order, m as <c>_MODULE</c>.</summary>
    public static string WriteAutoHeader(Configuration configuration, string? prefix = null)
    {
        prefix ??= configuration.Prefix;
        var output = new StringBuilder();
        WriteHeading(output, configuration.Model, "/*", " *", " */");
        foreach (Symbol symbol in WrittenSymbols(configuration))
        {
            string value = configuration.CurrentStringValue(symbol);
            string suffix = string.Empty;
            string valuePrefix = string.Empty;
            switch (symbol.Type)
            {
                case SymbolType.Unknown:
                    continue;
                case SymbolType.Bool:
                case SymbolType.Tristate:
                    if (value == "n")
                    {
                        continue;
                    }

                    suffix = value == "m" ? "_MODULE" : string.Empty;
                    value = "1";
                    break;
                case SymbolType.Hex:
                    valuePrefix = HasHexPrefix(value) ? string.Empty : "0x";
                    break;
                case SymbolType.String:
                    value = Escape(value);
                    break;
            }

            output.Append("#define ").Append(prefix).Append(symbol.Name).Append(suffix).Append(' ')
                .Append(valuePrefix).Append(value).Append('\n');
        }

        return output.ToString();
    }

    /// <summary>include/generated/rustc_cfg: <c>--cfg</c> options for rustc, no header.</summary>
    public static string WriteRustcCfg(Configuration configuration, string? prefix = null)
    {
        prefix ??= configuration.Prefix;
        var output = new StringBuilder();
        foreach (Symbol symbol in WrittenSymbols(configuration))
        {
            string value = configuration.CurrentStringValue(symbol);
            switch (symbol.Type)
            {
                case SymbolType.Unknown:
                    continue;
                case SymbolType.Bool:
                case SymbolType.Tristate:
                    if (value == "n")
                    {
                        continue;
                    }

                    output.Append("--cfg=").Append(prefix).Append(symbol.Name).Append('\n');
                    break;
                case SymbolType.Hex:
                    if (!HasHexPrefix(value))
                    {
                        value = "0x" + value;
                    }

                    break;
            }

            output.Append("--cfg=").Append(prefix).Append(symbol.Name).Append('=').Append(Escape(value)).Append('\n');
        }

        return output.ToString();
    }

    /// <summary>include/config/auto.conf.cmd: the Kconfig files read and the environment they saw, for make.</summary>
    public static string WriteAutoConfCmd(KconfigModel model, string autoConfigName)
    {
        var output = new StringBuilder();
        output.Append("autoconfig := ").Append(autoConfigName).Append('\n');
        output.Append("\ndeps_config := \\\n");
        foreach (string file in model.Files)
        {
            output.Append('\t').Append(file).Append(" \\\n");
        }

        output.Append("\n$(autoconfig): $(deps_config)\n$(deps_config): ;\n");
        foreach (KeyValuePair<string, string?> variable in model.EnvironmentVariables)
        {
            if (variable.Value is null)
            {
                continue;
            }

            output.Append("\nifneq \"$(").Append(variable.Key).Append(")\" \"").Append(variable.Value)
                .Append("\"\n$(autoconfig): FORCE\nendif\n");
        }

        return output.ToString();
    }

    /// <summary>One line as .config has it: <c>CONFIG_X=value</c>, or <c># CONFIG_X is not set</c> for n.</summary>
    public static void AppendDotConfigLine(StringBuilder output, Configuration configuration, Symbol symbol, string prefix)
    {
        AppendSymbolLine(output, configuration, symbol, prefix, notSetComment: true);
    }

    /// <summary>The line --listnewconfig prints: like .config, but n as <c>CONFIG_X=n</c>.</summary>
    public static void AppendListConfigLine(StringBuilder output, Configuration configuration, Symbol symbol, string prefix)
    {
        AppendSymbolLine(output, configuration, symbol, prefix, notSetComment: false);
    }

    /// <summary>escape_string_value(): double quotes around, backslash before <c>"</c> and <c>\</c>.</summary>
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (char c in value)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        builder.Append('"');
        return builder.ToString();
    }

    private static void AppendSymbolLine(StringBuilder output, Configuration configuration, Symbol symbol, string prefix, bool notSetComment)
    {
        if (symbol.Type == SymbolType.Unknown)
        {
            return;
        }

        string value = configuration.CurrentStringValue(symbol);
        if (notSetComment && symbol.Type is SymbolType.Bool or SymbolType.Tristate && value == "n")
        {
            output.Append("# ").Append(prefix).Append(symbol.Name).Append(" is not set\n");
            return;
        }

        if (symbol.Type == SymbolType.String)
        {
            value = Escape(value);
        }

        output.Append(prefix).Append(symbol.Name).Append('=').Append(value).Append('\n');
    }

    private static IEnumerable<Symbol> WrittenSymbols(Configuration configuration)
    {
        // conf_write_autoconf() computes every symbol first; a no-op for those already computed.
        foreach (Symbol symbol in configuration.HashOrder)
        {
            configuration.CalcValue(symbol);
        }

        foreach (Symbol symbol in configuration.HashOrder)
        {
            if (symbol.Name is not null && configuration.HasWriteFlag(symbol))
            {
                yield return symbol;
            }
        }
    }

    private static bool HasHexPrefix(string value) =>
        value.Length >= 2 && value[0] == '0' && (value[1] == 'x' || value[1] == 'X');

    private static void WriteHeading(StringBuilder output, KconfigModel model, string prefix, string decoration, string postfix)
    {
        output.Append(prefix).Append('\n');
        output.Append(decoration).Append(" Automatically generated file; DO NOT EDIT.\n");
        output.Append(decoration).Append(' ').Append(model.MainMenuTitle).Append('\n');
        output.Append(postfix).Append('\n');
    }
}
