namespace Kconfig.Build.Cli.Conf;

/// <summary>
/// conf's command line as getopt_long() reads it: short <c>-s</c>/<c>-h</c> (clustered), long options
/// with unique-prefix abbreviation and <c>=value</c> or a separate value, options anywhere, and the
/// first non-option argument as the Kconfig file. The last mode option wins, as in conf.
/// </summary>
public sealed class ConfArguments
{
    private static readonly (string Name, ConfMode? Mode, bool TakesValue)[] LongOptions =
    {
        ("help", null, false),
        ("silent", null, false),
        ("oldaskconfig", ConfMode.OldAskConfig, false),
        ("oldconfig", ConfMode.OldConfig, false),
        ("syncconfig", ConfMode.SyncConfig, false),
        ("defconfig", ConfMode.DefConfig, true),
        ("savedefconfig", ConfMode.SaveDefConfig, true),
        ("allnoconfig", ConfMode.AllNoConfig, false),
        ("allyesconfig", ConfMode.AllYesConfig, false),
        ("allmodconfig", ConfMode.AllModConfig, false),
        ("alldefconfig", ConfMode.AllDefConfig, false),
        ("randconfig", ConfMode.RandConfig, false),
        ("listnewconfig", ConfMode.ListNewConfig, false),
        ("helpnewconfig", ConfMode.HelpNewConfig, false),
        ("olddefconfig", ConfMode.OldDefConfig, false),
        ("yes2modconfig", ConfMode.Yes2ModConfig, false),
        ("mod2yesconfig", ConfMode.Mod2YesConfig, false),
        ("mod2noconfig", ConfMode.Mod2NoConfig, false),
    };

    public ConfMode Mode { get; private set; } = ConfMode.OldAskConfig;

    /// <summary>The modes in the order given, for the side effects conf runs while parsing (randconfig's seed).</summary>
    public List<ConfMode> ModesSeen { get; } = new();

    public bool Silent { get; private set; }

    public bool Help { get; private set; }

    /// <summary>The file of --defconfig or --savedefconfig.</summary>
    public string? DefconfigFile { get; private set; }

    /// <summary>The Kconfig file (the first operand); null when missing.</summary>
    public string? KconfigFile { get; private set; }

    /// <summary>getopt's own complaints, printed to stderr as they are met.</summary>
    public List<string> Errors { get; } = new();

    public static ConfArguments Parse(IReadOnlyList<string> args, string programName)
    {
        var result = new ConfArguments();
        var operands = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg == "--")
            {
                for (i++; i < args.Count; i++)
                {
                    operands.Add(args[i]);
                }

                break;
            }

            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                i = result.ParseLong(args, i, programName);
                if (result.Help)
                {
                    break;
                }
            }
            else if (arg.Length > 1 && arg[0] == '-')
            {
                for (int c = 1; c < arg.Length; c++)
                {
                    switch (arg[c])
                    {
                        case 's':
                            result.Silent = true;
                            break;
                        case 'h':
                            result.Help = true;
                            return result;
                        default:
                            result.Errors.Add($"{programName}: invalid option -- '{arg[c]}'");
                            break;
                    }
                }
            }
            else
            {
                operands.Add(arg);
            }
        }

        result.KconfigFile = operands.Count > 0 ? operands[0] : null;
        return result;
    }

    private int ParseLong(IReadOnlyList<string> args, int index, string programName)
    {
        string arg = args[index];
        string body = arg.Substring(2);
        string? value = null;
        int equals = body.IndexOf('=');
        if (equals >= 0)
        {
            value = body.Substring(equals + 1);
            body = body.Substring(0, equals);
        }

        (string Name, ConfMode? Mode, bool TakesValue)? match = null;
        int candidates = 0;
        foreach (var option in LongOptions)
        {
            if (option.Name == body)
            {
                match = option;
                candidates = 1;
                break;
            }

            if (option.Name.StartsWith(body, StringComparison.Ordinal) && body.Length > 0)
            {
                match ??= option;
                candidates++;
            }
        }

        if (match is null)
        {
            Errors.Add($"{programName}: unrecognized option '{arg}'");
            return index;
        }

        if (candidates > 1)
        {
            Errors.Add($"{programName}: option '{arg}' is ambiguous");
            return index;
        }

        var (name, mode, takesValue) = match.Value;
        if (takesValue)
        {
            if (value is null)
            {
                if (index + 1 >= args.Count)
                {
                    Errors.Add($"{programName}: option '--{name}' requires an argument");
                    return index;
                }

                value = args[++index];
            }
        }
        else if (value is not null)
        {
            Errors.Add($"{programName}: option '--{name}' doesn't allow an argument");
            return index;
        }

        switch (name)
        {
            case "help":
                Help = true;
                break;
            case "silent":
                Silent = true;
                break;
            default:
                Mode = mode!.Value;
                ModesSeen.Add(Mode);
                if (takesValue)
                {
                    DefconfigFile = value;
                }

                break;
        }

        return index;
    }
}
