
source "Kconfig.a"
