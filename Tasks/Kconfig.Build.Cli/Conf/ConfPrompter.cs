using System.Text;
using Kconfig.Build.Engine.ConfigFiles;
using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Cli.Conf;

/// <summary>
/// The line-oriented questions of conf (conf(), check_conf(), conf_sym(), conf_string(), conf_choice()):
/// --oldaskconfig, --oldconfig, --syncconfig, --listnewconfig and --helpnewconfig. Answers come from
/// stdin, which is not a terminal here, so each answer read is echoed as conf does.
/// </summary>
internal sealed class ConfPrompter
{
    private readonly TextReader _stdin;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly Action _flushDiagnostics;
    private Configuration _configuration = null!;
    private ConfMode _mode;
    private int _indent = 1;
    private int _restartCount;
    private MenuNode? _rootEntry;
    private string _line = "\n";
    private bool _endOfInput;

    public ConfPrompter(TextReader stdin, TextWriter stdout, TextWriter stderr, Action flushDiagnostics)
    {
        _stdin = stdin;
        _stdout = stdout;
        _stderr = stderr;
        _flushDiagnostics = flushDiagnostics;
    }

    public void Walk(Configuration configuration, ConfMode mode)
    {
        _configuration = configuration;
        _mode = mode;
        MenuNode root = configuration.Model.RootMenu;
        if (mode == ConfMode.OldAskConfig)
        {
            _rootEntry = root;
            Conf(root);
            _mode = ConfMode.OldConfig;
        }

        do
        {
            _restartCount = 0;
            CheckConf(root);
        }
        while (_restartCount != 0);
    }

    private static bool IsMenuPrompt(MenuNode node) =>
        node.Prompt is { } prompt
        && (prompt.Kind == PropertyKind.Menu || node.Kind is MenuNodeKind.Menu or MenuNodeKind.MenuConfig or MenuNodeKind.Root);

    private void Conf(MenuNode menu)
    {
        if (!_configuration.IsMenuVisible(menu))
        {
            return;
        }

        Symbol? symbol = menu.Symbol;
        if (menu.Prompt is { } prompt)
        {
            bool isMenu = IsMenuPrompt(menu);
            if (isMenu && _mode != ConfMode.OldAskConfig && !ReferenceEquals(_rootEntry, menu))
            {
                CheckConf(menu);
                return;
            }

            if (isMenu || prompt.Kind == PropertyKind.Comment)
            {
                string text = prompt.Text ?? symbol?.Name ?? string.Empty;
                Write($"{Pad(_indent, '*')}\n{Pad(_indent, '*')} {text}\n{Pad(_indent, '*')}\n");
            }
        }

        if (symbol is not null)
        {
            if (symbol.IsChoice)
            {
                ConfChoice(menu);
                return;
            }

            if (symbol.Type is SymbolType.Int or SymbolType.Hex or SymbolType.String)
            {
                ConfString(menu);
            }
            else
            {
                ConfSym(menu);
            }

            _indent += 2;
        }

        for (MenuNode? child = menu.FirstChild; child is not null; child = child.Next)
        {
            Conf(child);
        }

        if (symbol is not null)
        {
            _indent -= 2;
        }
    }

    private void CheckConf(MenuNode menu)
    {
        if (!_configuration.IsMenuVisible(menu))
        {
            return;
        }

        Symbol? symbol = menu.Symbol;
        if (symbol is not null && !_configuration.HasUserValue(symbol) && _configuration.IsChangeable(symbol))
        {
            switch (_mode)
            {
                case ConfMode.ListNewConfig:
                    if (symbol.Name is not null)
                    {
                        var line = new StringBuilder();
                        ConfigWriter.AppendListConfigLine(line, _configuration, symbol, _configuration.Prefix);
                        Write(line.ToString());
                    }

                    break;
                case ConfMode.HelpNewConfig:
                    Write("-----\n");
                    PrintHelp(menu);
                    Write("-----\n");
                    break;
                default:
                    if (_restartCount++ == 0)
                    {
                        Write("*\n* Restart config...\n*\n");
                    }

                    _rootEntry = ParentMenu(menu);
                    Conf(_rootEntry);
                    break;
            }
        }

        for (MenuNode? child = menu.FirstChild; child is not null; child = child.Next)
        {
            CheckConf(child);
        }
    }

    // menu_get_parent_menu(): the nearest node (itself included) whose prompt opens a menu.
    private static MenuNode ParentMenu(MenuNode menu)
    {
        MenuNode node = menu;
        while (node.Kind != MenuNodeKind.Root)
        {
            if (node.Prompt is not null && IsMenuPrompt(node))
            {
                break;
            }

            node = node.Parent!;
        }

        return node;
    }

    private bool AskValue(Symbol symbol, string? defaultText)
    {
        if (!_configuration.HasUserValue(symbol))
        {
            Write("(NEW) ");
        }

        _line = "\n";
        if (!_configuration.IsChangeable(symbol))
        {
            Write((defaultText ?? string.Empty) + "\n");
            return false;
        }

        if (_mode is ConfMode.OldConfig or ConfMode.SyncConfig && _configuration.HasUserValue(symbol))
        {
            Write((defaultText ?? string.Empty) + "\n");
            return false;
        }

        ReadLine();
        return true;
    }

    // xfgets(): a line with its newline; at end of input the buffer keeps what it had.
    private void ReadLine()
    {
        _stdout.Flush();
        var builder = new StringBuilder();
        while (true)
        {
            int c = _stdin.Read();
            if (c < 0)
            {
                _endOfInput = true;
                break;
            }

            builder.Append((char)c);
            if (c == '\n')
            {
                break;
            }
        }

        if (builder.Length == 0)
        {
            _flushDiagnostics();
            _stderr.Write("\nError in reading or end of file.\n");
        }
        else
        {
            _line = builder.ToString();
        }

        Write(_line);
    }

    private void ConfSym(MenuNode menu)
    {
        Symbol symbol = menu.Symbol!;
        while (true)
        {
            Write($"{Pad(_indent - 1)}{menu.Prompt!.Text} ");
            if (symbol.Name is not null)
            {
                Write($"({symbol.Name}) ");
            }

            Write("[");
            Tristate old = _configuration.GetTristateValue(symbol);
            Write(old switch { Tristate.No => "N", Tristate.Mod => "M", _ => "Y" });
            if (old != Tristate.No && _configuration.TristateWithinRange(symbol, Tristate.No))
            {
                Write("/n");
            }

            if (old != Tristate.Mod && _configuration.TristateWithinRange(symbol, Tristate.Mod))
            {
                Write("/m");
            }

            if (old != Tristate.Yes && _configuration.TristateWithinRange(symbol, Tristate.Yes))
            {
                Write("/y");
            }

            Write("/?] ");
            if (!AskValue(symbol, _configuration.GetStringValue(symbol)))
            {
                return;
            }

            string answer = Strip(_line);
            Tristate value;
            if (answer.Length == 0)
            {
                value = old;
            }
            else
            {
                switch (answer[0])
                {
                    case 'n':
                    case 'N':
                        if (answer.Length != 1 && answer.Substring(1) != "o")
                        {
                            continue;
                        }

                        value = Tristate.No;
                        break;
                    case 'm':
                    case 'M':
                        if (answer.Length != 1)
                        {
                            continue;
                        }

                        value = Tristate.Mod;
                        break;
                    case 'y':
                    case 'Y':
                        if (answer.Length != 1 && answer.Substring(1) != "es")
                        {
                            continue;
                        }

                        value = Tristate.Yes;
                        break;
                    case '?':
                        PrintHelp(menu);
                        continue;
                    default:
                        continue;
                }
            }

            if (_configuration.SetTristateValue(symbol, value))
            {
                return;
            }

            PrintHelp(menu);
        }
    }

    private void ConfString(MenuNode menu)
    {
        Symbol symbol = menu.Symbol!;
        while (true)
        {
            Write($"{Pad(_indent - 1)}{menu.Prompt!.Text} ");
            Write($"({symbol.Name}) ");
            string? value = _configuration.GetStringValue(symbol);
            Write($"[{value}] ");
            if (!AskValue(symbol, value))
            {
                return;
            }

            if (_line.Length > 0 && _line[0] == '\n')
            {
                // Keep the current value.
            }
            else if (_line.Length > 0 && _line[0] == '?' && _line.Length > 1 && _line[1] == '\n')
            {
                PrintHelp(menu);
                value = null;
            }
            else
            {
                value = _line.Substring(0, _line.Length - 1);
            }

            if (value is not null && _configuration.SetUserValue(symbol, value))
            {
                return;
            }

            if (_endOfInput)
            {
                _flushDiagnostics();
                _stderr.Write($"\nerror: no value for new symbol '{symbol.Name}' at end of input\n");
                throw new ConfExitException(1);
            }
        }
    }

    private void ConfChoice(MenuNode menu)
    {
        bool isNew = false;
        while (true)
        {
            Write($"{Pad(_indent - 1)}{menu.Prompt?.Text}\n");
            Symbol? defaultSymbol = _configuration.CalcChoice(menu);
            int count = 0;
            int defaultNumber = 0;
            _line = string.Empty;
            for (MenuNode? child = menu.FirstChild; child is not null; child = child.Next)
            {
                if (!_configuration.IsMenuVisible(child))
                {
                    continue;
                }

                if (child.Symbol is null)
                {
                    Write($"{Pad(_indent, '*')} {child.Prompt?.Text}\n");
                    continue;
                }

                count++;
                if (ReferenceEquals(child.Symbol, defaultSymbol))
                {
                    defaultNumber = count;
                    Write(Pad(_indent, '>'));
                }
                else
                {
                    Write(Pad(_indent, ' '));
                }

                Write($" {count}. {child.Prompt?.Text} ({child.Symbol.Name})");
                if (!_configuration.HasUserValue(child.Symbol))
                {
                    isNew = true;
                    Write(" (NEW)");
                }

                Write("\n");
            }

            Write($"{Pad(_indent - 1)}choice");
            if (count == 1)
            {
                Write("[1]: 1\n");
            }
            else
            {
                Write($"[1-{count}?]: ");
                bool ask = _mode == ConfMode.OldAskConfig;
                if (_mode is ConfMode.OldConfig or ConfMode.SyncConfig)
                {
                    if (!isNew)
                    {
                        count = defaultNumber;
                        Write($"{count}\n");
                    }
                    else
                    {
                        ask = true;
                    }
                }

                if (ask)
                {
                    ReadLine();
                    _line = Strip(_line);
                    if (_line.Length > 0 && _line[0] == '?')
                    {
                        PrintHelp(menu);
                        continue;
                    }

                    if (_line.Length == 0)
                    {
                        count = defaultNumber;
                    }
                    else if (CNumber.IsDigit(_line[0]))
                    {
                        count = (int)CNumber.ParseSigned(_line, 10);
                    }
                    else
                    {
                        continue;
                    }
                }
            }

            MenuNode? picked = null;
            for (MenuNode? child = menu.FirstChild; child is not null; child = child.Next)
            {
                if (child.Symbol is null || !_configuration.IsMenuVisible(child))
                {
                    continue;
                }

                if (--count == 0)
                {
                    picked = child;
                    break;
                }
            }

            if (picked is null)
            {
                continue;
            }

            if (_line.Length > 0 && _line[^1] == '?')
            {
                PrintHelp(picked);
                continue;
            }

            _configuration.ChoiceSetValue(menu, picked.Symbol!);
            return;
        }
    }

    private void PrintHelp(MenuNode menu)
    {
        Write("\n" + ConfHelp.Format(_configuration, menu) + "\n");
    }

    private void Write(string text) => _stdout.Write(text);

    // printf("%*c", width, c): the character right-aligned in width columns.
    private static string Pad(int width, char c) => new string(' ', Math.Max(0, width - 1)) + c;

    private static string Pad(int width) => new string(' ', Math.Max(0, width));

    private static string Strip(string text) => text.Trim(' ', '\t', '\n', '\v', '\f', '\r');
}
