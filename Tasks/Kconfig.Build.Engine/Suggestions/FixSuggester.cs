using System.Diagnostics;
using System.Globalization;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Profiles;
using Kconfig.Build.Engine.Text;
using Diagnostic = Kconfig.Build.Engine.Diagnostics.Diagnostic;

namespace Kconfig.Build.Engine.Suggestions;

/// <summary>
/// For every request that did not take, the smallest verified fix: the candidates of <see cref="FixSearch"/>, smallest
/// first, each tried by resolving again with its lines added (or rewritten); the first after which the request takes
/// and no request that held fails is reported as the exact profile lines to write (KC3500). When the search proves
/// there is none it names the fact in the way (KC3501); when a bound stops it, it says which (KC3502).
/// </summary>
public static class FixSuggester
{
    private static readonly string[] NotTakenCodes =
    [
        DiagnosticCodes.RequestNotTaken, DiagnosticCodes.RequestDependencyUnmet, DiagnosticCodes.RequestForcedBySelect,
        DiagnosticCodes.RequestNoPrompt, DiagnosticCodes.RequestChoiceConflict, DiagnosticCodes.RequestProbeFalse,
        DiagnosticCodes.RequestForbiddenEnabled,
    ];

    /// <summary>One informational diagnostic per failed request, located at its line, in request order.</summary>
    public static IReadOnlyList<Diagnostic> Suggest(FixSuggestionContext context)
    {
        var suggestions = new List<Diagnostic>();
        var clock = Stopwatch.StartNew();
        HashSet<(string, SourceSpan)> failedBefore = context.Diagnostics.Where(d => d.IsError).Select(d => (d.Code, d.Span)).ToHashSet();
        foreach (ConfigRequest request in context.Requests)
        {
            if (request.Intent is ConfigIntent.Prefer or ConfigIntent.Range
                || !context.Diagnostics.Any(d => d.IsError && d.Span == request.Location && NotTakenCodes.Contains(d.Code, StringComparer.Ordinal))
                || context.Configuration.Model.FindSymbol(request.SymbolName) is not { IsDefined: true } symbol)
            {
                continue;
            }

            if (clock.Elapsed > context.Limits.TimeBudget)
            {
                suggestions.Add(Diagnostic.Info(DiagnosticCodes.FixNotFound, request.Location, $"no fix searched for {request.SymbolName}: the suggestion time budget of {Seconds(context.Limits.TimeBudget)} s ran out"));
                continue;
            }

            try
            {
                suggestions.Add(SuggestFor(context, request, symbol, failedBefore, clock));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A suggestion is advice on top of an error already reported: a defect here must not add an error.
                suggestions.Add(Diagnostic.Info(DiagnosticCodes.FixNotFound, request.Location, $"no fix for {request.SymbolName}: the fix search failed ({ex.GetType().Name}: {ex.Message})"));
            }
        }

        return suggestions;
    }

    private static Diagnostic SuggestFor(FixSuggestionContext context, ConfigRequest request, Symbol symbol, HashSet<(string, SourceSpan)> failedBefore, Stopwatch clock)
    {
        Dictionary<string, Tristate> lines = context.Requests
            .Where(r => r.SetsValue && r.Kind == ConfigValueKind.Tristate)
            .GroupBy(r => r.SymbolName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => ToTristate(g.Last().Value), StringComparer.Ordinal);
        Tristate wanted = request.Intent == ConfigIntent.Forbid ? Tristate.No : ToTristate(request.Value);
        var search = new FixSearch(context.Configuration, context.Arch, lines, context.Limits);
        FixAlternatives found = search.ForRequest(symbol, wanted, request.Intent == ConfigIntent.AtLeast);

        // A forbid line is a decision of the profile's author, never rewritten by a fix.
        List<ChangeSet> candidates = found.Sets
            .Where(s => s.Count > 0 && !s.Changes.Any(c => context.Requests.Any(r => r.Intent == ConfigIntent.Forbid && r.SymbolName == c.Symbol.Name && c.ValueText != "n")))
            .ToList();
        if (candidates.Count == 0)
        {
            if (found.Sets.Any(s => s.Count == 0))
            {
                return Diagnostic.Info(DiagnosticCodes.FixNotFound, request.Location, $"no fix found for {request.SymbolName}: the search sees nothing in the dependencies, selects or defaults that holds it at this value");
            }

            if (found.Truncated || found.Blockers.Count == 0)
            {
                string met = found.Blockers.Count > 0 ? "; on the way: " + string.Join("; ", found.Blockers.Take(3)) : string.Empty;
                return Diagnostic.Info(DiagnosticCodes.FixNotFound, request.Location, $"no fix found for {request.SymbolName} within the search bounds: it follows dependencies {context.Limits.MaxDepth} symbols deep and expands at most {context.Limits.MaxSteps} symbols, and stopped after {search.Steps}{met}");
            }

            string where = context.Arch is null ? "on this tree" : $"on this tree for ARCH={context.Arch}";
            return Diagnostic.Info(DiagnosticCodes.FixImpossible, request.Location, $"no profile change can make {request.SymbolName} {Wanted(request)} {where}: {string.Join("; ", found.Blockers.Take(4))}");
        }

        var rejected = new List<string>();
        foreach (ChangeSet candidate in candidates.Take(context.Limits.MaxVerifications))
        {
            if (clock.Elapsed > context.Limits.TimeBudget)
            {
                break;
            }

            IReadOnlyList<Diagnostic> outcome = context.Reresolve(Apply(context.Requests, request, candidate));
            Diagnostic? newError = outcome.FirstOrDefault(d => d.IsError && (d.Span == request.Location || !failedBefore.Contains((d.Code, d.Span))));
            if (newError is null)
            {
                return Diagnostic.Info(DiagnosticCodes.FixVerified, request.Location, $"fix for {request.SymbolName}, verified by resolving again with it: {Render(context.Requests, request, candidate)}");
            }

            rejected.Add($"{candidate.Key} (then {newError.Code} at {Path.GetFileName(newError.Span.File)}({newError.Span.Line.ToString(CultureInfo.InvariantCulture)},{newError.Span.Column.ToString(CultureInfo.InvariantCulture)}))");
        }

        string stop = rejected.Count < candidates.Count ? $"; stopped after {rejected.Count} of {candidates.Count} candidates" : string.Empty;
        return Diagnostic.Info(DiagnosticCodes.FixNotFound, request.Location, $"no verified fix for {request.SymbolName}: resolving again rejected {string.Join(", ", rejected)}{stop}");
    }

    /// <summary>The requests with the candidate written in: a symbol the profile already sets gets the new value on its own line; the rest are added before the failed request.</summary>
    public static IReadOnlyList<ConfigRequest> Apply(IReadOnlyList<ConfigRequest> requests, ConfigRequest failed, ChangeSet candidate)
    {
        var result = new List<ConfigRequest>(requests.Count + candidate.Count);
        foreach (ConfigRequest request in requests)
        {
            if (ReferenceEquals(request, failed))
            {
                result.AddRange(candidate.Changes
                    .Where(c => !requests.Any(r => r.SymbolName == c.Symbol.Name))
                    .Select(c => new ConfigRequest(c.Symbol.Name!, c.ValueText, KindOf(c), failed.Location, failed.Location)));
            }

            result.Add(candidate.Changes.FirstOrDefault(c => c.Symbol.Name == request.SymbolName) is { Symbol: not null } change
                ? request with { Value = change.ValueText, Kind = KindOf(change), Intent = ConfigIntent.Exact }
                : request);
        }

        return result;
    }

    /// <summary>The candidate as profile edits: <c>add under config: at p.yaml(5,3): HYPERV: y; change at p.yaml(4,3): ACPI: n to ACPI: y</c>.</summary>
    public static string Render(IReadOnlyList<ConfigRequest> requests, ConfigRequest failed, ChangeSet candidate)
    {
        var parts = new List<string>();
        List<SymbolChange> added = candidate.Changes.Where(c => !requests.Any(r => r.SymbolName == c.Symbol.Name)).ToList();
        if (added.Count > 0)
        {
            parts.Add($"add under config: at {At(failed.Location)}: {string.Join(", ", added)}");
        }

        foreach (SymbolChange change in candidate.Changes.Except(added))
        {
            ConfigRequest line = requests.Last(r => r.SymbolName == change.Symbol.Name);
            parts.Add($"change at {At(line.Location)}: {line.SymbolName}: {Describe(line)} to {change}");
        }

        return string.Join("; ", parts);
    }

    private static ConfigValueKind KindOf(SymbolChange change) => change.Number is null ? ConfigValueKind.Tristate : ConfigValueKind.Number;

    private static string Describe(ConfigRequest request) => request.Intent switch
    {
        ConfigIntent.Prefer => $"{{prefer: {request.Value}}}",
        ConfigIntent.AtLeast => $"{{at_least: {request.Value}}}",
        _ => request.Value,
    };

    private static string Wanted(ConfigRequest request) => request.Intent switch
    {
        ConfigIntent.Forbid => "n",
        ConfigIntent.AtLeast => "at least " + request.Value,
        _ => request.Kind == ConfigValueKind.Tristate ? request.Value : "visible",
    };

    private static string At(SourceSpan span) =>
        string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(span.File)}({span.Line},{span.Column})");

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);

    private static Tristate ToTristate(string value) => value switch
    {
        "y" => Tristate.Yes,
        "m" => Tristate.Mod,
        _ => Tristate.No,
    };
}
