/*
 * Automatically generated file; DO NOT EDIT.
 * Main menu
 */
#define CONFIG_NEW_INT 3
#define CONFIG_NEW_BOOL 1
#define CONFIG_OLD 1
#define CONFIG_NC_1 1
