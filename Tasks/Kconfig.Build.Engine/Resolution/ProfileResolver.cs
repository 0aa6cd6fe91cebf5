using Kconfig.Build.Engine.ConfigFiles;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Environment;
using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.IO;
using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Parsing;
using Kconfig.Build.Engine.Profiles;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Resolution;

/// <summary>
/// The whole pipeline behind the SDK's build step and <c>kconfig resolve</c>: profile, tree, base
/// configuration, requests, olddefconfig, verification, outputs. The semantics are the kernel's own:
/// the result equals <c>merge_config.sh -m base.config fragment</c> followed by <c>make olddefconfig</c>.
/// Errors are values: nothing escapes as an exception, and on any error no output is written.
/// </summary>
public static class ProfileResolver
{
    private const string Prefix = "CONFIG_";

    public static ResolveResult Resolve(ResolveRequest request)
    {
        var diagnostics = new DiagnosticBag();
        var filesRead = new List<string> { FullPathOrAsIs(request.ProfilePath) };
        var filesWritten = new List<string>();
        string outputDirectory = FullPathOrAsIs(request.OutputDirectory);
        bool outputDirectoryExisted = Directory.Exists(outputDirectory);
        try
        {
            Run(request, diagnostics, filesRead, filesWritten);
        }
        catch (OperationCanceledException) when (request.CancellationToken.IsCancellationRequested)
        {
            diagnostics.Error(DiagnosticCodes.InternalError, SourceSpan.None, "resolution cancelled");
        }
        catch (Exception ex)
        {
            // A defect of ours (or a stage not implemented yet): reported, never thrown at the build.
            diagnostics.Error(DiagnosticCodes.InternalError, SourceSpan.None, $"internal error while resolving {request.ProfilePath}: {ex.GetType().Name}: {ex.Message}");
        }

        // The object tree had to exist for the probes; on failure it is removed again if it is still empty.
        if (diagnostics.HasErrors && !outputDirectoryExisted && outputDirectory.Length > 0)
        {
            TryDeleteEmptyDirectory(outputDirectory);
        }

        return new ResolveResult(Normalize(diagnostics.Items, request.SourceTree), diagnostics.HasErrors ? [] : filesWritten, filesRead);
    }

    // Bad paths are reported where they are used; building the result must not throw on them.
    private static string FullPathOrAsIs(string? path)
    {
        try
        {
            return string.IsNullOrEmpty(path) ? string.Empty : Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path ?? string.Empty;
        }
    }

    private static void TryDeleteEmptyDirectory(string directory)
    {
        try
        {
            if (Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any())
            {
                Directory.Delete(directory);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left behind empty: harmless, and never worth failing the build over.
        }
    }

    /// <summary>
    /// Kconfig locations are relative to srctree, as conf prints them; MSBuild and IDEs need absolute paths.
    /// The same finding reported again by a later evaluation pass (conf repeats it when it writes auto.conf
    /// after .config) is kept once.
    /// </summary>
    private static IReadOnlyList<Diagnostic> Normalize(IReadOnlyList<Diagnostic> diagnostics, string sourceTree)
    {
        var seen = new HashSet<Diagnostic>();
        var result = new List<Diagnostic>(diagnostics.Count);
        foreach (Diagnostic d in diagnostics)
        {
            Diagnostic absolute = d.Span.IsNone || Path.IsPathRooted(d.Span.File)
                ? d
                : d with { Span = d.Span with { File = FullPathOrAsIs(Path.Combine(sourceTree, d.Span.File)) } };
            if (seen.Add(absolute))
            {
                result.Add(absolute);
            }
        }

        return result;
    }

    private static void Run(ResolveRequest request, DiagnosticBag diagnostics, List<string> filesRead, List<string> filesWritten)
    {
        ProfileLoadResult loaded = ProfileLoader.Load(request.ProfilePath);
        diagnostics.AddRange(loaded.Diagnostics);
        if (loaded.Profile is not { } profile)
        {
            return;
        }

        string? arch = ChooseArch(request, profile, diagnostics);
        if (string.IsNullOrWhiteSpace(request.SourceTree))
        {
            diagnostics.Error(DiagnosticCodes.SdkSourceDirNotSet, SourceSpan.None, "no kernel source tree: set KconfigSourceDir (or --srctree) to the directory holding the kernel's top-level Kconfig, or to $(KconfigSampleSourceDir) for the bundled sample tree");
            return;
        }

        if (string.IsNullOrWhiteSpace(request.OutputDirectory))
        {
            diagnostics.Error(DiagnosticCodes.SdkOutputWriteFailed, SourceSpan.None, "no output directory given");
            return;
        }

        string sourceTree = Path.GetFullPath(request.SourceTree);
        if (!File.Exists(Path.Combine(sourceTree, "Kconfig")))
        {
            diagnostics.Error(DiagnosticCodes.SdkSourceDirInvalid, SourceSpan.None, $"'{sourceTree}' is not a kernel source tree: it has no top-level Kconfig file (set KconfigSourceDir, or --srctree, to the kernel source directory)");
        }

        if (arch is null || diagnostics.HasErrors)
        {
            return;
        }

        string srcArch = KernelArchitecture.SourceArchitecture(arch);
        if (!File.Exists(Path.Combine(sourceTree, "arch", srcArch, "Kconfig")))
        {
            SourceSpan where = profile.Arch?.Location ?? SourceSpan.None;
            diagnostics.Error(DiagnosticCodes.ProfileUnknownArch, where, $"ARCH={arch} has no arch/{srcArch}/Kconfig in {sourceTree}");
            return;
        }

        if (ConfEnvironment(request, sourceTree, arch, srcArch, diagnostics) is not { } environment)
        {
            return;
        }

        // conf runs its $(shell,...) probes in the object tree, so it must exist before the tree is read.
        Directory.CreateDirectory(Path.GetFullPath(request.OutputDirectory));
        request.CancellationToken.ThrowIfCancellationRequested();
        var loadOptions = new KconfigLoadOptions
        {
            SourceTree = sourceTree,
            WorkingDirectory = Path.GetFullPath(request.OutputDirectory),
            Environment = environment,
            ProbeCachePath = request.ProbeCachePath,
            CancellationToken = request.CancellationToken,
        };
        KconfigLoadResult tree = request.TreeCache is { } treeCache
            ? treeCache.GetOrLoad(loadOptions, () => KconfigLoader.Load(loadOptions))
            : KconfigLoader.Load(loadOptions);
        diagnostics.AddRange(tree.Diagnostics);
        if (tree.Model is not { } model)
        {
            return;
        }

        filesRead.AddRange(model.Files.Select(f => Path.GetFullPath(Path.IsPathRooted(f) ? f : Path.Combine(sourceTree, f))));
        if (tree.HasErrors)
        {
            return;
        }

        string fragment = RequestFragment.Build(model, profile.Requests, Prefix, diagnostics);
        if (diagnostics.HasErrors)
        {
            return;
        }

        request.CancellationToken.ThrowIfCancellationRequested();
        if (BuildBase(model, profile, sourceTree, srcArch, arch, environment, diagnostics, filesRead) is not { } baseText)
        {
            return;
        }

        string merged = ConfigMerger.Merge(baseText, fragment, profile.Requests.Select(r => Prefix + r.SymbolName), out int fragmentFirstLine);

        // make olddefconfig on the merged file. Its warnings point into the merged file; those about the
        // fragment are moved to the profile line that produced them.
        string mergedName = Path.Combine(Path.GetFullPath(request.OutputDirectory), ResolutionOutputs.DotConfig);
        var configuration = new Configuration(model);
        configuration.ReadConfig(mergedName, merged);
        configuration.EvaluateAfterRead();

        // Rendering computes every symbol, which is when conf reports unmet dependencies of selects.
        (string Path, string Text)[] outputs = RenderOutputs(configuration, Path.GetFullPath(request.OutputDirectory));
        foreach (Diagnostic d in configuration.TakeDiagnostics())
        {
            Diagnostic located = MapToProfile(d, mergedName, fragmentFirstLine, profile.Requests);
            diagnostics.Add(request.TreatSelectWarningsAsErrors && located.Code == DiagnosticCodes.UnmetDirectDependencies
                ? located with { Severity = DiagnosticSeverity.Error }
                : located);
        }

        Verify(configuration, model, profile.Requests, diagnostics);
        if (diagnostics.HasErrors)
        {
            return;
        }

        WriteOutputs(outputs, filesWritten, diagnostics);
    }

    /// <summary>
    /// The environment conf would get from the kernel Makefile. A real kernel tree (it has
    /// scripts/Kconfig.include, which probes the toolchain) gets the full computation, toolchain included;
    /// a tree without toolchain probes, such as the bundled sample, needs only srctree, ARCH, SRCARCH and
    /// KERNELVERSION, so it resolves on a machine with no C compiler.
    /// </summary>
    private static Dictionary<string, string>? ConfEnvironment(ResolveRequest request, string sourceTree, string arch, string srcArch, DiagnosticBag diagnostics)
    {
        string outputDirectory = Path.GetFullPath(request.OutputDirectory);
        if (File.Exists(Path.Combine(sourceTree, "scripts", "Kconfig.include")))
        {
            KernelEnvironmentResult computed = KernelEnvironment.Compute(new KernelEnvironmentOptions
            {
                SourceTree = sourceTree,
                ObjectTree = outputDirectory,
                Arch = arch,
                CrossCompile = request.Environment.TryGetValue("CROSS_COMPILE", out string? crossCompile) ? crossCompile : null,
                Llvm = request.Environment.TryGetValue("LLVM", out string? llvm) ? llvm : null,
                MakeVariables = request.Environment.Where(p => p.Key is not ("CROSS_COMPILE" or "LLVM")).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            });
            diagnostics.AddRange(computed.Diagnostics);
            return computed.Succeeded ? new Dictionary<string, string>(computed.Environment!.Variables, StringComparer.Ordinal) : null;
        }

        var environment = new Dictionary<string, string>(request.Environment, StringComparer.Ordinal)
        {
            ["srctree"] = sourceTree,
            ["ARCH"] = arch,
            ["SRCARCH"] = srcArch,
        };
        if (!environment.ContainsKey("KERNELVERSION"))
        {
            string makefile = Path.Combine(sourceTree, "Makefile");
            if (File.Exists(makefile) && KernelMakefileVersion.Read(makefile) is { } version)
            {
                environment["KERNELVERSION"] = version.KernelVersion;
            }
        }

        return environment;
    }

    private static string? ChooseArch(ResolveRequest request, Profile profile, DiagnosticBag diagnostics)
    {
        string? fromBuild = string.IsNullOrWhiteSpace(request.Arch) ? null : request.Arch.Trim();
        if (profile.Arch is { } fromProfile)
        {
            if (fromBuild is not null && !string.Equals(fromBuild, fromProfile.Value, StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.SdkArchConflict, fromProfile.Location, $"the profile is for arch {fromProfile.Value} but the build asks for ARCH={fromBuild}");
                return null;
            }

            return fromProfile.Value;
        }

        if (fromBuild is null)
        {
            diagnostics.Error(DiagnosticCodes.SdkArchNotSet, SourceSpan.At(profile.Path, 1, 1), "no architecture: add 'arch: arm64' (or x86_64 ...) to the profile, or set KconfigArch / --arch");
        }

        return fromBuild;
    }

    /// <summary>The base .config, as `make defconfig` (or the profile's base file) writes it.</summary>
    private static string? BuildBase(KconfigModel model, Profile profile, string sourceTree, string srcArch, string arch, IReadOnlyDictionary<string, string> environment, DiagnosticBag diagnostics, List<string> filesRead)
    {
        string? defconfigPath;
        switch (profile.Base.Kind)
        {
            case ProfileBaseKind.Defconfig:
                if (environment.TryGetValue("KCONFIG_DEFCONFIG_LIST", out string? list) && list.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [.., string last])
                {
                    // make defconfig passes the last entry: arch/$SRCARCH/configs/$(KBUILD_DEFCONFIG).
                    defconfigPath = Path.Combine(sourceTree, last);
                }
                else
                {
                    defconfigPath = Path.Combine(sourceTree, "arch", srcArch, "configs", "defconfig");
                    if (!File.Exists(defconfigPath))
                    {
                        // Some architectures name theirs after ARCH (x86: x86_64_defconfig, i386_defconfig).
                        defconfigPath = Path.Combine(sourceTree, "arch", srcArch, "configs", arch + "_defconfig");
                    }
                }

                break;
            case ProfileBaseKind.File:
                string profileDirectory = Path.GetDirectoryName(Path.GetFullPath(profile.Path))!;
                defconfigPath = Path.GetFullPath(Path.Combine(profileDirectory, profile.Base.FilePath!));
                break;
            case ProfileBaseKind.AllNoConfig:
                var none = new Configuration(model);
                SetAllNewSymbolsToNo(none, model.RootMenu);
                string allNoText = ConfigWriter.WriteDotConfig(none, Prefix);
                diagnostics.AddRange(none.TakeDiagnostics());
                return diagnostics.HasErrors ? null : allNoText;
            case ProfileBaseKind.AllDefConfig:
                // conf --alldefconfig reads nothing; conf_set_all_new_symbols(def_default) assigns nothing.
                var defaults = new Configuration(model);
                defaults.ClearAllValid();
                string allDefText = ConfigWriter.WriteDotConfig(defaults, Prefix);
                diagnostics.AddRange(defaults.TakeDiagnostics());
                return diagnostics.HasErrors ? null : allDefText;
            default:
                throw new InvalidOperationException("unknown base kind " + profile.Base.Kind);
        }

        if (!File.Exists(defconfigPath))
        {
            diagnostics.Error(DiagnosticCodes.ProfileInvalidBase, profile.Base.Location.IsNone ? SourceSpan.At(profile.Path, 1, 1) : profile.Base.Location, $"base configuration '{defconfigPath}' does not exist");
            return null;
        }

        filesRead.Add(defconfigPath);

        // conf --defconfig: conf_read() of the file, then conf_set_all_new_symbols(def_default), which
        // assigns nothing and only invalidates every computed value.
        var configuration = new Configuration(model);
        configuration.ReadConfig(defconfigPath, File.ReadAllText(defconfigPath));
        configuration.EvaluateAfterRead();
        configuration.ClearAllValid();
        string baseText = ConfigWriter.WriteDotConfig(configuration, Prefix);
        diagnostics.AddRange(configuration.TakeDiagnostics());
        return diagnostics.HasErrors ? null : baseText;
    }

    /// <summary>
    /// conf --allnoconfig with nothing read: conf_set_all_new_symbols(def_no) gives every prompted bool or
    /// tristate symbol (choices and their members aside) the user value n, in menu order, then
    /// invalidates every computed value.
    /// </summary>
    private static void SetAllNewSymbolsToNo(Configuration configuration, MenuNode root)
    {
        for (MenuNode? node = NextMenuNode(root, root); node is not null; node = NextMenuNode(node, root))
        {
            if (node.Symbol is { } symbol && node.Prompt is not null && !configuration.HasUserValue(symbol)
                && !symbol.IsChoice && !symbol.IsChoiceMember && symbol.Type is SymbolType.Bool or SymbolType.Tristate)
            {
                configuration.SetUserTristateUnchecked(symbol, Tristate.No);
            }
        }

        configuration.ClearAllValid();
    }

    // Depth-first successor in the menu tree, as conf walks it (menu->list, then menu->next, climbing up).
    private static MenuNode? NextMenuNode(MenuNode node, MenuNode root)
    {
        if (node.FirstChild is not null)
        {
            return node.FirstChild;
        }

        while (!ReferenceEquals(node, root) && node.Next is null)
        {
            node = node.Parent!;
        }

        return ReferenceEquals(node, root) ? null : node.Next;
    }

    private static void Verify(Configuration configuration, KconfigModel model, IReadOnlyList<ConfigRequest> requests, DiagnosticBag diagnostics)
    {
        foreach (ConfigRequest request in requests)
        {
            Symbol symbol = model.FindSymbol(request.SymbolName)!;
            string wanted = RequestFragment.Canonical(symbol, request)!;
            string actual = configuration.GetStringValue(symbol);
            if (!SameValue(symbol.Type, wanted, actual))
            {
                diagnostics.Error(DiagnosticCodes.RequestNotTaken, request.Location, $"{request.SymbolName} was requested as {Show(symbol.Type, wanted)} but resolves to {Show(symbol.Type, actual)}{Why(configuration, symbol, wanted, actual)}");
            }
        }
    }

    /// <summary>
    /// One level of "why" for a bool or tristate that did not take, in conf's own notation: the direct
    /// dependencies holding it below the request, or the selects holding it above.
    /// </summary>
    private static string Why(Configuration configuration, Symbol symbol, string wanted, string actual)
    {
        if (symbol.Type is SymbolType.Int or SymbolType.Hex)
        {
            return configuration.GetActiveRange(symbol) is ({ } low, { } high)
                ? $": its range is {configuration.GetStringValue(low)}..{configuration.GetStringValue(high)}"
                : string.Empty;
        }

        if (symbol.Type is not (SymbolType.Bool or SymbolType.Tristate))
        {
            return string.Empty;
        }

        Tristate requested = ToTristate(wanted);
        string ValueOf(Symbol s) => configuration.GetStringValue(s);
        if (requested > ToTristate(actual) && symbol.DirectDependency is { } depends && configuration.Eval(depends) < requested)
        {
            return $": it depends on {ExprPrinter.Print(depends, ValueOf)}";
        }

        if (requested < ToTristate(actual) && symbol.ReverseDependency is { } selectedBy && configuration.Eval(selectedBy) > requested)
        {
            // Only the selects in force, as conf's "Selected by [y]:" list.
            IEnumerable<string> active = ExprPrinter.TopLevelOrTerms(selectedBy).Where(t => configuration.Eval(t) > requested).Select(t => ExprPrinter.Print(t, ValueOf));
            return $": it is selected by {string.Join(", ", active)}";
        }

        return string.Empty;
    }

    private static Tristate ToTristate(string value) => value switch
    {
        "y" => Tristate.Yes,
        "m" => Tristate.Mod,
        _ => Tristate.No,
    };

    private static bool SameValue(SymbolType type, string wanted, string actual)
    {
        if (string.Equals(wanted, actual, StringComparison.Ordinal))
        {
            return true;
        }

        // A hex value may be written with or without 0x and in either case.
        return type == SymbolType.Hex
            && ulong.TryParse(StripHex(wanted), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out ulong a)
            && ulong.TryParse(StripHex(actual), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out ulong b)
            && a == b;
    }

    private static string StripHex(string value) => value.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? value[2..] : value;

    private static string Show(SymbolType type, string value) => type == SymbolType.String ? $"\"{value}\"" : value.Length == 0 ? "(no value)" : value;

    private static Diagnostic MapToProfile(Diagnostic diagnostic, string mergedName, int fragmentFirstLine, IReadOnlyList<ConfigRequest> requests)
    {
        int index = diagnostic.Span.Line - fragmentFirstLine;
        if (!string.Equals(diagnostic.Span.File, mergedName, StringComparison.Ordinal) || index < 0 || index >= requests.Count)
        {
            return diagnostic;
        }

        return diagnostic with { Span = requests[index].Location };
    }

    private static (string Path, string Text)[] RenderOutputs(Configuration configuration, string outputDirectory) =>
    [
        (Path.Combine(outputDirectory, ResolutionOutputs.DotConfig), ConfigWriter.WriteDotConfig(configuration, Prefix)),
        (Path.Combine(outputDirectory, ResolutionOutputs.AutoConf), ConfigWriter.WriteAutoConf(configuration, Prefix)),
        (Path.Combine(outputDirectory, ResolutionOutputs.AutoHeader), ConfigWriter.WriteAutoHeader(configuration, Prefix)),
        (Path.Combine(outputDirectory, ResolutionOutputs.Defconfig), ConfigWriter.WriteDefconfig(configuration, Prefix)),
    ];

    private static void WriteOutputs((string Path, string Text)[] outputs, List<string> filesWritten, DiagnosticBag diagnostics)
    {
        // Everything was rendered before the first write, so a failing writer leaves no partial set behind.
        foreach ((string path, string text) in outputs)
        {
            try
            {
                // kbuild keys on the mtime of .config and auto.conf: an unchanged file is left untouched.
                AtomicFile.WriteAllTextIfChanged(path, text);
                filesWritten.Add(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.SdkOutputWriteFailed, SourceSpan.None, $"cannot write {path}: {ex.Message}");
                return;
            }
        }
    }
}
