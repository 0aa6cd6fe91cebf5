/*
 * Automatically generated file; DO NOT EDIT.
 * Edges
 */
#define CONFIG_DUP 1
#define CONFIG_BOUNDED 4
#define CONFIG_ALSO_NEEDS 1
#define CONFIG_IMPLIER 1
#define CONFIG_MODULES 1
#define CONFIG_NEEDS_TRI 1
#define CONFIG_TRI_SEL 1
#define CONFIG_STR_FROM_BOOL "n"
#define CONFIG_CHOICE_MEMBER_A 1
#define CONFIG_LOW 4
#define CONFIG_IMPLIED_HIDDEN 1
#define CONFIG_BOOL_SEL 1
#define CONFIG_TRI_DEP 1
#define CONFIG_HEX_BOUNDED 0x20
