/*
 * Automatically generated file; DO NOT EDIT.
 * Menu layout 1.2
 */
#define CONFIG_HIDDEN_DEFAULT 1
