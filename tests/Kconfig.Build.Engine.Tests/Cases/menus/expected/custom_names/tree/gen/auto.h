/*
 * Automatically generated file; DO NOT EDIT.
 * Menu layout 3
 */
#define CONFIG_FEATURE 1
#define CONFIG_SUB_B 1
#define CONFIG_IN_MENU 1
#define CONFIG_SUB_A 1
#define CONFIG_HIDDEN_DEFAULT 1
#define CONFIG_MULTI 1
#define CONFIG_TOP 1
