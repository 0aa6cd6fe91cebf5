/*
 * Automatically generated file; DO NOT EDIT.
 * Numbers and strings
 */
#define CONFIG_NO_DEFAULT_STRING ""
#define CONFIG_NAME "a \"quoted\" back\\slash"
#define CONFIG_NO_DEFAULT_INT 0
#define CONFIG_FROM_WORD UNDEFINED_NUMBER
#define CONFIG_ADDR 0x100
#define CONFIG_BIG 10
#define CONFIG_BARE_HEX 0x1000
#define CONFIG_CMP_STR 1
#define CONFIG_NO_DEFAULT_HEX 0x0
#define CONFIG_LIMIT 10
