/*
 * Automatically generated file; DO NOT EDIT.
 * Main menu
 */
#define CONFIG_HID_X 1
#define CONFIG_AFTER 1
#define CONFIG_SCHED_C 1
