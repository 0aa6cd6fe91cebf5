using System.Reflection;
using System.Text;
using Kconfig.Build.Engine.Diagnostics;

namespace Kconfig.Build.Engine.Reporting;

/// <summary>The rule of every code declared in <see cref="DiagnosticCodes"/>, read from its constants.</summary>
public static class DiagnosticRules
{
    /// <summary>Where docs/diagnostics/KCnnnn.md is published (the repository's main branch).</summary>
    public const string HelpBaseUri = "https://github.com/kconfig-build/Kconfig.Build.Sdk/blob/main/docs/diagnostics/";

    private static readonly Lazy<IReadOnlyDictionary<string, DiagnosticRule>> Rules = new(Load);

    /// <summary>Every declared code, by id.</summary>
    public static IReadOnlyDictionary<string, DiagnosticRule> All => Rules.Value;

    /// <summary>The rule of <paramref name="code"/>; an undeclared code still gets an id and a help page.</summary>
    public static DiagnosticRule For(string code) =>
        All.TryGetValue(code, out DiagnosticRule? rule) ? rule : new DiagnosticRule(code, code, code, HelpBaseUri + code + ".md");

    private static IReadOnlyDictionary<string, DiagnosticRule> Load()
    {
        var rules = new SortedDictionary<string, DiagnosticRule>(StringComparer.Ordinal);
        foreach (FieldInfo field in typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.IsLiteral && field.GetRawConstantValue() is string code && !rules.ContainsKey(code))
            {
                rules[code] = new DiagnosticRule(code, field.Name, Sentence(field.Name), HelpBaseUri + code + ".md");
            }
        }

        return rules;
    }

    // RequestDependencyUnmet -> "Request dependency unmet."
    private static string Sentence(string name)
    {
        var text = new StringBuilder();
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (i > 0 && char.IsUpper(c) && !(char.IsUpper(name[i - 1]) && (i + 1 == name.Length || char.IsUpper(name[i + 1]))))
            {
                text.Append(' ');
                text.Append(i + 1 < name.Length && char.IsUpper(name[i + 1]) ? c : char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.Append('.').ToString();
    }
}
