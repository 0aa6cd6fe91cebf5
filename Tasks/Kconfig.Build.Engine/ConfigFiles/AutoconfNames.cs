namespace Kconfig.Build.Engine.ConfigFiles;

/// <summary>
/// Where conf_write_autoconf() puts its files, relative to the object directory; the defaults are the
/// kernel's, overridden by KCONFIG_AUTOCONFIG, KCONFIG_AUTOHEADER and KCONFIG_RUSTCCFG.
/// </summary>
public sealed record AutoconfNames(
    string AutoConfig = "include/config/auto.conf",
    string AutoHeader = "include/generated/autoconf.h",
    string RustcCfg = "include/generated/rustc_cfg");
