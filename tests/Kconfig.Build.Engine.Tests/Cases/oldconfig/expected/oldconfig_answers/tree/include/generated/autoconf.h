/*
 * Automatically generated file; DO NOT EDIT.
 * Main menu
 */
#define CONFIG_NEW_INT 7
#define CONFIG_OLD 1
#define CONFIG_NC_2 1
