/*
 * Automatically generated file; DO NOT EDIT.
 * Main menu
 */
#define CONFIG_R5 1
#define CONFIG_R4 1
#define CONFIG_R6 1
#define CONFIG_R1 1
#define CONFIG_R3 1
#define CONFIG_RC_B 1
