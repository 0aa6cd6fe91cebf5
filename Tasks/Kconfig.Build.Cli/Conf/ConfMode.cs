namespace Kconfig.Build.Cli.Conf;

/// <summary>conf's input modes (<c>enum input_mode</c>), one per <c>--mode</c> option.</summary>
public enum ConfMode
{
    OldAskConfig,
    SyncConfig,
    OldConfig,
    AllNoConfig,
    AllYesConfig,
    AllModConfig,
    AllDefConfig,
    RandConfig,
    DefConfig,
    SaveDefConfig,
    ListNewConfig,
    HelpNewConfig,
    OldDefConfig,
    Yes2ModConfig,
    Mod2YesConfig,
    Mod2NoConfig,
}
