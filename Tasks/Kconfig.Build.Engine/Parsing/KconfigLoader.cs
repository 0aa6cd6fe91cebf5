using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Lexing;
using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Preprocessing;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Parsing;

/// <summary>
/// Entry point of the front end: lex, preprocess and parse the tree starting at the top Kconfig file,
/// then finalise the model as menu_finalize() does. Never throws for bad input: errors are diagnostics.
/// </summary>
public static class KconfigLoader
{
    // Deeply nested input (long select chains, long OR lists) recurses deeply; give it room.
    private const int StackSize = 256 * 1024 * 1024;

    public static KconfigLoadResult Load(KconfigLoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        KconfigLoadResult? result = null;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = LoadOnThisThread(options);
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            StackSize)
        {
            Name = "Kconfig front end",
            IsBackground = true,
        };
        thread.Start();
        thread.Join();
        if (failure is OperationCanceledException canceled)
        {
            throw new OperationCanceledException(canceled.Message, canceled, options.CancellationToken);
        }

        if (failure is not null)
        {
            return new KconfigLoadResult(
                null,
                new[] { Diagnostic.Error(DiagnosticCodes.InternalError, SourceSpan.None, $"internal error in the Kconfig front end: {failure}") });
        }

        return result!;
    }

    private static KconfigLoadResult LoadOnThisThread(KconfigLoadOptions options)
    {
        var log = new FrontEndLog();
        string sourceTree = Path.GetFullPath(options.SourceTree);
        string workingDirectory = Path.GetFullPath(options.WorkingDirectory ?? options.SourceTree);
        string? srctree = options.Environment.TryGetValue("srctree", out string? fromEnvironment) ? fromEnvironment : sourceTree;
        if (srctree is not null && !Path.IsPathRooted(srctree))
        {
            srctree = Path.Combine(workingDirectory, srctree);
        }

        ProbeCache cache = ProbeCache.Open(options.ProbeCachePath);
        if (cache.Problem is not null)
        {
            log.Report(Diagnostic.Warning(DiagnosticCodes.ProbeCacheUnusable, SourceSpan.None, cache.Problem), string.Empty);
        }

        var lexer = new Lexer(log, workingDirectory, srctree);
        var shell = new ShellProbes(options.ShellRunner ?? ProcessShellRunner.Instance, cache, options.Environment, workingDirectory, log, options.CancellationToken);
        var expander = new MacroExpander(options.Environment, log, () => (lexer.CurrentFile, lexer.LexerLine), shell);
        lexer.Expander = expander;
        var symbols = new SymbolTable();
        KconfigModel? model = null;
        try
        {
            if (lexer.Start(options.KconfigFile))
            {
                model = Build(lexer, expander, log, symbols);
            }
        }
        catch (FatalFrontEndException)
        {
            model = null;
        }
        finally
        {
            if (cache.Save() is { } problem)
            {
                log.Report(Diagnostic.Warning(DiagnosticCodes.ProbeCacheUnusable, SourceSpan.None, problem), string.Empty);
            }
        }

        return new KconfigLoadResult(model, log.Diagnostics) { ConfTranscript = log.Transcript };
    }

    private static KconfigModel? Build(Lexer lexer, MacroExpander expander, FrontEndLog log, SymbolTable symbols)
    {
        var parser = new Parser(lexer, expander, log, symbols);
        parser.Parse();
        if (log.ErrorCount > 0)
        {
            return null;
        }

        MenuNode root = parser.Root;
        if (root.Prompt is null)
        {
            root.Prompt = new Property(PropertyKind.Menu, root, lexer.StatementSpan) { Text = "Main menu" };
        }

        Symbol modules = parser.ModulesSymbol ?? symbols.No;
        var simplifier = new ExprSimplifier(symbols.Yes, symbols.Mod, symbols.No, text => log.Stdout(DiagnosticCodes.BooleanTestedForModule, SourceSpan.None, text.TrimEnd('\n'), text));
        new MenuFinalizer(simplifier, symbols, modules, log).Finalize(root);
        int errors = new DependencyChecker(log, symbols.All.Count).Check(root);
        if (errors > 0 || log.ErrorCount > 0)
        {
            return null;
        }

        // The table dies with this load, so the model takes its list and dictionary as they are: copies of
        // them were ~0.65 MB of large objects per load, whose budget forced full collections of the model.
        return new KconfigModel(
            root,
            symbols.All,
            symbols.ByName,
            symbols.Yes,
            symbols.Mod,
            symbols.No,
            parser.ModulesSymbol,
            lexer.Files.ToArray(),
            expander.EnvironmentRead.ToArray());
    }
}
