/*
 * Automatically generated file; DO NOT EDIT.
 * Main menu
 */
#define CONFIG_R3 1
#define CONFIG_R2 1
#define CONFIG_RC_C 1
