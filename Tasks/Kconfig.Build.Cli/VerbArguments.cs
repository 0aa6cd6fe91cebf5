namespace Kconfig.Build.Cli;

/// <summary>
/// The arguments of one of our own verbs (resolve, explain, diff, matrix) split into <c>--option value</c> pairs,
/// bare flags and positional arguments, each in the order given. The verb gives them meaning; splitting them in
/// one place makes every verb word a missing value or an unknown option the same way. (<c>conf</c> keeps the
/// kernel's own option syntax.)
/// </summary>
internal sealed class VerbArguments
{
    private VerbArguments()
    {
    }

    public List<(string Option, string Value)> Options { get; } = [];

    public HashSet<string> Flags { get; } = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    /// <summary>Splits <paramref name="args"/>; null, with the usage error in <paramref name="error"/>, when they are malformed.</summary>
    public static VerbArguments? Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flags, out string? error)
    {
        var parsed = new VerbArguments();
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (valueOptions.Contains(arg))
            {
                if (i + 1 >= args.Count)
                {
                    error = $"{arg} needs a value";
                    return null;
                }

                parsed.Options.Add((arg, args[++i]));
            }
            else if (flags.Contains(arg))
            {
                parsed.Flags.Add(arg);
            }
            else if (arg.StartsWith('-'))
            {
                error = $"unknown option '{arg}'";
                return null;
            }
            else
            {
                parsed.Positional.Add(arg);
            }
        }

        error = null;
        return parsed;
    }
}
