/*
 * kconfig-model-dump: prints the model the kernel's own Kconfig front end builds for a tree, after
 * menu_finalize(), in a canonical text form that ModelDump.cs prints for our model too, so the two can
 * be compared line for line. Our own code, linked (at test time) against the object files make builds
 * for scripts/kconfig/conf (all but conf.o), with lkc.h from the kernel tree.
 *
 * Usage: kconfig-model-dump [KCONFIG [OUTPUT]]   (run like conf: object directory, make's environment)
 *   The dump goes to OUTPUT (default stdout): conf's own $(info,...) output stays on stdout.
 *
 * Output, '\n'-terminated:
 *   N <depth> <kind> <name> <file>:<line> | dep=<e> | prompt=<type> "<text>" if <e> | visibility=<e> | help=<text>
 *       one line per menu node in menu order (depth 0 is the root); kind: root config choice menu comment if
 *   S <name> <type> | dir_dep=<e> | rev_dep=<e> | implied=<e> | P <type> <file>:<line> <expr> if <e> ...
 *       one line per non-constant symbol (choices as <choice>@file:line), sorted by strcmp()
 * where <e> is expr_fprint()'s text or "-" for no expression, and text is escaped (\\ \" \n \t).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lkc.h"
#include "internal.h"

static char *buffer;
static size_t buffer_size;
static FILE *out;
static FILE *dump;

static void open_line(void)
{
	free(buffer);
	buffer = NULL;
	buffer_size = 0;
	out = open_memstream(&buffer, &buffer_size);
	if (!out) {
		perror("open_memstream");
		exit(2);
	}
}

static char *close_line(void)
{
	fclose(out);
	out = NULL;
	return strdup(buffer);
}

static void put_escaped(const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '\\': fputs("\\\\", out); break;
		case '"': fputs("\\\"", out); break;
		case '\n': fputs("\\n", out); break;
		case '\t': fputs("\\t", out); break;
		default: fputc(*s, out); break;
		}
	}
}

/* expr_fprint() asserts on empty text (a constant ""), so print through expr_print() ourselves. */
static void put_text(void *data, struct symbol *sym, const char *text)
{
	fputs(text, data);
}

static void put_expr(struct expr *e)
{
	if (!e)
		fputs("-", out);
	else
		expr_print(e, put_text, out, E_NONE);
}

static const char *type_name(enum symbol_type type)
{
	switch (type) {
	case S_BOOLEAN: return "bool";
	case S_TRISTATE: return "tristate";
	case S_INT: return "int";
	case S_HEX: return "hex";
	case S_STRING: return "string";
	default: return "unknown";
	}
}

static void put_symbol_name(struct symbol *sym)
{
	if (sym->name) {
		fputs(sym->name, out);
	} else {
		struct menu *first = list_first_entry(&sym->menus, struct menu, link);
		fprintf(out, "<choice>@%s:%d", first->filename, first->lineno);
	}
}

static const char *kind_of(struct menu *menu)
{
	if (menu == &rootmenu)
		return "root";
	if (menu->sym)
		return sym_is_choice(menu->sym) ? "choice" : "config";
	if (menu->prompt)
		return menu->prompt->type == P_COMMENT ? "comment" : "menu";
	return "if";
}

static void dump_node(struct menu *menu, int depth)
{
	open_line();
	fprintf(out, "N %d %s ", depth, kind_of(menu));
	if (menu->sym)
		put_symbol_name(menu->sym);
	else
		fputs("-", out);
	fprintf(out, " %s:%d | dep=", menu == &rootmenu ? "-" : menu->filename, menu == &rootmenu ? 0 : menu->lineno);
	put_expr(menu->dep);
	fputs(" | prompt=", out);
	if (menu->prompt) {
		fprintf(out, "%s \"", prop_get_type_name(menu->prompt->type));
		put_escaped(menu->prompt->text);
		fputs("\" if ", out);
		put_expr(menu->prompt->visible.expr);
	} else {
		fputs("-", out);
	}
	fputs(" | visibility=", out);
	put_expr(menu->visibility);
	fputs(" | help=", out);
	if (menu->help)
		put_escaped(menu->help);
	else
		fputs("-", out);
	char *line = close_line();
	fprintf(dump, "%s\n", line);
	free(line);
}

static int by_text(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	struct menu *menu;
	struct symbol *sym;
	char **lines = NULL;
	size_t count = 0, capacity = 0;

	dump = stdout;
	if (argc > 2 && !(dump = fopen(argv[2], "w"))) {
		perror(argv[2]);
		return 2;
	}
	conf_parse(argc > 1 ? argv[1] : "Kconfig");

	/* Menu nodes, depth-first, with their depth. */
	dump_node(&rootmenu, 0);
	for (menu = rootmenu.list; menu; ) {
		int depth = 0;
		struct menu *p;

		for (p = menu; p != &rootmenu; p = p->parent)
			depth++;
		dump_node(menu, depth);
		menu = menu_next(menu, NULL);
	}

	for_all_symbols(sym) {
		struct property *prop;

		if (sym->flags & SYMBOL_CONST)
			continue;
		open_line();
		fputs("S ", out);
		put_symbol_name(sym);
		fprintf(out, " %s | dir_dep=", type_name(sym->type));
		put_expr(sym->dir_dep.expr);
		fputs(" | rev_dep=", out);
		put_expr(sym->rev_dep.expr);
		fputs(" | implied=", out);
		put_expr(sym->implied.expr);
		for (prop = sym->prop; prop; prop = prop->next) {
			fprintf(out, " | P %s %s:%d ", prop_get_type_name(prop->type), prop->filename, prop->lineno);
			if (prop->type == P_PROMPT || prop->type == P_MENU) {
				fputc('"', out);
				put_escaped(prop->text);
				fputc('"', out);
			} else {
				put_expr(prop->expr);
			}
			fputs(" if ", out);
			put_expr(prop->visible.expr);
		}
		if (count == capacity) {
			capacity = capacity ? capacity * 2 : 4096;
			lines = realloc(lines, capacity * sizeof(*lines));
			if (!lines) {
				perror("realloc");
				return 2;
			}
		}
		lines[count++] = close_line();
	}
	qsort(lines, count, sizeof(*lines), by_text);
	for (size_t i = 0; i < count; i++)
		fprintf(dump, "%s\n", lines[i]);
	return fclose(dump) == 0 ? 0 : 2;
}
