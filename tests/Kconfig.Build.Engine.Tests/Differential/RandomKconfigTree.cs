using System.Globalization;
using System.Text;

namespace Kconfig.Build.Engine.Tests.Differential;

/// <summary>
/// A small random Kconfig tree and a random .config for it: every construct the evaluator has to get right
/// (choices, select, imply, ranges, menus, ifs, visible if, int/hex/string, MODULES, comparisons) with
/// the same seed always giving the same text. Dependencies and defaults mostly point at earlier symbols and
/// select/imply at later ones, so most trees load; a few references go anywhere, to reach the recursive
/// dependency and unmet-select paths too.
/// </summary>
internal sealed class RandomKconfigTree
{
    private static readonly string[] Types = { "bool", "bool", "tristate", "tristate", "int", "hex", "string" };

    private readonly Random _random;
    private readonly List<(string Name, string Type)> _symbols = new();
    private readonly StringBuilder _text = new();
    private int _depth;

    private RandomKconfigTree(Random random) => _random = random;

    /// <summary>The Kconfig file.</summary>
    public string Kconfig { get; private set; } = string.Empty;

    /// <summary>A .config for olddefconfig/savedefconfig/syncconfig and the file of --defconfig.</summary>
    public string Config { get; private set; } = string.Empty;

    /// <summary>Case <paramref name="index"/> of the batch <paramref name="seed"/>: independent of every other case.</summary>
    public static RandomKconfigTree Generate(int seed, int index)
    {
        var tree = new RandomKconfigTree(new Random(unchecked((seed * 1_000_003) ^ index)));
        tree.Build();
        return tree;
    }

    private void Build()
    {
        int count = _random.Next(3, 16);
        for (int i = 0; i < count; i++)
        {
            _symbols.Add(("S" + i.ToString(CultureInfo.InvariantCulture), Types[_random.Next(Types.Length)]));
        }

        if (Chance(3, 4))
        {
            _symbols.Add(("MODULES", "bool"));
        }

        if (Chance(1, 2))
        {
            _text.Append("mainmenu \"Random ").Append(_random.Next(100)).Append("\"\n\n");
        }

        int next = 0;
        while (next < count)
        {
            next = Statement(next, count);
        }

        if (_symbols[^1].Name == "MODULES")
        {
            _text.Append("config MODULES\n\tbool \"modules\"\n\tmodules\n");
            if (Chance(1, 2))
            {
                _text.Append("\tdefault y\n");
            }
        }

        Kconfig = _text.ToString();
        Config = RandomConfig();
    }

    private int Statement(int index, int count)
    {
        int roll = _random.Next(20);
        if (roll < 2 && _depth < 3 && index + 2 <= count)
        {
            _depth++;
            _text.Append("menu \"menu ").Append(index).Append("\"\n");
            if (Chance(1, 3))
            {
                _text.Append("\tdepends on ").Append(Expression(index, 2)).Append('\n');
            }

            if (Chance(1, 3))
            {
                _text.Append("\tvisible if ").Append(Expression(index, 2)).Append('\n');
            }

            int end = index + _random.Next(1, Math.Min(4, count - index) + 1);
            while (index < end)
            {
                index = Statement(index, end);
            }

            _text.Append("endmenu\n\n");
            _depth--;
            return index;
        }

        if (roll < 4 && _depth < 3 && index + 2 <= count)
        {
            _depth++;
            _text.Append("if ").Append(Expression(index, 2)).Append("\n\n");
            int end = index + _random.Next(1, Math.Min(4, count - index) + 1);
            while (index < end)
            {
                index = Statement(index, end);
            }

            _text.Append("endif\n\n");
            _depth--;
            return index;
        }

        if (roll < 6 && index + 2 <= count)
        {
            return Choice(index, count);
        }

        if (roll == 6)
        {
            _text.Append("comment \"comment ").Append(index).Append('"');
            _text.Append(Chance(1, 2) ? "\n\tdepends on " + Expression(index, 2) + "\n\n" : "\n\n");
        }

        ConfigEntry(index, inChoice: false);
        return index + 1;
    }

    private int Choice(int index, int count)
    {
        int members = Math.Min(_random.Next(2, 5), count - index);
        for (int i = index; i < index + members; i++)
        {
            _symbols[i] = (_symbols[i].Name, "bool");
        }

        _text.Append("choice\n\tprompt \"choice ").Append(index).Append('"');
        _text.Append(Chance(1, 4) ? " if " + Expression(index, 2) + "\n" : "\n");
        if (Chance(1, 3))
        {
            _text.Append("\tdepends on ").Append(Expression(index, 2)).Append('\n');
        }

        if (Chance(1, 2))
        {
            _text.Append("\tdefault ").Append(_symbols[index + _random.Next(members)].Name);
            _text.Append(Chance(1, 3) ? " if " + Expression(index, 1) + "\n" : "\n");
        }

        _text.Append('\n');
        for (int i = index; i < index + members; i++)
        {
            ConfigEntry(i, inChoice: true);
        }

        _text.Append("endchoice\n\n");
        return index + members;
    }

    private void ConfigEntry(int index, bool inChoice)
    {
        (string name, string type) = _symbols[index];
        _text.Append(!inChoice && Chance(1, 8) ? "menuconfig " : "config ").Append(name).Append('\n');
        bool prompt = inChoice || Chance(2, 3);
        _text.Append('\t').Append(type);
        if (prompt)
        {
            _text.Append(" \"").Append(name.ToLowerInvariant()).Append('"');
            if (!inChoice && Chance(1, 5))
            {
                _text.Append(" if ").Append(Expression(index, 2));
            }
        }

        _text.Append('\n');
        if (Chance(1, 3))
        {
            _text.Append("\tdepends on ").Append(Expression(index, 3)).Append('\n');
        }

        if (!inChoice)
        {
            int defaults = _random.Next(3);
            for (int i = 0; i < defaults; i++)
            {
                _text.Append("\tdefault ").Append(Value(type, index));
                _text.Append(Chance(1, 2) ? " if " + Expression(index, 2) + "\n" : "\n");
            }
        }

        if (type is "int" or "hex" && Chance(1, 2))
        {
            long low = _random.Next(-2, 20);
            long high = low + _random.Next(0, 40);
            if (type == "hex")
            {
                low = Math.Abs(low);
                high = Math.Abs(high);
            }

            _text.Append("\trange ").Append(Number(type, low)).Append(' ').Append(Number(type, high));
            _text.Append(Chance(1, 3) ? " if " + Expression(index, 1) + "\n" : "\n");
        }

        if (type is "bool" or "tristate")
        {
            for (int i = _random.Next(3); i > 0; i--)
            {
                string? target = Later(index, "bool", "tristate");
                if (target is not null)
                {
                    _text.Append(Chance(2, 3) ? "\tselect " : "\timply ").Append(target);
                    _text.Append(Chance(1, 3) ? " if " + Expression(index, 1) + "\n" : "\n");
                }
            }
        }

        if (Chance(1, 6))
        {
            _text.Append("\thelp\n\t  Help of ").Append(name).Append(".\n");
        }

        _text.Append('\n');
    }

    private string Value(string type, int index)
    {
        switch (type)
        {
            case "bool":
            case "tristate":
                return _random.Next(4) switch
                {
                    0 => "y",
                    1 => "m",
                    2 => "n",
                    _ => Expression(index, 2),
                };
            case "int":
            case "hex":
                string? same = Earlier(index, type);
                return same is not null && Chance(1, 4) ? same : Number(type, _random.Next(-5, 60));
            default:
                return _random.Next(3) switch
                {
                    0 => "\"\"",
                    1 => "\"text " + _random.Next(10) + "\"",
                    _ => Earlier(index, "string") ?? "\"x\"",
                };
        }
    }

    private static string Number(string type, long value) => type == "hex"
        ? "0x" + Math.Abs(value).ToString("x", CultureInfo.InvariantCulture)
        : value.ToString(CultureInfo.InvariantCulture);

    private string Expression(int index, int depth)
    {
        int roll = _random.Next(depth <= 0 ? 5 : 10);
        switch (roll)
        {
            case 0:
            case 1:
            case 2:
                return Reference(index);
            case 3:
                return new[] { "y", "m", "n" }[_random.Next(3)];
            case 4:
                string left = Reference(index);
                string right = _random.Next(3) switch
                {
                    0 => new[] { "y", "m", "n" }[_random.Next(3)],
                    1 => _random.Next(-1, 30).ToString(CultureInfo.InvariantCulture),
                    _ => Reference(index),
                };
                return left + new[] { " = ", " != ", " < ", " >= ", " > ", " <= " }[_random.Next(6)] + right;
            case 5:
                return "!" + Expression(index, depth - 1);
            case 6:
                return "(" + Expression(index, depth - 1) + ")";
            case 7:
            case 8:
                return Expression(index, depth - 1) + " && " + Expression(index, depth - 1);
            default:
                return Expression(index, depth - 1) + " || " + Expression(index, depth - 1);
        }
    }

    private string Reference(int index)
    {
        if (Chance(1, 25))
        {
            // Anywhere, even itself or a later symbol: the recursive dependency paths.
            return _symbols[_random.Next(_symbols.Count)].Name;
        }

        if (_symbols[^1].Name == "MODULES" && Chance(1, 10))
        {
            return "MODULES";
        }

        return index == 0 ? "S0" : _symbols[_random.Next(index)].Name;
    }

    private string? Earlier(int index, string type)
    {
        var candidates = _symbols.Take(index).Where(s => s.Type == type).ToList();
        return candidates.Count == 0 ? null : candidates[_random.Next(candidates.Count)].Name;
    }

    private string? Later(int index, params string[] types)
    {
        var candidates = _symbols.Skip(index + 1).Where(s => types.Contains(s.Type) && s.Name != "MODULES").ToList();
        if (Chance(1, 20))
        {
            candidates = _symbols.Where(s => types.Contains(s.Type)).ToList();
        }

        return candidates.Count == 0 ? null : candidates[_random.Next(candidates.Count)].Name;
    }

    private string RandomConfig()
    {
        var text = new StringBuilder();
        if (Chance(1, 3))
        {
            text.Append("#\n# Automatically generated file; DO NOT EDIT.\n#\n");
        }

        foreach ((string name, string type) in _symbols.OrderBy(_ => _random.Next()))
        {
            int roll = _random.Next(10);
            if (roll < 2)
            {
                continue;
            }

            if (roll == 2)
            {
                text.Append("# CONFIG_").Append(name).Append(" is not set\n");
                continue;
            }

            string value = type switch
            {
                "bool" or "tristate" => new[] { "y", "m", "n", "y", "yes", "" }[_random.Next(6)],
                "int" => new[] { _random.Next(-5, 70).ToString(CultureInfo.InvariantCulture), "0x10", "abc", "99999999999999999999", "" }[_random.Next(5) == 0 ? 1 + _random.Next(4) : 0],
                "hex" => new[] { "0x" + _random.Next(0, 70).ToString("x", CultureInfo.InvariantCulture), "12", "0xZ", "" }[_random.Next(5) == 0 ? 1 + _random.Next(3) : 0],
                _ => new[] { "\"value\"", "\"with \\\"quote\\\"\"", "unquoted", "\"\"", "\"open" }[_random.Next(5)],
            };
            text.Append("CONFIG_").Append(name).Append('=').Append(value).Append('\n');
        }

        if (Chance(1, 5))
        {
            text.Append("CONFIG_UNKNOWN=y\n");
        }

        if (Chance(1, 8))
        {
            text.Append("garbage line\n");
        }

        return text.ToString();
    }

    private bool Chance(int numerator, int denominator) => _random.Next(denominator) < numerator;
}
