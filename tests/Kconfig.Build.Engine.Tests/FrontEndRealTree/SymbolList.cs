using System.Text;
using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Engine.Tests.FrontEndRealTree;

/// <summary>Our model's symbol set in the output format of kconfig-symbols (eng/kernel/kconfig-symbols.c).</summary>
internal static class SymbolList
{
    public static string Print(KconfigModel model)
    {
        var lines = new List<byte[]>();
        int defined = 0, undefined = 0, constants = 0, choices = 0;
        foreach (Symbol symbol in model.Symbols)
        {
            if (symbol == model.Yes || symbol == model.Mod || symbol == model.No)
            {
                continue;
            }

            string type = symbol.Type switch
            {
                SymbolType.Bool => "bool",
                SymbolType.Tristate => "tristate",
                SymbolType.Int => "int",
                SymbolType.Hex => "hex",
                SymbolType.String => "string",
                _ => "unknown",
            };
            string name;
            string kind;
            if (symbol.IsChoice)
            {
                name = $"<choice>@{symbol.Nodes[0].Location.File}:{symbol.Nodes[0].Location.Line}";
                kind = "choice";
                choices++;
            }
            else if (symbol.IsConstant)
            {
                name = "\"" + symbol.Name!.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
                    .Replace("\t", "\\t", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
                kind = "const";
                constants++;
            }
            else if (symbol.Nodes.Count > 0)
            {
                name = symbol.Name!;
                kind = "defined";
                defined++;
            }
            else
            {
                name = symbol.Name!;
                kind = "undefined";
                undefined++;
            }

            lines.Add(Encoding.UTF8.GetBytes($"{name}\t{type}\t{kind}\t{symbol.Nodes.Count}"));
        }

        lines.Sort((a, b) => a.AsSpan().SequenceCompareTo(b));
        var text = new StringBuilder("# kconfig-symbols 1\n");
        foreach (byte[] line in lines)
        {
            text.Append(Encoding.UTF8.GetString(line)).Append('\n');
        }

        text.Append($"# total {lines.Count} defined={defined} undefined={undefined} const={constants} choice={choices}\n");
        return text.ToString();
    }
}
