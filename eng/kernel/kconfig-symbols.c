/*
 * kconfig-symbols: list every symbol the kernel's own Kconfig parser creates for a Kconfig tree.
 *
 * Why: our C# front end must see exactly the symbol set that scripts/kconfig sees, on every
 * architecture. This program is linked by eng/kernel/prepare.sh against the object files make builds
 * for scripts/kconfig/conf (everything but conf.o) and includes lkc.h from the kernel tree at build
 * time, so it parses with the very same lexer, preprocessor and parser as conf. It is our own code;
 * no kernel source is kept in this repository.
 *
 * Usage: kconfig-symbols [KCONFIG]            (KCONFIG defaults to "Kconfig")
 *   Run it like conf: from the object directory, with the environment make hands to conf (srctree,
 *   ARCH, SRCARCH, CC, LD, ...; see eng/kernel/capture-env.sh), because the Kconfig macros read that
 *   environment and $(shell ...) probes the toolchain. A parse error exits 1 as conf does.
 *
 * Output (stdout, '\n' line endings), version line first:
 *   # kconfig-symbols 1
 *   NAME<TAB>TYPE<TAB>KIND<TAB>MENUS        one line per symbol, sorted by strcmp() of the whole line
 *   # total N defined=D undefined=U const=C choice=H
 * where
 *   NAME   the symbol name (without CONFIG_). Constant symbols (quoted literals and numbers used in
 *          expressions and defaults) are printed in double quotes with \\ \" \t \n escaped.
 *          A choice has no name: it is printed as <choice>@FILE:LINE, the location of its menu node.
 *   TYPE   bool, tristate, int, hex, string or unknown (the type after parsing; a symbol only
 *          referenced, never defined, stays unknown).
 *   KIND   defined   a named symbol with at least one menu entry (config/menuconfig);
 *          undefined a named symbol only referenced (depends on, select, default, ...);
 *          const     a constant symbol;
 *          choice    a choice.
 *   MENUS  the number of menu entries attached to the symbol (a symbol defined in several places has
 *          several); 0 for undefined and const symbols.
 * The built-in constants y, m and n are not listed (they are not in the symbol table).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lkc.h"
#include "internal.h"

struct line_buf {
	char **items;
	size_t count;
	size_t capacity;
};

static void append(struct line_buf *buf, char *line)
{
	if (buf->count == buf->capacity) {
		buf->capacity = buf->capacity ? buf->capacity * 2 : 4096;
		buf->items = realloc(buf->items, buf->capacity * sizeof(*buf->items));
		if (!buf->items) {
			perror("kconfig-symbols");
			exit(2);
		}
	}
	buf->items[buf->count++] = line;
}

/* Grows a heap string; the kernel's xmalloc family is not part of our contract, so stay on libc. */
static void put(char **s, size_t *len, size_t *cap, const char *text, size_t n)
{
	if (*len + n + 1 > *cap) {
		while (*len + n + 1 > *cap)
			*cap = *cap ? *cap * 2 : 128;
		*s = realloc(*s, *cap);
		if (!*s) {
			perror("kconfig-symbols");
			exit(2);
		}
	}
	memcpy(*s + *len, text, n);
	*len += n;
	(*s)[*len] = '\0';
}

static void put_str(char **s, size_t *len, size_t *cap, const char *text)
{
	put(s, len, cap, text, strlen(text));
}

static void put_escaped(char **s, size_t *len, size_t *cap, const char *text)
{
	put_str(s, len, cap, "\"");
	for (; *text; text++) {
		switch (*text) {
		case '\\': put_str(s, len, cap, "\\\\"); break;
		case '"':  put_str(s, len, cap, "\\\""); break;
		case '\t': put_str(s, len, cap, "\\t"); break;
		case '\n': put_str(s, len, cap, "\\n"); break;
		default:   put(s, len, cap, text, 1); break;
		}
	}
	put_str(s, len, cap, "\"");
}

static const char *type_keyword(enum symbol_type type)
{
	switch (type) {
	case S_BOOLEAN:  return "bool";
	case S_TRISTATE: return "tristate";
	case S_INT:      return "int";
	case S_HEX:      return "hex";
	case S_STRING:   return "string";
	default:         return "unknown";
	}
}

static int compare_lines(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	const char *kconfig = argc > 1 ? argv[1] : "Kconfig";
	struct line_buf lines = { 0 };
	unsigned long defined = 0, undefined = 0, constant = 0, choices = 0;
	struct symbol *sym;
	size_t i;

	if (argc > 2 || (argc == 2 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")))) {
		fprintf(stderr, "usage: %s [KCONFIG]\n", argv[0]);
		return 2;
	}

	conf_parse(kconfig);

	for_all_symbols(sym) {
		char *s = NULL, number[32];
		size_t len = 0, cap = 0, menus = 0;
		const char *kind;
		struct menu *menu;

		list_for_each_entry(menu, &sym->menus, link)
			menus++;

		if (sym_is_choice(sym)) {
			kind = "choice";
			choices++;
			menu = list_empty(&sym->menus) ? NULL
				: list_first_entry(&sym->menus, struct menu, link);
			put_str(&s, &len, &cap, "<choice>@");
			put_str(&s, &len, &cap, menu && menu->filename ? menu->filename : "?");
			snprintf(number, sizeof(number), ":%d", menu ? menu->lineno : 0);
			put_str(&s, &len, &cap, number);
		} else if (sym->flags & SYMBOL_CONST) {
			kind = "const";
			constant++;
			put_escaped(&s, &len, &cap, sym->name);
		} else {
			kind = menus ? "defined" : "undefined";
			if (menus)
				defined++;
			else
				undefined++;
			put_str(&s, &len, &cap, sym->name);
		}

		put_str(&s, &len, &cap, "\t");
		put_str(&s, &len, &cap, type_keyword(sym->type));
		put_str(&s, &len, &cap, "\t");
		put_str(&s, &len, &cap, kind);
		snprintf(number, sizeof(number), "\t%zu", menus);
		put_str(&s, &len, &cap, number);
		append(&lines, s);
	}

	qsort(lines.items, lines.count, sizeof(*lines.items), compare_lines);

	printf("# kconfig-symbols 1\n");
	for (i = 0; i < lines.count; i++)
		printf("%s\n", lines.items[i]);
	printf("# total %zu defined=%lu undefined=%lu const=%lu choice=%lu\n",
	       lines.count, defined, undefined, constant, choices);

	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("kconfig-symbols: stdout");
		return 2;
	}
	return 0;
}
