using System.Diagnostics;
using System.Globalization;
using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Benchmarks;

/// <summary>
/// `--stages TREE [N]`: a quick Stopwatch profile of the stages, N runs after four warm-ups, median per stage,
/// with the managed allocation of each stage. For finding where the time goes, not for publishing figures.
/// </summary>
internal static class StageTimer
{
    // Enough whole runs for tiered compilation to reach its optimised code (4 left methods called once per
    // load at tier 0, and the background JIT in the figures): an MSBuild node or a benchmark
    // loop runs the engine jitted, and JIT time is start-up, which the fresh-process figures measure.
    public const int DefaultWarmups = 15;

    public static int Run(string treeName, int runs, int warmups)
    {
        BenchmarkTree tree = BenchmarkTree.Open(treeName);
        string configText = File.ReadAllText(tree.InputConfigPath);
        var times = new Dictionary<string, List<(double Ms, double CpuMs, double GcMs, int Gcs, long Bytes)>>(StringComparer.Ordinal);
        for (int run = 0; run < warmups + runs; run++)
        {
            RunOnce(tree, configText, times, measured: run >= warmups);
        }

        Console.WriteLine($"{tree.Name}: median of {runs} runs after {warmups} warm-ups; symbols: {EngineStages.Load(tree).Symbols.Count}");
        // The total is the median of each run's sum, not the sum of the stages' medians: the load's one GC
        // lands in a different stage from run to run, and per-stage medians would leave it out.
        double total = Median(Enumerable.Range(0, runs).Select(r => times.Values.Sum(samples => samples[r].Ms)));
        double totalCpu = Median(Enumerable.Range(0, runs).Select(r => times.Values.Sum(samples => samples[r].CpuMs)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"stage",-24} {"wall",9} ms {"CPU",9} ms {"allocated",9} MiB {"GC pause",9} ms {"GCs",5}"));
        foreach ((string stage, List<(double Ms, double CpuMs, double GcMs, int Gcs, long Bytes)> samples) in times)
        {
            double median = samples.Select(s => s.Ms).Order().ElementAt(samples.Count / 2);
            double cpu = samples.Select(s => s.CpuMs).Order().ElementAt(samples.Count / 2);
            long bytes = samples.Select(s => s.Bytes).Order().ElementAt(samples.Count / 2);
            double gc = samples.Select(s => s.GcMs).Order().ElementAt(samples.Count / 2);
            int gcs = samples.Select(s => s.Gcs).Order().ElementAt(samples.Count / 2);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-24} {median,9:F1} ms {cpu,9:F1} ms {bytes / 1048576.0,9:F1} MiB {gc,9:F1} ms {gcs,5}"));
        }

        // CPU is the whole process's user+system time (GC threads included), so other load on the machine
        // inflates it far less than wall time.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"total",-24} {total,9:F1} ms {totalCpu,9:F1} ms; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F1} MiB; load average {LoadAverage()}; GC {GcMode()}"));
        // With a large gen0 budget a collection comes only every few runs, so the median run has none: the
        // mean over all runs spreads those collections over the runs that caused them.
        double meanCpu = Enumerable.Range(0, runs).Average(r => times.Values.Sum(samples => samples[r].CpuMs));
        int meanGcs = Enumerable.Range(0, runs).Sum(r => times.Values.Sum(samples => samples[r].Gcs));
        double meanPause = Enumerable.Range(0, runs).Average(r => times.Values.Sum(samples => samples[r].GcMs));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"mean",-24} {"",9}    {meanCpu,9:F1} ms; GC pause {meanPause:F1} ms per run; GCs in the {runs} runs (gen0 + 100 gen1 + 10000 gen2): {meanGcs}"));
        return 0;
    }

    // One run in its own frame: nothing of it stays reachable from the caller's locals while the next run
    // builds its model, as nothing of a previous load stays reachable in the CLI or in an MSBuild node.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void RunOnce(BenchmarkTree tree, string configText, Dictionary<string, List<(double Ms, double CpuMs, double GcMs, int Gcs, long Bytes)>> times, bool measured)
    {
        ParsedTree parsed = Measure(times, measured, "lex+preprocess+parse", () => EngineStages.Parse(tree));
        KconfigModel model = Measure(times, measured, "finalize", () => EngineStages.Finalize(parsed));
        Configuration configuration = Measure(times, measured, "evaluate", () => EngineStages.Evaluate(model, tree.InputConfigPath, configText));
        Measure(times, measured, "write .config", () => EngineStages.Write(configuration));
    }

    public static int RunAllocations(string treeName)
    {
        BenchmarkTree tree = BenchmarkTree.Open(treeName);
        string configText = File.ReadAllText(tree.InputConfigPath);
        using var sampler = new AllocationSampler();
        foreach (string stage in new[] { "lex+preprocess+parse", "finalize", "evaluate+write" })
        {
            for (int run = 0; run < 3; run++)
            {
                sampler.Recording = false;
                ParsedTree parsed = EngineStages.Parse(tree);
                sampler.Recording = run == 2 && stage == "lex+preprocess+parse";
                parsed = EngineStages.Parse(tree);
                sampler.Recording = run == 2 && stage == "finalize";
                KconfigModel model = EngineStages.Finalize(parsed);
                sampler.Recording = run == 2 && stage == "evaluate+write";
                EngineStages.Write(EngineStages.Evaluate(model, tree.InputConfigPath, configText));
                sampler.Recording = false;
            }

            Console.WriteLine($"{tree.Name} {stage}: sampled allocations by type");
            sampler.Print(25);
            sampler.Clear();
        }

        return 0;
    }

    // The figures depend on it: the CLI runs non-concurrent workstation GC, MSBuild concurrent workstation GC.
    private static string GcMode() =>
        (System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")
        + (System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.Batch ? ", non-concurrent" : ", concurrent");

    /// <summary>The 1-minute load average (Linux), to print next to the figures it inflates.</summary>
    public static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        double[] sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static T Measure<T>(Dictionary<string, List<(double Ms, double CpuMs, double GcMs, int Gcs, long Bytes)>> times, bool measured, string stage, Func<T> action)
    {
        using var self = Process.GetCurrentProcess();
        long before = GC.GetAllocatedBytesForCurrentThread();
        TimeSpan cpuBefore = self.TotalProcessorTime;
        TimeSpan pauseBefore = GC.GetTotalPauseDuration();
        int gcsBefore = GC.CollectionCount(0) + (100 * GC.CollectionCount(1)) + (10000 * GC.CollectionCount(2));
        long start = Stopwatch.GetTimestamp();
        T result = action();
        double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        self.Refresh();
        double cpuMs = (self.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        double gcMs = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds;
        int gcs = GC.CollectionCount(0) + (100 * GC.CollectionCount(1)) + (10000 * GC.CollectionCount(2)) - gcsBefore;
        if (measured)
        {
            if (!times.TryGetValue(stage, out List<(double Ms, double CpuMs, double GcMs, int Gcs, long Bytes)>? list))
            {
                times[stage] = list = new List<(double Ms, double CpuMs, double GcMs, int Gcs, long Bytes)>();
            }

            list.Add((ms, cpuMs, gcMs, gcs, bytes));
        }

        return result;
    }
}
