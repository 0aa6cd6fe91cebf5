using System.Diagnostics;
using System.Globalization;
using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Benchmarks;

/// <summary>
/// `--stages TREE [N]`: a quick Stopwatch profile of the stages, N runs after one warm-up, median per stage,
/// with the managed allocation of each stage. For finding where the time goes, not for publishing figures.
/// </summary>
internal static class StageTimer
{
    public static int Run(string treeName, int runs)
    {
        BenchmarkTree tree = BenchmarkTree.Open(treeName);
        string configText = File.ReadAllText(tree.InputConfigPath);
        var times = new Dictionary<string, List<(double Ms, long Bytes)>>(StringComparer.Ordinal);
        for (int run = 0; run <= runs; run++)
        {
            ParsedTree parsed = Measure(times, run, "lex+preprocess+parse", () => EngineStages.Parse(tree));
            KconfigModel model = Measure(times, run, "finalize", () => EngineStages.Finalize(parsed, (name, time) => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    ({name}: {time.TotalMilliseconds:F1} ms)"))));
            Configuration configuration = Measure(times, run, "evaluate", () => EngineStages.Evaluate(model, tree.InputConfigPath, configText));
            Measure(times, run, "write", () => EngineStages.Write(configuration));
        }

        Console.WriteLine($"{tree.Name}: median of {runs} runs after one warm-up; symbols: {EngineStages.Load(tree).Symbols.Count}");
        double total = 0;
        foreach ((string stage, List<(double Ms, long Bytes)> samples) in times)
        {
            double median = samples.Select(s => s.Ms).Order().ElementAt(samples.Count / 2);
            long bytes = samples.Select(s => s.Bytes).Order().ElementAt(samples.Count / 2);
            total += median;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-24} {median,9:F1} ms {bytes / 1048576.0,9:F1} MiB allocated"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"total",-24} {total,9:F1} ms; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F1} MiB"));
        return 0;
    }

    private static T Measure<T>(Dictionary<string, List<(double Ms, long Bytes)>> times, int run, string stage, Func<T> action)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        long start = Stopwatch.GetTimestamp();
        T result = action();
        double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        if (run > 0)
        {
            if (!times.TryGetValue(stage, out List<(double Ms, long Bytes)>? list))
            {
                times[stage] = list = new List<(double Ms, long Bytes)>();
            }

            list.Add((ms, bytes));
        }

        return result;
    }
}
