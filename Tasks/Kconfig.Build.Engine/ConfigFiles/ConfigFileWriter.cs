using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Evaluation;
using Kconfig.Build.Engine.IO;
using Kconfig.Build.Engine.Model;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.ConfigFiles;

/// <summary>
/// Puts conf's output files on disk the way conf_write(), conf_write_defconfig() and
/// conf_write_autoconf() do: the "No change" check, <c>.config.old</c>, the auto.conf family written
/// only when asked or missing, and the empty <c>include/config/SYMBOL</c> files kbuild's fixdep watches.
/// Every file goes through <see cref="AtomicFile"/>.
/// </summary>
public static class ConfigFileWriter
{
    /// <summary>
    /// conf_write(): writes .config at <paramref name="name"/> (relative to <paramref name="baseDirectory"/>).
    /// Returns the message conf prints ("No change to X" or "configuration written to X"), or an error.
    /// <c>overwriteInPlace</c> is KCONFIG_OVERWRITECONFIG: keep a symlink and skip <c>.old</c>.
    /// </summary>
    public static ConfigWriteResult WriteConfig(Configuration configuration, string baseDirectory, string name, bool overwriteInPlace)
    {
        if (name.Length == 0)
        {
            return ConfigWriteResult.Failed(null, "config name is empty");
        }

        string path = Path.Combine(baseDirectory, name);
        if (Directory.Exists(path))
        {
            return ConfigWriteResult.Failed(name, name + ": Is a directory");
        }

        string content = ConfigWriter.WriteDotConfig(configuration);
        try
        {
            if (overwriteInPlace)
            {
                AtomicFile.WriteAllText(ResolveLinks(path), content);
            }
            else
            {
                if (File.Exists(path) && SameContent(path, content))
                {
                    configuration.IsChanged = false;
                    return ConfigWriteResult.Written("No change to " + name);
                }

                if (File.Exists(path))
                {
                    // The backup too is replaced whole: a failure here must not leave half a .config.old.
                    AtomicFile.WriteAllBytes(path + ".old", File.ReadAllBytes(path));
                }

                AtomicFile.WriteAllText(path, content);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ConfigWriteResult.Failed(name, e.Message);
        }

        configuration.IsChanged = false;
        return ConfigWriteResult.Written("configuration written to " + name);
    }

    /// <summary>conf_write_defconfig(): the minimal config at <paramref name="path"/>.</summary>
    public static ConfigWriteResult WriteDefconfig(Configuration configuration, string path)
    {
        string content = ConfigWriter.WriteDefconfig(configuration);
        try
        {
            AtomicFile.WriteAllText(path, content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ConfigWriteResult.Failed(path, e.Message);
        }

        return ConfigWriteResult.Written(null);
    }

    /// <summary>
    /// conf_write_autoconf(): auto.conf.cmd, the changed-symbol files, autoconf.h, rustc_cfg and last
    /// auto.conf. Without <paramref name="overwrite"/> nothing is written when auto.conf exists.
    /// </summary>
    public static ConfigWriteResult WriteAutoconf(Configuration configuration, string baseDirectory, AutoconfNames names, bool overwrite)
    {
        string autoConfig = Path.Combine(baseDirectory, names.AutoConfig);
        if (!overwrite && (File.Exists(autoConfig) || Directory.Exists(autoConfig)))
        {
            return ConfigWriteResult.Written(null);
        }

        try
        {
            AtomicFile.WriteAllText(autoConfig + ".cmd", ConfigWriter.WriteAutoConfCmd(configuration.Model, names.AutoConfig));
            foreach (Symbol symbol in configuration.HashOrder)
            {
                configuration.CalcValue(symbol);
            }

            TouchChangedSymbols(configuration, autoConfig, names.AutoConfig);
            AtomicFile.WriteAllText(Path.Combine(baseDirectory, names.AutoHeader), ConfigWriter.WriteAutoHeader(configuration));
            AtomicFile.WriteAllText(Path.Combine(baseDirectory, names.RustcCfg), ConfigWriter.WriteRustcCfg(configuration));

            // Last: kbuild takes auto.conf as the sign that everything before it is complete.
            AtomicFile.WriteAllText(autoConfig, ConfigWriter.WriteAutoConf(configuration));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ConfigWriteResult.Failed(names.AutoConfig, e.Message);
        }

        return ConfigWriteResult.Written(null);
    }

    // conf_touch_deps(): an empty include/config/NAME for every symbol whose auto.conf value changed.
    private static void TouchChangedSymbols(Configuration configuration, string autoConfig, string displayName)
    {
        string directory = Path.GetDirectoryName(autoConfig) ?? ".";
        if (File.Exists(autoConfig))
        {
            string text = File.ReadAllText(autoConfig);
            configuration.ReadConfig(displayName, text, ConfigSlot.Auto, name => Touch(directory, name));
        }
        else
        {
            configuration.ReadConfig(displayName, string.Empty, ConfigSlot.Auto, null);
        }

        foreach (Symbol symbol in configuration.HashOrder)
        {
            if (symbol.IsChoice)
            {
                continue;
            }

            string? old = configuration.GetAutoValue(symbol);
            if (configuration.HasWriteFlag(symbol))
            {
                string current = configuration.CurrentStringValue(symbol);
                if (old is not null)
                {
                    if (string.Equals(current, old, StringComparison.Ordinal))
                    {
                        continue;
                    }
                }
                else if (symbol.Type is SymbolType.Bool or SymbolType.Tristate && current == "n")
                {
                    continue;
                }
            }
            else if (old is null)
            {
                continue;
            }

            Touch(directory, symbol.Name!);
        }
    }

    // conf_touch_dep(): open with O_CREAT|O_TRUNC and close, creating the directory only when missing. An
    // empty file cannot be half written, so no temporary file, fsync and rename per symbol: a fresh
    // include/ touches about 4 500 files, and AtomicFile made that seconds of system time.
    private static void Touch(string directory, string name)
    {
        string path = Path.Combine(directory, name);
        if (LinuxTouch.TryTouch(path))
        {
            return;
        }

        try
        {
            File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete).Dispose();
        }
        catch (DirectoryNotFoundException)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete).Dispose();
        }
    }

    private static bool SameContent(string path, string content)
    {
        byte[] existing = File.ReadAllBytes(path);
        byte[] wanted = new System.Text.UTF8Encoding(false).GetBytes(content);
        return existing.AsSpan().SequenceEqual(wanted);
    }

    private static string ResolveLinks(string path)
    {
        var info = new FileInfo(path);
        return info.Exists && info.LinkTarget is not null
            ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path
            : path;
    }
}
