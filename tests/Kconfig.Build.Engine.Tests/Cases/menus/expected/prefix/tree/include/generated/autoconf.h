/*
 * Automatically generated file; DO NOT EDIT.
 * Menu layout 1.2
 */
#define MY_FEATURE 1
#define MY_SUB_B 1
#define MY_IN_MENU 1
#define MY_SUB_A 1
#define MY_HIDDEN_DEFAULT 1
#define MY_MULTI 1
#define MY_TOP 1
