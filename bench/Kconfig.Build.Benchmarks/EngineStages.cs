using Kconfig.Build.Engine.ConfigFiles;
using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.Lexing;
using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Parsing;
using Kconfig.Build.Engine.Preprocessing;

namespace Kconfig.Build.Benchmarks;

/// <summary>
/// The stages of <see cref="KconfigLoader"/> and of conf --olddefconfig, callable one at a time.
/// Mirrors KconfigLoader.LoadOnThisThread step for step; the whole-load benchmark calls the loader itself.
/// </summary>
internal static class EngineStages
{
    /// <summary>Lexing, macro expansion (probes from the cache) and parsing of the whole tree.</summary>
    public static ParsedTree Parse(BenchmarkTree tree)
    {
        KconfigLoadOptions options = tree.LoadOptions;
        var log = new FrontEndLog();
        string directory = Path.GetFullPath(options.SourceTree);
        ProbeCache cache = ProbeCache.Open(options.ProbeCachePath);
        var lexer = new Lexer(log, directory, directory);
        var shell = new ShellProbes(ProcessShellRunner.Instance, cache, options.Environment, directory, log, CancellationToken.None);
        var expander = new MacroExpander(options.Environment, log, () => (lexer.CurrentFile, lexer.LexerLine), shell);
        lexer.Expander = expander;
        var symbols = new SymbolTable();
        if (!lexer.Start(options.KconfigFile))
        {
            throw new InvalidOperationException("no top Kconfig");
        }

        var parser = new Parser(lexer, expander, log, symbols);
        parser.Parse();
        cache.Save();
        if (log.ErrorCount > 0)
        {
            throw new InvalidOperationException($"{tree.Name}: {log.ErrorCount} parse errors");
        }

        return new ParsedTree(lexer, expander, log, symbols, parser);
    }

    /// <summary>menu_finalize() and the dependency-loop check: what turns a parse into a model.</summary>
    public static KconfigModel Finalize(ParsedTree parsed, Action<string, TimeSpan>? lap = null)
    {
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        SymbolTable symbols = parsed.Symbols;
        MenuNode root = parsed.Parser.Root;
        root.Prompt ??= new Property(PropertyKind.Menu, root, parsed.Lexer.StatementSpan) { Text = "Main menu" };
        Symbol modules = parsed.Parser.ModulesSymbol ?? symbols.No;
        var simplifier = new ExprSimplifier(symbols.Yes, symbols.Mod, symbols.No, _ => { });
        new MenuFinalizer(simplifier, symbols, modules, parsed.Log).Finalize(root);
        lap?.Invoke("menu_finalize", System.Diagnostics.Stopwatch.GetElapsedTime(start));
        start = System.Diagnostics.Stopwatch.GetTimestamp();
        new DependencyChecker(parsed.Log, symbols.All.Count).Check(root);
        lap?.Invoke("dependency check", System.Diagnostics.Stopwatch.GetElapsedTime(start));
        return new KconfigModel(
            root,
            symbols.All,
            symbols.ByName,
            symbols.Yes,
            symbols.Mod,
            symbols.No,
            parsed.Parser.ModulesSymbol,
            parsed.Lexer.Files.ToArray(),
            parsed.Expander.EnvironmentRead.ToArray());
    }

    /// <summary>The whole front end as conf and the SDK call it.</summary>
    public static KconfigModel Load(BenchmarkTree tree)
    {
        KconfigLoadResult result = KconfigLoader.Load(tree.LoadOptions);
        return result.Model ?? throw new InvalidOperationException($"{tree.Name}: load failed");
    }

    /// <summary>conf --olddefconfig's evaluation: read the .config, compute every symbol.</summary>
    public static Configuration Evaluate(KconfigModel model, string configPath, string configText)
    {
        var configuration = new Configuration(model);
        configuration.ReadConfig(configPath, configText);
        configuration.EvaluateAfterRead();
        return configuration;
    }

    /// <summary>
    /// What conf --olddefconfig writes when include/config/auto.conf exists (the case the in-process target
    /// compares with): .config, rendered, not stored.
    /// </summary>
    public static int Write(Configuration configuration) => ConfigWriter.WriteDotConfig(configuration).Length;

    /// <summary>What a fresh include/ adds (conf_write_autoconf): auto.conf and autoconf.h, rendered.</summary>
    public static int WriteAutoConf(Configuration configuration) =>
        ConfigWriter.WriteAutoConf(configuration).Length + ConfigWriter.WriteAutoHeader(configuration).Length;
}
