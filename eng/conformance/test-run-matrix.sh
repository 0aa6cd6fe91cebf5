#!/usr/bin/env bash
# Tests run-matrix.sh itself, with the kernel's conf only:
#   1. conf against conf must be identical everywhere and exit 0;
#   2. a candidate that changes one byte of each file conf writes must be reported different (exit 1)
#      in every mode that writes files, while its exit codes stay the same.
# Usage: test-run-matrix.sh [ARCH]   (default x86_64; about 2 x 12 conf runs)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
arch=${1:-x86_64}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$here/run-matrix.sh" --self-check --quick --arch "$arch" --work "$tmp/self" >"$tmp/self.out" 2>&1 \
	|| { cat "$tmp/self.out"; echo "FAIL: self-check reported differences" >&2; exit 1; }
grep -q '^total: 6/6 identical' "$tmp/self.out" || { cat "$tmp/self.out"; echo "FAIL: self-check did not run 6 cases" >&2; exit 1; }

conf=${KCONFIG_CONF:-$repo/.kernel/bin/conf}
cat >"$tmp/sabotaged" <<SCRIPT
#!/usr/bin/env bash
# Runs like 'kconfig conf', then damages what conf wrote: one extra comment line per file.
shift
rc=0
"$conf" "\$@" || rc=\$?
for f in .config defconfig include/generated/autoconf.h; do
	[[ -f \$f ]] && echo "/* sabotage */" >>"\$f"
done
exit \$rc
SCRIPT
chmod +x "$tmp/sabotaged"
if "$here/run-matrix.sh" --candidate "$tmp/sabotaged" --quick --arch "$arch" --work "$tmp/bad" >"$tmp/bad.out" 2>&1; then
	cat "$tmp/bad.out"; echo "FAIL: a sabotaged candidate passed" >&2; exit 1
fi
grep -q '^total: 0/6 identical' "$tmp/bad.out" || { cat "$tmp/bad.out"; echo "FAIL: sabotage not detected in every case" >&2; exit 1; }
cat "$tmp/self.out" "$tmp/bad.out"
echo "PASS: run-matrix.sh self-check identical, sabotage detected in 6/6 cases"
