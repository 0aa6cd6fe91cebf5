#!/usr/bin/env bash
# Regenerates the expected outputs of the front-end cases (Cases/<case>/expected_*) by running the
# kernel's own tools on each case's Kconfig files: .kernel/bin/conf for what conf prints and its exit
# status, and kconfig-model-dump (../FrontEndRealTree/kconfig-model-dump.c, linked against conf's objects)
# for the finalised model. Needs eng/kernel/prepare.sh to have run. Usage: regenerate-cases.sh [CASE...]
#
# Each case runs in a scratch copy of its directory, under `env -i` with PATH=/usr/bin:/bin plus the
# case's optional `env` file (NAME=value lines); FrontEndCaseTests runs our loader the same way.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../../.." && pwd)
kernel=${KCONFIG_KERNEL_DIR:-$repo/.kernel}
src=$kernel/linux-source-6.12
kobj=$kernel/obj/scripts/kconfig
conf=$kernel/bin/conf
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

dump=$scratch/kconfig-model-dump
gcc -std=gnu11 -O2 -Wall -Werror -I "$src/scripts/include" -I "$src/scripts/kconfig" -I "$kobj" \
	-o "$dump" "$here/../FrontEndRealTree/kconfig-model-dump.c" "$kobj"/{confdata,expr,lexer.lex,menu,parser.tab,preprocess,symbol,util}.o

cases=("$@")
if [[ ${#cases[@]} -eq 0 ]]; then
	mapfile -t cases < <(cd "$here/Cases" && ls -1)
fi

for name in "${cases[@]}"; do
	dir=$here/Cases/$name
	work=$scratch/$name
	rm -rf "$work"
	mkdir -p "$work"
	(cd "$dir" && find . -type f ! -name 'expected_*' ! -name env -exec cp --parents {} "$work/" \;)
	vars=(PATH=/usr/bin:/bin)
	if [[ -f $dir/env ]]; then
		while IFS= read -r line; do [[ -n $line ]] && vars+=("$line"); done <"$dir/env"
	fi
	set +e
	(cd "$work" && env -i "${vars[@]}" KCONFIG_CONFIG=.config "$conf" --alldefconfig Kconfig >"$scratch/out" 2>"$scratch/err")
	status=$?
	set -e
	# conf's own report of writing .config is not part of parsing.
	python3 - "$scratch/out" <<'PY'
import sys
p = sys.argv[1]
text = open(p, "rb").read()
tail = b"#\n# configuration written to .config\n#\n"
if text.endswith(tail):
    text = text[: -len(tail)]
open(p, "wb").write(text)
PY
	cp "$scratch/out" "$dir/expected_stdout"
	cp "$scratch/err" "$dir/expected_stderr"
	echo "$status" >"$dir/expected_exit"
	rm -f "$dir/expected_model"
	if [[ $status -eq 0 ]]; then
		(cd "$work" && env -i "${vars[@]}" "$dump" Kconfig "$dir/expected_model" >/dev/null 2>&1)
	fi
	echo "$name: exit $status"
done
