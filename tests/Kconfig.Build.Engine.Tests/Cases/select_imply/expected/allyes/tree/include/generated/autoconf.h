/*
 * Automatically generated file; DO NOT EDIT.
 * Select and imply
 */
#define CONFIG_HELPER 1
#define CONFIG_OPTIONAL_FEATURE 1
#define CONFIG_SELECTOR 1
#define CONFIG_MODULES 1
#define CONFIG_BUS 1
#define CONFIG_GATE 1
#define CONFIG_FORCED 1
#define CONFIG_DRIVER 1
