using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.IO;
using YamlDotNet.RepresentationModel;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>
/// The device-tree stage in one call: decide from <c>emit:</c> and CONFIG_OF whether a stub is due, build
/// and check the tree, write DTS and DTB in memory, self-check the blob; then, separately, put the files
/// on disk atomically. Errors come back as diagnostics, never as exceptions.
/// </summary>
public static class DeviceTreeEmitter
{
    /// <summary>Reads the <c>devicetree:</c> section and emits it; see <see cref="Emit(DeviceTreeSpec, Func{string, string?}, Func{string, bool}?)"/>.</summary>
    public static DeviceTreeEmission Emit(YamlMappingNode section, string file, Func<string, string?> config, Func<string, bool>? isSymbolDefined = null)
    {
        DeviceTreeSpec? spec;
        IReadOnlyList<Diagnostic> diagnostics;
        try
        {
            (spec, diagnostics) = DeviceTreeSpecReader.Read(section, file);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Diagnostic internalError = Diagnostic.Error(DiagnosticCodes.InternalError, Text.SourceSpan.At(file, 1, 1), "devicetree: internal error: " + exception.Message);
            return new DeviceTreeEmission(false, null, null, null, new[] { internalError });
        }

        if (spec is null)
        {
            return new DeviceTreeEmission(false, null, null, null, diagnostics);
        }

        DeviceTreeEmission emission = Emit(spec, config, isSymbolDefined);
        return emission with { Diagnostics = diagnostics.Concat(emission.Diagnostics).ToArray() };
    }

    /// <summary>
    /// Whether <paramref name="spec"/> wants a stub under <paramref name="config"/>: <c>never</c> no;
    /// <c>auto</c> when CONFIG_OF=y; <c>always</c> yes, and an error when CONFIG_OF is not y (the kernel
    /// would not parse the tree it is given).
    /// </summary>
    public static bool ShouldEmit(DeviceTreeSpec spec, Func<string, string?> config, DiagnosticBag diagnostics)
    {
        bool of = DeviceTreeBuilder.Lookup(config, "OF") == "y";
        switch (spec.Emit.Value)
        {
            case DeviceTreeEmitMode.Never:
                return false;
            case DeviceTreeEmitMode.Auto:
                return of;
            default:
                if (!of)
                {
                    diagnostics.Error(
                        DiagnosticCodes.DeviceTreeEmitWithoutOf,
                        spec.Emit.Span,
                        "devicetree.emit: 'always', but CONFIG_OF is not y; the kernel would ignore the tree (on x86_64 set OF=y in the profile)");
                }

                return of;
        }
    }

    /// <summary>Builds, checks and encodes the stub for <paramref name="spec"/> under <paramref name="config"/>.</summary>
    public static DeviceTreeEmission Emit(DeviceTreeSpec spec, Func<string, string?> config, Func<string, bool>? isSymbolDefined = null)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            if (!ShouldEmit(spec, config, diagnostics))
            {
                return new DeviceTreeEmission(false, null, null, null, diagnostics.Items);
            }

            (DeviceTree? tree, IReadOnlyList<Diagnostic> built) = DeviceTreeBuilder.Build(spec, config, isSymbolDefined);
            diagnostics.AddRange(built);
            if (tree is null)
            {
                return new DeviceTreeEmission(true, null, null, null, diagnostics.Items);
            }

            string? dts = (spec.Outputs.Value & DeviceTreeOutputs.Dts) != 0 ? DtsWriter.Write(tree) : null;

            // The blob is always encoded and self-checked, even when only DTS is wanted: it is the proof the tree is sound.
            byte[] dtb = DtbWriter.Write(tree);
            diagnostics.AddRange(DtbVerifier.Verify(dtb, spec.Outputs.Span));
            if (DeviceTreeBuilder.ArchitectureOf(config) == DeviceTreeArchitecture.Arm64 && dtb.Length > DtbVerifier.Arm64MaximumSize)
            {
                diagnostics.Error(
                    DiagnosticCodes.DeviceTreeBlobTooLarge,
                    spec.Cpus.Span,
                    $"devicetree: the DTB is {dtb.Length} bytes; the arm64 boot protocol allows at most 2 MiB");
            }

            if (diagnostics.HasErrors)
            {
                return new DeviceTreeEmission(true, tree, null, null, diagnostics.Items);
            }

            return new DeviceTreeEmission(true, tree, dts, (spec.Outputs.Value & DeviceTreeOutputs.Dtb) != 0 ? dtb : null, diagnostics.Items);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            diagnostics.Error(DiagnosticCodes.InternalError, spec.Span, "devicetree: internal error: " + exception.Message);
            return new DeviceTreeEmission(false, null, null, null, diagnostics.Items);
        }
    }

    /// <summary>
    /// Puts the emission on disk: <c>&lt;basePath&gt;.dts</c> and/or <c>&lt;basePath&gt;.dtb</c>, each atomically,
    /// when the emission has no errors. A stub file the emission does not carry (no stub is due, the
    /// switch is off, or <c>outputs</c> dropped one format) is deleted, so the folder never holds a stub of
    /// an earlier configuration. An emission with errors touches nothing. Returns the diagnostics of the
    /// write (none on success).
    /// </summary>
    public static IReadOnlyList<Diagnostic> WriteFiles(DeviceTreeEmission emission, string basePath, out IReadOnlyList<string> written)
    {
        var diagnostics = new DiagnosticBag();
        var paths = new List<string>();
        written = paths;
        if (emission.HasErrors)
        {
            return diagnostics.Items;
        }

        bool emitted = emission.Emitted;
        try
        {
            if (emitted && emission.Dts is { } dts)
            {
                AtomicFile.WriteAllText(basePath + ".dts", dts);
                paths.Add(basePath + ".dts");
            }
            else
            {
                DeleteStale(basePath + ".dts");
            }

            if (emitted && emission.Dtb is { } dtb)
            {
                AtomicFile.WriteAllBytes(basePath + ".dtb", dtb);
                paths.Add(basePath + ".dtb");
            }
            else
            {
                DeleteStale(basePath + ".dtb");
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            diagnostics.Error(DiagnosticCodes.DeviceTreeOutputWriteFailed, Text.SourceSpan.None, $"cannot write the device tree to '{basePath}': {exception.Message}");
        }

        return diagnostics.Items;
    }

    /// <summary>
    /// Removes the stub files left under <paramref name="basePath"/> by an earlier run, as
    /// <see cref="WriteFiles"/> does for an emission that writes nothing.
    /// </summary>
    public static IReadOnlyList<Diagnostic> RemoveFiles(string basePath) =>
        WriteFiles(new DeviceTreeEmission(false, null, null, null, []), basePath, out _);

    private static void DeleteStale(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
