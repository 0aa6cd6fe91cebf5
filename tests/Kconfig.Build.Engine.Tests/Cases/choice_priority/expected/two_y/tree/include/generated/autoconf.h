/*
 * Automatically generated file; DO NOT EDIT.
 * Main menu
 */
#define CONFIG_SCHED_A 1
