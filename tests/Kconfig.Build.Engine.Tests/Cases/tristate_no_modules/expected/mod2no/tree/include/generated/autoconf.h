/*
 * Automatically generated file; DO NOT EDIT.
 * Main menu
 */
#define CONFIG_DEP_ON_M 1
#define CONFIG_MODULES 1
