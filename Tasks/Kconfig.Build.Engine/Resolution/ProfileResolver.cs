using Kconfig.Build.Engine.ConfigFiles;
using Kconfig.Build.Engine.DeviceTree;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Environment;
using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.Explanation;
using Kconfig.Build.Engine.IO;
using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Parsing;
using Kconfig.Build.Engine.Profiles;
using Kconfig.Build.Engine.Suggestions;
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
        ProfileLoadResult loaded = ProfileLoader.Load(request.ProfilePath, new ProfileLoadOptions
        {
            PresetDirectories = request.PresetDirectories,
            ProjectDirectory = request.ProjectDirectory,
            AllowOutsideProjectDirectory = request.AllowProfilesOutsideProject,
        });
        diagnostics.AddRange(loaded.Diagnostics);
        if (loaded.Profile is not { } profile)
        {
            return;
        }

        filesRead.AddRange(profile.Files.Select(FullPathOrAsIs).Where(f => !filesRead.Contains(f, StringComparer.Ordinal)));

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

        if (ConfEnvironment(request, profile, sourceTree, arch, srcArch, diagnostics) is not { } environment)
        {
            return;
        }

        if (profile.Kernel is { } window && environment.TryGetValue("KERNELVERSION", out string? kernelVersion)
            && KernelVersionWindow.Parse(window.Value, out _) is { } parsedWindow && !parsedWindow.Contains(kernelVersion))
        {
            diagnostics.Error(DiagnosticCodes.ProfileKernelOutsideWindow, window.Location, $"the profile is for kernel {window.Value} but the source tree is {kernelVersion}");
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

        request.CancellationToken.ThrowIfCancellationRequested();
        int filesReadBeforeBase = filesRead.Count;
        if (BuildBase(model, profile, sourceTree, srcArch, arch, environment, diagnostics, filesRead) is not { } baseText)
        {
            return;
        }

        // The base alone, as olddefconfig leaves it: what `when: {expr: ...}` reads and what makes a request redundant.
        var baseConfiguration = new Configuration(model);
        baseConfiguration.ReadConfig(Path.Combine(Path.GetFullPath(request.OutputDirectory), "base.config"), baseText);
        baseConfiguration.EvaluateAfterRead();
        baseConfiguration.TakeDiagnostics();

        List<ConfigRequest> active = ActiveRequests(profile, model, baseConfiguration, arch, environment, diagnostics);
        CheckRequests(model, active, new UnknownSymbolContext(sourceTree, arch, srcArch, environment.TryGetValue("KERNELVERSION", out string? treeVersion) ? treeVersion : null), diagnostics);
        if (diagnostics.HasErrors)
        {
            return;
        }

        List<ConfigRequest> setting = active.Where(r => r.SetsValue).ToList();
        string fragment = RequestFragment.Build(model, setting, Prefix, diagnostics);
        if (diagnostics.HasErrors)
        {
            return;
        }

        string merged = ConfigMerger.Merge(baseText, fragment, setting.Select(r => Prefix + r.SymbolName), out int fragmentFirstLine);

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
            Diagnostic located = MapToProfile(d, mergedName, fragmentFirstLine, setting);
            bool downgraded = located.Code == DiagnosticCodes.UnmetDirectDependencies
                && active.Any(r => r.AllowUnmetSelect && located.Message.Contains("detected for " + r.SymbolName + "\n", StringComparison.Ordinal));
            diagnostics.Add(request.TreatSelectWarningsAsErrors && !downgraded && located.Code == DiagnosticCodes.UnmetDirectDependencies
                ? located with { Severity = DiagnosticSeverity.Error }
                : located);
        }

        Verify(configuration, model, active, arch, sourceTree, diagnostics);
        // A line of an SDK preset is not the user's to delete: a preset line made redundant by the profile
        // that extends it (e.g. HYPERV_STORAGE, y by default once MODULES=n) is not reported.
        string[] presetRoots = request.PresetDirectories.Select(d => Path.GetFullPath(d).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).ToArray();
        RedundantRequests.Report(model, baseText, setting, fragment.Split('\n', StringSplitOptions.RemoveEmptyEntries), Prefix, configuration, outputs[0].Text, merged, fragmentFirstLine, diagnostics,
            r => presetRoots.Any(root => r.Location.File.StartsWith(root, StringComparison.Ordinal)));
        request.Resolved?.Invoke(new Provenance.ResolutionSnapshot(
            profile, model, arch, sourceTree, filesRead.Count > filesReadBeforeBase ? filesRead[^1] : null, baseConfiguration, configuration, active, diagnostics.Items.ToArray()));
        if (diagnostics.HasErrors)
        {
            if (request.SuggestFixes)
            {
                diagnostics.AddRange(FixSuggester.Suggest(new FixSuggestionContext(configuration, arch, active, diagnostics.Items, candidate =>
                {
                    request.CancellationToken.ThrowIfCancellationRequested();
                    return Reresolve(candidate, baseText, baseConfiguration, model, arch, sourceTree, mergedName, request.TreatSelectWarningsAsErrors);
                })));
            }

            return;
        }

        // The device tree is built before anything is written, so its errors leave no configuration behind either.
        DeviceTreeEmission? emission = request.DeviceTree && profile.DeviceTree is { } deviceTree ? EmitDeviceTree(deviceTree, profile.DeviceTreeFile ?? profile.Path, configuration, model, diagnostics) : null;
        if (diagnostics.HasErrors)
        {
            return;
        }

        WriteOutputs(outputs, filesWritten, diagnostics);
        if (!diagnostics.HasErrors)
        {
            // No stub due (switch off, no section, CONFIG_OF=n) still removes the stub of an earlier run.
            string stubBase = Path.Combine(Path.GetFullPath(request.OutputDirectory), ResolutionOutputs.DeviceTreeBaseName);
            IReadOnlyList<string> written = [];
            diagnostics.AddRange(emission is null ? DeviceTreeEmitter.RemoveFiles(stubBase) : DeviceTreeEmitter.WriteFiles(emission, stubBase, out written));
            filesWritten.AddRange(written);
        }
    }

    /// <summary>
    /// The environment conf would get from the kernel Makefile. A real kernel tree (it has
    /// scripts/Kconfig.include, which probes the toolchain) gets the full computation, toolchain included;
    /// a tree without toolchain probes, such as the bundled sample, needs only srctree, ARCH, SRCARCH and
    /// KERNELVERSION, so it resolves on a machine with no C compiler.
    /// </summary>
    private static Dictionary<string, string>? ConfEnvironment(ResolveRequest request, Profile profile, string sourceTree, string arch, string srcArch, DiagnosticBag diagnostics)
    {
        // The profile's toolchain is what the real build passes to make; variables from the build itself win.
        var variables = new Dictionary<string, string>(profile.Toolchain?.ToMakeVariables() ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> pair in request.Environment)
        {
            variables[pair.Key] = pair.Value;
        }

        string outputDirectory = Path.GetFullPath(request.OutputDirectory);
        if (File.Exists(Path.Combine(sourceTree, "scripts", "Kconfig.include")))
        {
            KernelEnvironmentResult computed = KernelEnvironment.Compute(new KernelEnvironmentOptions
            {
                SourceTree = sourceTree,
                ObjectTree = outputDirectory,
                Arch = arch,
                CrossCompile = variables.TryGetValue("CROSS_COMPILE", out string? crossCompile) ? crossCompile : null,
                Llvm = variables.TryGetValue("LLVM", out string? llvm) ? llvm : null,
                MakeVariables = variables.Where(p => p.Key is not ("CROSS_COMPILE" or "LLVM")).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            });
            diagnostics.AddRange(computed.Diagnostics);
            return computed.Succeeded ? new Dictionary<string, string>(computed.Environment!.Variables, StringComparer.Ordinal) : null;
        }

        var environment = new Dictionary<string, string>(variables, StringComparer.Ordinal)
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
        if (profile.Arches.Count > 1)
        {
            if (fromBuild is null)
            {
                diagnostics.Error(DiagnosticCodes.SdkArchNotSet, profile.Arches[0].Location, $"the profile is for {string.Join(", ", profile.Arches.Select(a => a.Value))}: choose one with KconfigArch / --arch");
                return null;
            }

            if (!profile.Arches.Any(a => string.Equals(a.Value, fromBuild, StringComparison.Ordinal)))
            {
                diagnostics.Error(DiagnosticCodes.ProfileArchNotListed, profile.Arches[0].Location, $"the build asks for ARCH={fromBuild} but the profile is for {string.Join(", ", profile.Arches.Select(a => a.Value))}");
                return null;
            }

            return fromBuild;
        }

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
            case ProfileBaseKind.TinyConfig:
                return TinyConfig(model, profile, sourceTree, srcArch, diagnostics, filesRead);
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
    /// <c>make tinyconfig</c> in 6.12 (scripts/kconfig/Makefile): <c>KCONFIG_ALLCONFIG=kernel/configs/tiny-base.config
    /// make allnoconfig</c>, then <c>make tiny.config</c>, which merges kernel/configs/tiny.config and
    /// arch/$SRCARCH/configs/tiny.config (those that exist, in that order) into .config with merge_config.sh -m and
    /// runs olddefconfig.
    /// </summary>
    private static string? TinyConfig(KconfigModel model, Profile profile, string sourceTree, string srcArch, DiagnosticBag diagnostics, List<string> filesRead)
    {
        SourceSpan where = profile.Base.Location.IsNone ? SourceSpan.At(profile.Path, 1, 1) : profile.Base.Location;
        string seed = Path.Combine(sourceTree, "kernel", "configs", "tiny-base.config");
        if (!File.Exists(seed))
        {
            diagnostics.Error(DiagnosticCodes.ProfileInvalidBase, where, $"base tinyconfig needs {seed}, which this tree does not have");
            return null;
        }

        filesRead.Add(seed);

        // conf --allnoconfig reads the seed as user values first; conf_set_all_new_symbols(def_no) leaves those alone.
        var allNo = new Configuration(model);
        allNo.ReadConfig(seed, File.ReadAllText(seed));
        SetAllNewSymbolsToNo(allNo, model.RootMenu);
        string text = ConfigWriter.WriteDotConfig(allNo, Prefix);
        diagnostics.AddRange(allNo.TakeDiagnostics());

        string[] fragments = [Path.Combine(sourceTree, "kernel", "configs", "tiny.config"), Path.Combine(sourceTree, "arch", srcArch, "configs", "tiny.config")];
        bool any = false;
        foreach (string fragment in fragments.Where(File.Exists))
        {
            any = true;
            filesRead.Add(fragment);
            string fragmentText = File.ReadAllText(fragment);
            text = ConfigMerger.Merge(text, fragmentText, ConfigMerger.AssignedSymbols(fragmentText, Prefix), out _);
        }

        if (!any)
        {
            // make's own words: "tiny.config fragment does not exists on this architecture".
            diagnostics.Error(DiagnosticCodes.ProfileInvalidBase, where, $"base tinyconfig needs kernel/configs/tiny.config or arch/{srcArch}/configs/tiny.config, and this tree has neither");
            return null;
        }

        // make olddefconfig on the merged file.
        var tiny = new Configuration(model);
        tiny.ReadConfig(Path.Combine(sourceTree, ".config"), text);
        tiny.EvaluateAfterRead();
        string tinyText = ConfigWriter.WriteDotConfig(tiny, Prefix);
        diagnostics.AddRange(tiny.TakeDiagnostics());
        return diagnostics.HasErrors ? null : tinyText;
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

    /// <summary>
    /// The unconditional requests, then those of every <c>when</c> clause whose condition holds, in profile
    /// order; a later request for a symbol replaces an earlier one (reported when the value differs).
    /// </summary>
    private static List<ConfigRequest> ActiveRequests(Profile profile, KconfigModel model, Configuration baseConfiguration, string arch, IReadOnlyDictionary<string, string> environment, DiagnosticBag diagnostics)
    {
        var active = new List<ConfigRequest>(profile.Requests);
        string? kernelVersion = environment.TryGetValue("KERNELVERSION", out string? v) ? v : null;
        foreach (WhenClause clause in profile.When)
        {
            if (!Holds(clause.Condition, model, baseConfiguration, arch, kernelVersion, diagnostics))
            {
                continue;
            }

            foreach (ConfigRequest request in clause.Requests)
            {
                int earlier = active.FindIndex(r => string.Equals(r.SymbolName, request.SymbolName, StringComparison.Ordinal));
                if (earlier >= 0)
                {
                    ConfigRequest old = active[earlier];
                    if (old.Value != request.Value || old.Intent != request.Intent)
                    {
                        diagnostics.Warning(DiagnosticCodes.RequestOverridden, old.Location, $"{old.SymbolName}: {ProfileComposer.Describe(old)} here is overridden by {ProfileComposer.Describe(request)} at {request.Location.ToFileLine()}");
                    }

                    active.RemoveAt(earlier);
                }

                active.Add(request);
            }
        }

        return active;
    }

    private static bool Holds(WhenCondition condition, KconfigModel model, Configuration baseConfiguration, string arch, string? kernelVersion, DiagnosticBag diagnostics)
    {
        bool holds = true;
        if (condition.Arches.Count > 0)
        {
            holds &= condition.Arches.Any(a => string.Equals(a.Value, arch, StringComparison.Ordinal));
        }

        if (condition.Kernel is { } window)
        {
            holds &= kernelVersion is not null && KernelVersionWindow.Parse(window.Value, out _) is { } w && w.Contains(kernelVersion);
        }

        if (condition.Expression is { } text)
        {
            Expr? expr = ConditionExpression.Parse(text.Value, model, out string? error);
            if (expr is null)
            {
                diagnostics.Error(DiagnosticCodes.ProfileInvalidCondition, text.Location, error!);
                return false;
            }

            holds &= baseConfiguration.Eval(expr) == Tristate.Yes;
        }

        foreach (WhenCondition nested in condition.All)
        {
            holds &= Holds(nested, model, baseConfiguration, arch, kernelVersion, diagnostics);
        }

        if (condition.Any.Count > 0)
        {
            bool any = false;
            foreach (WhenCondition nested in condition.Any)
            {
                any |= Holds(nested, model, baseConfiguration, arch, kernelVersion, diagnostics);
            }

            holds &= any;
        }

        return holds;
    }

    /// <summary>Requests the tree cannot satisfy by construction: unknown symbols (with near names), probe results, ranges on the wrong type.</summary>
    private static void CheckRequests(KconfigModel model, List<ConfigRequest> requests, UnknownSymbolContext context, DiagnosticBag diagnostics)
    {
        foreach (ConfigRequest request in requests)
        {
            Symbol? symbol = model.FindSymbol(request.SymbolName);
            if (symbol is null || !symbol.IsDefined)
            {
                (string code, string message) = DescribeUnknown(model, request.SymbolName, context);
                diagnostics.Error(code, request.Location, message + ReasonSuffix(request));
                continue;
            }

            if (ToolchainSymbols.IsToolchainIdentity(request.SymbolName))
            {
                diagnostics.Error(DiagnosticCodes.RequestToolchainSymbol, request.Location, $"{request.SymbolName} is a toolchain probe result: set the toolchain (toolchain: cc, cross_compile, llvm) or test it in 'when: {{if: {{expr: {request.SymbolName}}}}}', never request it");
                continue;
            }

            if (request.SetsValue && RequestFragment.Canonical(symbol, request) is null)
            {
                diagnostics.Error(DiagnosticCodes.RequestInvalidForType, request.ValueLocation, $"'{request.Value}' is not a valid value for {request.SymbolName}, which is {RequestFragment.Describe(symbol.Type)}{ReasonSuffix(request)}");
            }
            else if (request.Intent == ConfigIntent.Range && symbol.Type is not (SymbolType.Int or SymbolType.Hex))
            {
                diagnostics.Error(DiagnosticCodes.RequestInvalidForType, request.ValueLocation, $"range applies to int and hex symbols; {request.SymbolName} is {RequestFragment.Describe(symbol.Type)}");
            }
            else if (request.Intent is ConfigIntent.AtLeast && symbol.Type is not (SymbolType.Bool or SymbolType.Tristate))
            {
                diagnostics.Error(DiagnosticCodes.RequestInvalidForType, request.ValueLocation, $"at_least applies to bool and tristate symbols; {request.SymbolName} is {RequestFragment.Describe(symbol.Type)}");
            }
        }
    }

    /// <summary>
    /// Why a requested name is undefined, most specific first: another architecture of this tree defines it
    /// (KC3065); it is a well-known rename or removal before this version (KC3066); it only exists from a later
    /// version on (KC3067); otherwise unknown at this version, with did-you-mean (KC3050).
    /// </summary>
    private static (string Code, string Message) DescribeUnknown(KconfigModel model, string name, UnknownSymbolContext context)
    {
        IReadOnlyList<(string SourceArch, string File, int Line)> elsewhere = ArchitectureDefinitions.Find(context.SourceTree, context.SourceArch, name);
        if (elsewhere.Count > 0)
        {
            string arches = string.Join(", ", elsewhere.Select(d => d.SourceArch).Distinct(StringComparer.Ordinal).Select(a => "ARCH=" + a));
            string where = string.Join(", ", elsewhere.Select(d => $"{d.File}:{d.Line}"));
            return (DiagnosticCodes.RequestSymbolOfOtherArch, $"{name} is not defined for ARCH={context.Arch}: it exists only for {arches} ({where}); request it under 'when: {{if: {{arch: ...}}}}'");
        }

        if (SymbolHistory.Find(name) is { } history && AppliesTo(history, context.KernelVersion))
        {
            string inVersion = history.Version is { } v ? $" in Linux {v}" : string.Empty;
            return history.Change switch
            {
                SymbolChange.Renamed => (DiagnosticCodes.RequestSymbolRemoved, $"{name} was renamed to {history.Replacement}{inVersion} ({history.Note}): request {history.Replacement} instead"),
                SymbolChange.Removed => (DiagnosticCodes.RequestSymbolRemoved, $"{name} was removed{inVersion}: {history.Note}" + (history.Replacement is { } r ? $" (see {r})" : string.Empty)),
                _ => (DiagnosticCodes.RequestSymbolNewerKernel, $"{name} is not in this kernel{(context.KernelVersion is { } kv ? $" (Linux {kv})" : string.Empty)}: it appears in Linux {history.Version} ({history.Note}); use a newer tree, or request it under 'when: {{if: {{kernel: \">= {history.Version}\"}}}}'"),
            };
        }

        return (DiagnosticCodes.RequestUnknownSymbol, $"unknown symbol {name}: no Kconfig file of this tree defines it{SymbolSuggestions.DidYouMean(model, name)}");
    }

    // A change recorded for version V explains a missing name only on the side of V where the name is missing.
    private static bool AppliesTo(SymbolHistoryEntry history, string? kernelVersion)
    {
        if (history.Version is null || kernelVersion is null || KernelVersionWindow.Parse(">= " + history.Version, out _) is not { } fromChange)
        {
            return history.Change != SymbolChange.Added || history.Version is not null;
        }

        return history.Change == SymbolChange.Added ? !fromChange.Contains(kernelVersion) : fromChange.Contains(kernelVersion);
    }

    private static string ReasonSuffix(ConfigRequest request) => request.Reason is { Length: > 0 } reason ? $" [reason: {reason}]" : string.Empty;

    private static void Verify(Configuration configuration, KconfigModel model, IReadOnlyList<ConfigRequest> requests, string arch, string sourceTree, DiagnosticBag diagnostics)
    {
        var explainer = new ValueExplainer(configuration, arch) { SourceTree = sourceTree };
        foreach (ConfigRequest request in requests)
        {
            Symbol symbol = model.FindSymbol(request.SymbolName)!;
            string actual = configuration.GetStringValue(symbol);
            if (request.Intent == ConfigIntent.SelectPolicy)
            {
                continue;
            }

            if (request.Intent == ConfigIntent.Range)
            {
                long value = ProfileLoader.ParseNumber(NormalizeNumber(symbol.Type, actual));
                if (value < ProfileLoader.ParseNumber(request.Value) || value > ProfileLoader.ParseNumber(request.RangeHigh!))
                {
                    diagnostics.Error(DiagnosticCodes.RequestOutOfRange, request.Location, $"{request.SymbolName} resolves to {actual}, outside the requested range [{request.Value}, {request.RangeHigh}]{ReasonSuffix(request)}");
                }

                continue;
            }

            string wanted = RequestFragment.Canonical(symbol, request)!;
            bool taken = request.Intent == ConfigIntent.AtLeast
                ? ToTristate(actual) >= ToTristate(wanted)
                : SameValue(symbol.Type, wanted, actual);
            if (taken)
            {
                // Whether it was needed at all is RedundantRequests' question, asked after every request is verified.
                continue;
            }

            string head = request.Intent switch
            {
                ConfigIntent.Forbid => $"{request.SymbolName} is forbidden but resolves to {Show(symbol.Type, actual)}",
                ConfigIntent.AtLeast => $"{request.SymbolName} was requested as at least {wanted} but resolves to {Show(symbol.Type, actual)}",
                ConfigIntent.Prefer => $"{request.SymbolName} was preferred as {Show(symbol.Type, wanted)} but resolves to {Show(symbol.Type, actual)}",
                _ => $"{request.SymbolName} was requested as {Show(symbol.Type, wanted)} but resolves to {Show(symbol.Type, actual)}",
            };

            (string code, string why) = Classify(configuration, explainer, symbol, wanted);
            if (request.Intent == ConfigIntent.Forbid && code != DiagnosticCodes.RequestOutOfRange)
            {
                code = DiagnosticCodes.RequestForbiddenEnabled;
            }

            string message = head + why + ReasonSuffix(request);
            if (request.Intent == ConfigIntent.Prefer)
            {
                diagnostics.Warning(DiagnosticCodes.RequestPreferLost, request.Location, message);
            }
            else
            {
                diagnostics.Error(code, code == DiagnosticCodes.RequestOutOfRange ? request.ValueLocation : request.Location, message);
            }
        }
    }

    /// <summary>
    /// The merge, olddefconfig and verification again with other requests, on the same parsed tree and base, writing
    /// nothing: how a fix suggestion is verified.
    /// </summary>
    private static IReadOnlyList<Diagnostic> Reresolve(IReadOnlyList<ConfigRequest> requests, string baseText, Configuration baseConfiguration, KconfigModel model, string arch, string sourceTree, string mergedName, bool selectWarningsAreErrors)
    {
        var diagnostics = new DiagnosticBag();
        List<ConfigRequest> setting = requests.Where(r => r.SetsValue).ToList();
        string fragment = RequestFragment.Build(model, setting, Prefix, diagnostics);
        string merged = ConfigMerger.Merge(baseText, fragment, setting.Select(r => Prefix + r.SymbolName), out int fragmentFirstLine);
        var configuration = new Configuration(model);
        configuration.ReadConfig(mergedName, merged);
        configuration.EvaluateAfterRead();
        if (selectWarningsAreErrors)
        {
            // Only rendering computes every symbol, which is when a select of a symbol with unmet dependencies shows.
            ConfigWriter.WriteDotConfig(configuration, Prefix);
        }

        foreach (Diagnostic d in configuration.TakeDiagnostics())
        {
            Diagnostic located = MapToProfile(d, mergedName, fragmentFirstLine, setting);
            bool downgraded = requests.Any(r => r.AllowUnmetSelect && located.Message.Contains("detected for " + r.SymbolName + "\n", StringComparison.Ordinal));
            diagnostics.Add(selectWarningsAreErrors && !downgraded && located.Code == DiagnosticCodes.UnmetDirectDependencies ? located with { Severity = DiagnosticSeverity.Error } : located);
        }

        Verify(configuration, model, requests, arch, sourceTree, diagnostics);
        return diagnostics.Items;
    }

    private static string NormalizeNumber(SymbolType type, string value) =>
        type == SymbolType.Hex && !value.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? "0x" + (value.Length == 0 ? "0" : value) : value.Length == 0 ? "0" : value;

    /// <summary>The code of a request that did not take and its "why", down to the root.</summary>
    private static (string Code, string Why) Classify(Configuration configuration, ValueExplainer explainer, Symbol symbol, string wanted)
    {
        // An int, hex or string whose dependencies are unmet has no value at all: the chain says why.
        if (symbol.Type is not (SymbolType.Bool or SymbolType.Tristate) && symbol.DirectDependency is { } depends && configuration.Eval(depends) == Tristate.No)
        {
            ValueExplanation unmet = explainer.Explain(symbol, Tristate.Yes);
            return (DiagnosticCodes.RequestDependencyUnmet, unmet.Chain.Count == 0 ? string.Empty : ": " + unmet.Render());
        }

        if (symbol.Type is SymbolType.Int or SymbolType.Hex)
        {
            return configuration.GetActiveRange(symbol) is ({ } low, { } high)
                ? (DiagnosticCodes.RequestOutOfRange, $": its range is {configuration.GetStringValue(low)}..{configuration.GetStringValue(high)}")
                : (DiagnosticCodes.RequestNotTaken, string.Empty);
        }

        if (symbol.Type is not (SymbolType.Bool or SymbolType.Tristate))
        {
            ValueExplanation hidden = explainer.Explain(symbol, Tristate.Yes);
            return (DiagnosticCodes.RequestNotTaken, hidden.Chain.Count == 0 ? string.Empty : ": " + hidden.Render());
        }

        ValueExplanation explanation = explainer.Explain(symbol, ToTristate(wanted));
        string code = explanation.Reason switch
        {
            NotTakenReason.DependencyUnmet => DiagnosticCodes.RequestDependencyUnmet,
            NotTakenReason.ForcedBySelect => DiagnosticCodes.RequestForcedBySelect,
            NotTakenReason.NoPrompt => DiagnosticCodes.RequestNoPrompt,
            NotTakenReason.ChoiceConflict => DiagnosticCodes.RequestChoiceConflict,
            NotTakenReason.ProbeFalse => DiagnosticCodes.RequestProbeFalse,
            _ => DiagnosticCodes.RequestNotTaken,
        };
        return (code, explanation.Chain.Count == 0 ? string.Empty : ": " + explanation.Render());
    }

    private static DeviceTreeEmission EmitDeviceTree(YamlDotNet.RepresentationModel.YamlMappingNode section, string file, Configuration configuration, KconfigModel model, DiagnosticBag diagnostics)
    {
        string Bare(string name) => name.StartsWith(Prefix, StringComparison.Ordinal) ? name[Prefix.Length..] : name;
        string? ValueOf(string name) => model.FindSymbol(Bare(name)) is { IsDefined: true } s ? configuration.GetStringValue(s) : null;

        DeviceTreeEmission emission = DeviceTreeEmitter.Emit(section, file, ValueOf, n => model.FindSymbol(Bare(n)) is { IsDefined: true });
        diagnostics.AddRange(emission.Diagnostics);
        return emission;
    }

    private static Tristate ToTristate(string value) => value switch
    {
        "y" => Tristate.Yes,
        "m" => Tristate.Mod,
        _ => Tristate.No,
    };

    internal static bool SameValue(SymbolType type, string wanted, string actual)
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
