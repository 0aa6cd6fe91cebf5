/*
 * Automatically generated file; DO NOT EDIT.
 * Select and imply
 */
#define CONFIG_SELECTOR 1
#define CONFIG_MODULES 1
#define CONFIG_FORCED 1
