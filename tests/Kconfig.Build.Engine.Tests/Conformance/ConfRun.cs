namespace Kconfig.Build.Engine.Tests.Conformance;

/// <summary>One line of a case's <c>runs</c> file: a named conf invocation (see eng/conformance/regenerate-cases.sh).</summary>
internal sealed record ConfRun(string Case, string Name, IReadOnlyDictionary<string, string> Environment, IReadOnlyList<string> Arguments, string? StdinFile)
{
    public static IEnumerable<ConfRun> ReadAll(string casesDirectory)
    {
        foreach (string caseDirectory in Directory.GetDirectories(casesDirectory).OrderBy(d => d, StringComparer.Ordinal))
        {
            string runs = Path.Combine(caseDirectory, "runs");
            if (!File.Exists(runs))
            {
                continue;
            }

            foreach (string line in File.ReadAllLines(runs))
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                string[] fields = line.Split('|');
                var environment = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (string pair in fields[1].Split(';', StringSplitOptions.RemoveEmptyEntries))
                {
                    int equals = pair.IndexOf('=');
                    environment[pair.Substring(0, equals)] = pair.Substring(equals + 1);
                }

                string[] arguments = fields[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                string? stdin = fields.Length > 3 && fields[3].Length > 0 ? fields[3] : null;
                yield return new ConfRun(Path.GetFileName(caseDirectory), fields[0], environment, arguments, stdin);
            }
        }
    }

    public override string ToString() => $"{Case}/{Name}";
}
