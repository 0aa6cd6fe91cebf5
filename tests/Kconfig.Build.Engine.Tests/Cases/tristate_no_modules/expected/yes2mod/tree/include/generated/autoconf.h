/*
 * Automatically generated file; DO NOT EDIT.
 * Main menu
 */
#define CONFIG_DEP_ON_M 1
#define CONFIG_TRI_MODULE 1
#define CONFIG_TRI_ON_TRI_MODULE 1
#define CONFIG_BOOL_ON_TRI 1
#define CONFIG_MODULES 1
