/*
 * Automatically generated file; DO NOT EDIT.
 * Select and imply
 */
#define CONFIG_HELPER_MODULE 1
#define CONFIG_OPTIONAL_FEATURE_MODULE 1
#define CONFIG_SELECTOR 1
#define CONFIG_MODULES 1
#define CONFIG_FORCED 1
#define CONFIG_DRIVER_MODULE 1
