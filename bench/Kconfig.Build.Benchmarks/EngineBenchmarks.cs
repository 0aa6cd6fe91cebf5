using BenchmarkDotNet.Attributes;
using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Benchmarks;

/// <summary>
/// The engine's stages on one tree, probes cached: what `kconfig conf --olddefconfig` does in process.
/// Finalize mutates the parse, so it gets a fresh parse per invocation (IterationSetup, one invocation).
/// </summary>
[MemoryDiagnoser]
[GcConcurrent(false)] // the kconfig CLI's GC (Tasks/Kconfig.Build.Cli): non-concurrent workstation
public class EngineBenchmarks
{
    private BenchmarkTree _tree = null!;
    private KconfigModel _model = null!;
    private Configuration _configuration = null!;
    private string _configText = string.Empty;
    private ParsedTree? _parsed;

    /// <summary>"sample" (bundled tree, quick) or an architecture of the real kernel tree.</summary>
    [Params(BenchmarkTree.Sample, "arm64")]
    public string Tree { get; set; } = BenchmarkTree.Sample;

    [GlobalSetup]
    public void Setup()
    {
        _tree = BenchmarkTree.Open(Tree);
        _model = EngineStages.Load(_tree);
        _configText = File.ReadAllText(_tree.InputConfigPath);
        _configuration = EngineStages.Evaluate(_model, _tree.InputConfigPath, _configText);
    }

    [Benchmark(Description = "lex+preprocess+parse")]
    public object Parse() => EngineStages.Parse(_tree);

    [IterationSetup(Target = nameof(Finalize))]
    public void ParseForFinalize() => _parsed = EngineStages.Parse(_tree);

    [Benchmark(Description = "finalize")]
    [InvocationCount(1)]
    public object Finalize() => EngineStages.Finalize(_parsed!);

    [Benchmark(Description = "load (whole front end)")]
    public object Load() => EngineStages.Load(_tree);

    [Benchmark(Description = "evaluate (read .config, compute all)")]
    public object Evaluate() => EngineStages.Evaluate(_model, _tree.InputConfigPath, _configText);

    [Benchmark(Description = "write .config")]
    public int Write() => EngineStages.Write(_configuration);

    [Benchmark(Description = "write auto.conf+autoconf.h")]
    public int WriteAutoConf() => EngineStages.WriteAutoConf(_configuration);

    [Benchmark(Description = "olddefconfig (load+evaluate+write .config)")]
    public int OldDefConfig() => EngineStages.Write(EngineStages.Evaluate(EngineStages.Load(_tree), _tree.InputConfigPath, _configText));
}
