using System.Globalization;
using BenchmarkDotNet.Running;

namespace Kconfig.Build.Benchmarks;

/// <summary>
/// BenchmarkDotNet's switcher (all its arguments: --filter, --job short ...), plus
/// `--stages TREE [N [WARMUPS]]` for a quick Stopwatch profile of one tree (sample, arm64, x86_64 ...),
/// `--allocations TREE` for the types it allocates.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--stages")
        {
            string tree = args.Length > 1 ? args[1] : BenchmarkTree.Sample;
            int runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
            int warmups = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : StageTimer.DefaultWarmups;
            return StageTimer.Run(tree, runs, warmups);
        }

        if (args.Length > 0 && args[0] == "--allocations")
        {
            // The allocation profile of the whole olddefconfig pipeline, after warm-ups.
            string tree = args.Length > 1 ? args[1] : BenchmarkTree.Sample;
            return StageTimer.RunAllocations(tree);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
