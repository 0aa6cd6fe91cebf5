using System.Text;
using Kconfig.Build.Engine.ConfigFiles;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Cli.Conf;

/// <summary>One run of <c>kconfig conf</c>: conf.c's main() over the engine, with conf's messages and exit codes.</summary>
internal sealed class ConfSession
{
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly string _workingDirectory;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly ConfPrompter _prompter;
    private Configuration _configuration = null!;
    private bool _silent;
    private GlibcRandom? _random;

    public ConfSession(
        IReadOnlyDictionary<string, string> environment,
        string workingDirectory,
        TextReader stdin,
        TextWriter stdout,
        TextWriter stderr)
    {
        _environment = environment;
        _workingDirectory = workingDirectory;
        _stdout = stdout;
        _stderr = stderr;
        _prompter = new ConfPrompter(stdin, stdout, stderr, FlushDiagnostics);
    }

    public int Run(IReadOnlyList<string> args)
    {
        string programName = ConfCommand.ProgramNameForMessages;
        ConfArguments arguments = ConfArguments.Parse(args, programName);
        foreach (string error in arguments.Errors)
        {
            _stderr.Write(error + "\n");
        }

        foreach (ConfMode seen in arguments.ModesSeen)
        {
            if (seen == ConfMode.RandConfig)
            {
                SetRandomSeed();
            }
        }

        if (arguments.Help)
        {
            ConfCommand.PrintUsage(_stdout, programName);
            return 1;
        }

        _silent = arguments.Silent || arguments.ModesSeen.Contains(ConfMode.SyncConfig);
        ConfMode mode = arguments.Mode;
        bool syncKconfig = arguments.ModesSeen.Contains(ConfMode.SyncConfig);
        if (arguments.KconfigFile is null)
        {
            _stderr.Write($"{programName}: Kconfig file missing\n");
            ConfCommand.PrintUsage(_stdout, programName);
            return 1;
        }

        KconfigModel? model = ConfCommand.LoadModel(arguments.KconfigFile, _environment, _workingDirectory, _stdout, _stderr);
        if (model is null)
        {
            return 1;
        }

        _configuration = new Configuration(model)
        {
            Prefix = Get("CONFIG_") ?? "CONFIG_",
            WarnUnknownSymbols = IsSet("KCONFIG_WARN_UNKNOWN_SYMBOLS"),
        };

        switch (mode)
        {
            case ConfMode.DefConfig:
                if (ConfRead(arguments.DefconfigFile!) != 0)
                {
                    FlushDiagnostics();
                    _stderr.Write($"***\n*** Can't find default configuration \"{arguments.DefconfigFile}\"!\n***\n");
                    return 1;
                }

                break;
            case ConfMode.SaveDefConfig:
            case ConfMode.SyncConfig:
            case ConfMode.OldAskConfig:
            case ConfMode.OldConfig:
            case ConfMode.ListNewConfig:
            case ConfMode.HelpNewConfig:
            case ConfMode.OldDefConfig:
            case ConfMode.Yes2ModConfig:
            case ConfMode.Mod2YesConfig:
            case ConfMode.Mod2NoConfig:
                ConfRead(null);
                break;
            case ConfMode.AllNoConfig:
            case ConfMode.AllYesConfig:
            case ConfMode.AllModConfig:
            case ConfMode.AllDefConfig:
            case ConfMode.RandConfig:
                if (ReadAllConfig(mode) is { } exitCode)
                {
                    return exitCode;
                }

                break;
        }

        FlushDiagnostics();
        if (_configuration.ConfigWarningCount > 0 && IsSet("KCONFIG_WERROR"))
        {
            return 1;
        }

        bool noConfWrite = false;
        if (syncKconfig && Get("KCONFIG_NOSILENTUPDATE") is { Length: > 0 })
        {
            if (_configuration.IsChanged)
            {
                _stderr.Write("\n*** The configuration requires explicit update.\n\n");
                return 1;
            }

            noConfWrite = true;
        }

        switch (mode)
        {
            case ConfMode.AllNoConfig:
                SetAllNewSymbols(DefaultMode.No);
                break;
            case ConfMode.AllYesConfig:
                SetAllNewSymbols(DefaultMode.Yes);
                break;
            case ConfMode.AllModConfig:
                SetAllNewSymbols(DefaultMode.Mod);
                break;
            case ConfMode.AllDefConfig:
            case ConfMode.DefConfig:
                SetAllNewSymbols(DefaultMode.Default);
                break;
            case ConfMode.RandConfig:
                SetAllNewSymbols(DefaultMode.Random);
                break;
            case ConfMode.Yes2ModConfig:
                _configuration.RewriteTristates(Tristate.Yes, Tristate.Mod);
                break;
            case ConfMode.Mod2YesConfig:
                _configuration.RewriteTristates(Tristate.Mod, Tristate.Yes);
                break;
            case ConfMode.Mod2NoConfig:
                _configuration.RewriteTristates(Tristate.Mod, Tristate.No);
                break;
            case ConfMode.OldAskConfig:
            case ConfMode.OldConfig:
            case ConfMode.ListNewConfig:
            case ConfMode.HelpNewConfig:
            case ConfMode.SyncConfig:
                _prompter.Walk(_configuration, mode);
                break;
        }

        FlushDiagnostics();
        if (_configuration.DependencyWarningCount > 0 && IsSet("KCONFIG_WERROR"))
        {
            return 1;
        }

        if (mode == ConfMode.SaveDefConfig)
        {
            string target = Path.Combine(_workingDirectory, arguments.DefconfigFile!);
            ConfigWriteResult saved = ConfigFileWriter.WriteDefconfig(_configuration, target);
            FlushDiagnostics();
            if (!saved.Succeeded)
            {
                _stderr.Write($"n*** Error while saving defconfig to: {arguments.DefconfigFile}\n\n");
                return 1;
            }
        }
        else if (mode is not (ConfMode.ListNewConfig or ConfMode.HelpNewConfig))
        {
            if (!noConfWrite)
            {
                ConfigWriteResult written = ConfigFileWriter.WriteConfig(
                    _configuration,
                    _workingDirectory,
                    Get("KCONFIG_CONFIG") ?? ".config",
                    Get("KCONFIG_OVERWRITECONFIG") is { Length: > 0 });
                FlushDiagnostics();
                if (!written.Succeeded)
                {
                    _stderr.Write(written.Error + "\n");
                    _stderr.Write("\n*** Error during writing of the configuration.\n\n");
                    return 1;
                }

                Message(written.Message);
            }

            var names = new AutoconfNames(
                Get("KCONFIG_AUTOCONFIG") ?? "include/config/auto.conf",
                Get("KCONFIG_AUTOHEADER") ?? "include/generated/autoconf.h",
                Get("KCONFIG_RUSTCCFG") ?? "include/generated/rustc_cfg");
            ConfigWriteResult synced = ConfigFileWriter.WriteAutoconf(_configuration, _workingDirectory, names, syncKconfig);
            FlushDiagnostics();
            if (!synced.Succeeded)
            {
                _stderr.Write(synced.Error + "\n");
                if (syncKconfig)
                {
                    _stderr.Write("\n*** Error during sync of the configuration.\n\n");
                    return 1;
                }
            }
        }

        FlushDiagnostics();
        return 0;
    }

    private enum DefaultMode
    {
        Default,
        Yes,
        Mod,
        No,
        Random,
    }

    private string? Get(string name) => _environment.TryGetValue(name, out string? value) ? value : null;

    private bool IsSet(string name) => _environment.ContainsKey(name);

    private void Message(string? text)
    {
        if (text is not null && !_silent)
        {
            _stdout.Write("#\n# " + text + "\n#\n");
        }
    }

    private void FlushDiagnostics()
    {
        if (_configuration is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in _configuration.TakeDiagnostics())
        {
            _stderr.Write(ConfCommand.Render(diagnostic));
        }
    }

    // zconf_fopen(): the name as given, else under $srctree when relative.
    private (string Name, string Text)? OpenConfig(string name)
    {
        string direct = Path.Combine(_workingDirectory, name);
        if (File.Exists(direct))
        {
            return (name, File.ReadAllText(direct));
        }

        if (!Path.IsPathRooted(name) && Get("srctree") is { } srctree)
        {
            string underTree = Path.Combine(Path.GetFullPath(srctree, _workingDirectory), name);
            if (File.Exists(underTree))
            {
                return (name, File.ReadAllText(underTree));
            }
        }

        return null;
    }

    // conf_read_simple() for the user slot: 0 when read, 1 when no file was found.
    private int ReadSimple(string? name)
    {
        (string Name, string Text)? opened;
        if (name is not null)
        {
            opened = OpenConfig(name);
        }
        else
        {
            string configName = Get("KCONFIG_CONFIG") ?? ".config";
            opened = OpenConfig(configName);
            if (opened is null)
            {
                _configuration.IsChanged = true;
                if (Get("KCONFIG_DEFCONFIG_LIST") is { } list)
                {
                    foreach (string candidate in list.Split(new[] { ' ', '\t', '\n', '\v', '\f', '\r' }, StringSplitOptions.RemoveEmptyEntries))
                    {
                        opened = OpenConfig(candidate);
                        if (opened is not null)
                        {
                            Message("using defaults found in " + candidate);
                            break;
                        }
                    }
                }
            }
        }

        if (opened is not { } file)
        {
            return 1;
        }

        _configuration.ReadConfig(file.Name, file.Text);
        return 0;
    }

    // conf_read().
    private int ConfRead(string? name)
    {
        _configuration.IsChanged = false;
        if (ReadSimple(name) != 0)
        {
            _configuration.CalcValue(_configuration.Model.ModulesSymbol);
            return 1;
        }

        _configuration.EvaluateAfterRead();
        return 0;
    }

    private int? ReadAllConfig(ConfMode mode)
    {
        string? name = Get("KCONFIG_ALLCONFIG");
        if (name is null)
        {
            return null;
        }

        if (name.Length != 0 && name != "1")
        {
            if (ReadSimple(name) != 0)
            {
                FlushDiagnostics();
                _stderr.Write($"*** Can't read seed configuration \"{name}\"!\n");
                return 1;
            }

            return null;
        }

        name = mode switch
        {
            ConfMode.AllNoConfig => "allno.config",
            ConfMode.AllYesConfig => "allyes.config",
            ConfMode.AllModConfig => "allmod.config",
            ConfMode.AllDefConfig => "alldef.config",
            _ => "allrandom.config",
        };
        if (ReadSimple(name) != 0 && ReadSimple("all.config") != 0)
        {
            FlushDiagnostics();
            _stderr.Write($"*** KCONFIG_ALLCONFIG set, but no \"{name}\" or \"all.config\" file found\n");
            return 1;
        }

        return null;
    }

    private void SetRandomSeed()
    {
        uint seed = 0;
        bool seedSet = false;
        if (Get("KCONFIG_SEED") is { Length: > 0 } text)
        {
            long parsed = CNumber.ParseSigned(text, 0, out int tail, out _);
            if (tail == text.Length)
            {
                seed = unchecked((uint)parsed);
                seedSet = true;
            }
        }

        if (!seedSet)
        {
            DateTime now = DateTime.UtcNow;
            long seconds = (long)(now - DateTime.UnixEpoch).TotalSeconds;
            long micros = (now.Ticks / 10) % 1_000_000;
            seed = unchecked((uint)((seconds + 1) * (micros + 1)));
        }

        _stdout.Write(ConfCommand.FormatSeed(seed) + "\n");
        _random = new GlibcRandom(seed);
    }

    // conf_set_all_new_symbols().
    private void SetAllNewSymbols(DefaultMode mode)
    {
        int bool_y = 50;
        int tristate_y = 33;
        int tristate_m = 33;
        if (mode == DefaultMode.Random)
        {
            ParseProbability(ref bool_y, ref tristate_y, ref tristate_m);
        }

        MenuNode root = _configuration.Model.RootMenu;
        for (MenuNode? node = Next(root, root); node is not null; node = Next(node, root))
        {
            Symbol? symbol = node.Symbol;
            if (symbol is null || node.Prompt is null || _configuration.HasUserValue(symbol)
                || (!symbol.IsChoice && symbol.Type is not (SymbolType.Bool or SymbolType.Tristate))
                || symbol.IsChoiceMember)
            {
                continue;
            }

            if (symbol.IsChoice)
            {
                if (mode == DefaultMode.Random)
                {
                    RandomizeChoice(node);
                }

                continue;
            }

            Tristate value;
            switch (mode)
            {
                case DefaultMode.Yes:
                    value = Tristate.Yes;
                    break;
                case DefaultMode.Mod:
                    value = Tristate.Mod;
                    break;
                case DefaultMode.No:
                    value = Tristate.No;
                    break;
                case DefaultMode.Random:
                    value = Tristate.No;
                    int roll = _random!.Next() % 100;
                    if (symbol.Type == SymbolType.Tristate)
                    {
                        if (roll < tristate_y)
                        {
                            value = Tristate.Yes;
                        }
                        else if (roll < tristate_y + tristate_m)
                        {
                            value = Tristate.Mod;
                        }
                    }
                    else if (roll < bool_y)
                    {
                        value = Tristate.Yes;
                    }

                    break;
                default:
                    continue;
            }

            _configuration.SetUserTristateUnchecked(symbol, value);
        }

        _configuration.ClearAllValid();
    }

    private void RandomizeChoice(MenuNode choice)
    {
        int count = 0;
        for (MenuNode? node = Next(choice, choice); node is not null; node = Next(node, choice))
        {
            if (node.Symbol is { } member && !_configuration.HasUserValue(member))
            {
                count++;
            }
        }

        while (count > 0)
        {
            int x = _random!.Next() % count;
            for (MenuNode? node = Next(choice, choice); node is not null; node = Next(node, choice))
            {
                if (node.Symbol is not { } member || _configuration.HasUserValue(member))
                {
                    continue;
                }

                x--;
                if (x < 0)
                {
                    _configuration.SetRandomChoicePick(choice, member);
                    break;
                }
            }

            count--;
        }
    }

    private void ParseProbability(ref int boolYes, ref int tristateYes, ref int tristateMod)
    {
        string? text = Get("KCONFIG_PROBABILITY");
        var values = new List<int>();
        int position = 0;
        while (text is not null && position < text.Length)
        {
            string rest = text.Substring(position);
            long parsed = CNumber.ParseSigned(rest, 10, out int tail, out _);
            if (parsed is >= 0 and <= 100)
            {
                values.Add((int)parsed);
            }
            else
            {
                OutOfRange();
            }

            position += tail < rest.Length && rest[tail] == ':' ? tail + 1 : tail;
            if (values.Count >= 3)
            {
                break;
            }
        }

        switch (values.Count)
        {
            case 1:
                boolYes = values[0];
                tristateMod = boolYes / 2;
                tristateYes = boolYes - tristateMod;
                break;
            case 2:
                tristateYes = values[0];
                tristateMod = values[1];
                boolYes = tristateYes + tristateMod;
                break;
            case 3:
                boolYes = values[0];
                tristateYes = values[1];
                tristateMod = values[2];
                break;
        }

        if (tristateYes + tristateMod > 100)
        {
            OutOfRange();
        }
    }

    private void OutOfRange()
    {
        _stderr.Write("KCONFIG_PROBABILITY: Numerical result out of range\n");
        throw new ConfExitException(1);
    }

    private static MenuNode? Next(MenuNode node, MenuNode root)
    {
        if (node.FirstChild is not null)
        {
            return node.FirstChild;
        }

        while (!ReferenceEquals(node, root) && node.Next is null)
        {
            node = node.Parent!;
        }

        return ReferenceEquals(node, root) ? null : node.Next;
    }
}
