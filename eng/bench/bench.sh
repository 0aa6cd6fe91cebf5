#!/usr/bin/env bash
# A/B timing of the kernel's conf against `kconfig conf`, both running `--olddefconfig` on the arch's
# defconfig result, with the same captured environment (eng/kernel/env/<arch>.env).
# Runs alternate (A B A B ...) after one unmeasured warm-up of each, so page cache, probe caches and CPU
# contention from other work hit both sides alike. Each run: /usr/bin/time -f '%e %M' (wall s, peak RSS KiB).
#
# With --engine it also runs the engine in process (bench/Kconfig.Build.Benchmarks --stages ARCH N: parse,
# finalize, evaluate, write, after warm-ups, probes cached) and prints its CPU time against conf's own CPU
# doing the same work (include/ kept, so conf does not create its per-symbol include/config files).
#
# With --build it compares instead `make olddefconfig` (O= object tree, conf already built) with `dotnet build`
# of a generated SDK project resolving the arch's defconfig against the same tree: cold (probe cache and
# outputs deleted before each build), warm (probe cache kept, outputs deleted) and no-op (nothing changed),
# and the no-op build of an empty NoTargets-like project (eng/bench/empty) as the floor. Each dotnet build is
# measured in every build mode (--build-modes): "default" (what users get: node reuse on), "isolated"
# (-nodeReuse:false --disable-build-servers), "norestore" (--no-restore), "server" (the resident MSBuild
# server, DOTNET_CLI_USE_MSBUILD_SERVER=1, which keeps the task assembly and its parsed trees between builds)
# and "server-norestore" (both). In the --no-restore modes the cold build keeps obj/'s restore output. The
# MSBuild servers the script started are ended by process id at the end.
#
# --all does everything the table of docs/performance.md needs in one run: publishes kconfig ReadyToRun,
# builds the tasks (and publishes them ReadyToRun for the build comparison) and the benchmark project, then conf vs kconfig conf (probe cache on) and the in-process
# engine for every arch, and the build comparison for the first arch. Every section prints the load average.
#
# Usage: bench.sh [--all] [--arch LIST] [--runs N] [--candidate P] [--candidate-env NAME=VALUE]... [--self-check] [--engine] [--build] [--build-modes LIST]
#   --arch LIST        default "arm64 x86_64"
#   --runs N           measured runs per tool and arch (default 5)
#   --candidate P      run as `P conf -s --olddefconfig Kconfig` (default artifacts/kconfig/kconfig)
#   --candidate-env    extra environment for the candidate only (e.g. its probe-cache setting)
#   --self-check       conf against conf (tests this script; ratios near 1.00)
#   --engine           also the in-process engine (needs bench/Kconfig.Build.Benchmarks built in Release)
#   --build            make olddefconfig against dotnet build (needs Tasks/Kconfig.Build.Tasks built in Release)
#   --build-modes LIST the dotnet build modes to measure (default "default isolated norestore server server-norestore")
#   --all              publish and build what is needed, then all of the above (probe cache on)
# Prints per arch: median wall time, peak RSS and own CPU time (the process alone, without its probe
# children: eng/bench/own-cpu.py) of each tool, and the candidate/conf ratios.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
# shellcheck source=eng/bench/sdk-project.sh
. "$here/sdk-project.sh"
conf=${KCONFIG_CONF:-$repo/.kernel/bin/conf}
candidate="$repo/artifacts/kconfig/kconfig"
arches=(arm64 x86_64)
runs=5
self_check=0
build=0
engine=0
all=0
build_modes=(default isolated norestore server server-norestore)
candidate_env=()
while [[ $# -gt 0 ]]; do
	case $1 in
	--arch) read -r -a arches <<<"${2//,/ }"; shift ;;
	--runs) runs=$2; shift ;;
	--candidate) candidate=$(realpath -m "$2"); shift ;;
	--candidate-env) candidate_env+=("$2"); shift ;;
	--self-check) self_check=1 ;;
	--build) build=1 ;;
	--build-modes) read -r -a build_modes <<<"${2//,/ }"; shift ;;
	--engine) engine=1 ;;
	--all) all=1 ;;
	-h|--help) sed -n '2,/^set -e/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "bench: unknown argument $1" >&2; exit 2 ;;
	esac
	shift
done
[[ -x $conf ]] || { echo "bench: $conf missing: run eng/kernel/prepare.sh" >&2; exit 2; }

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

median() { LC_ALL=C sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# timed FILE CMD... : runs CMD, appends "wall rss" to FILE; prints the command's output and fails if it fails.
timed() {
	local file=$1; shift
	/usr/bin/time -f '%e %M' -o "$file.last" "$@" >"$file.log" 2>&1 || { cat "$file.log" >&2; echo "bench: $* failed" >&2; exit 1; }
	tail -n 1 "$file.last" >>"$file"
}

report() { # LABEL FILE [BASELINE_FILE]
	local w r b
	w=$(cut -d' ' -f1 "$2" | median); r=$(cut -d' ' -f2 "$2" | median)
	b=${3:+$(cut -d' ' -f1 "$3" | median)}
	awk -v arch="$arch" -v l="$1" -v w="$w" -v r="$r" -v b="${b:-0}" 'BEGIN {
		printf "%-8s %-64s %10.2f %10s %14.1f\n", arch, l, w, (b > 0 ? sprintf("%.2f", w / b) : "1.00"), r / 1024 }'
}

run_build_bench() {
	local kernel tasks_dll
	kernel=$(cd "${KCONFIG_KERNEL_SRC:-$repo/.kernel/linux-source-6.12}" && pwd -P)
	# KCONFIG_BENCH_TASKS: another build of the tasks assembly (e.g. a ReadyToRun one) to compare.
	tasks_dll=${KCONFIG_BENCH_TASKS:-$repo/Tasks/Kconfig.Build.Tasks/bin/Release/net8.0/Kconfig.Build.Tasks.dll}
	[[ -f $tasks_dll ]] || { echo "bench: $tasks_dll missing: dotnet build Tasks/Kconfig.Build.Tasks -c Release" >&2; exit 2; }
	local dotnet_flags=(-nologo -v:q -c Release)
	local -A mode_flags=([default]="" [isolated]="-nodeReuse:false --disable-build-servers" [norestore]="--no-restore" [server]="" [server-norestore]="--no-restore")
	local -A mode_server=([default]=0 [isolated]=0 [norestore]=0 [server]=1 [server-norestore]=1)
	local -A mode_label=([default]="node reuse on" [isolated]="no node reuse" [norestore]="--no-restore" [server]="MSBuild server" [server-norestore]="MSBuild server, --no-restore")
	local mode
	for mode in "${build_modes[@]}"; do
		[[ -n ${mode_label[$mode]:-} ]] || { echo "bench: unknown build mode $mode" >&2; exit 2; }
	done
	# dotnet_build MODE PROJECT: the command line of one build in MODE. A machine or CI environment may set
	# MSBUILDDISABLENODEREUSE=1 or DOTNET_CLI_USE_MSBUILD_SERVER=0 (this one does), which silently turns node
	# reuse and the server off; each mode states both, so that "node reuse on" and "server" mean what they say.
	dotnet_build() {
		local settings=(env -u MSBUILDDISABLENODEREUSE -u DOTNET_CLI_USE_MSBUILD_SERVER)
		(( ${mode_server[$1]} )) && settings+=(DOTNET_CLI_USE_MSBUILD_SERVER=1)
		# shellcheck disable=SC2206 # the flags are words
		build_cmd=("${settings[@]}" dotnet build "$2" "${dotnet_flags[@]}" ${mode_flags[$1]})
	}
	echo "== make olddefconfig vs dotnet build (load average before: $(loadavg))"
	echo "   (tasks: $tasks_dll; inherited MSBUILDDISABLENODEREUSE='${MSBUILDDISABLENODEREUSE:-}' DOTNET_CLI_USE_MSBUILD_SERVER='${DOTNET_CLI_USE_MSBUILD_SERVER:-}', overridden per mode)"
	printf '%-8s %-64s %10s %10s %14s\n' arch tool "median s" "ratio" "peak RSS MiB"
	for arch in "${arches[@]}"; do
		local envfile="$repo/eng/kernel/env/$arch.env" dir="$work/build-$arch"
		[[ -f $envfile ]] || { echo "bench: no $envfile" >&2; exit 2; }
		local srcarch cross default
		srcarch=$(sed -n 's/^SRCARCH=//p' "$envfile"); cross=$(sed -n 's/^CROSS_COMPILE=//p' "$envfile")
		default=$(sed -n 's/^KCONFIG_DEFCONFIG_LIST=.* //p' "$envfile")
		mkdir -p "$dir/obj" "$dir/sdk" "$dir/empty"
		# make side: an O= object tree; the warm-up builds scripts/kconfig/conf, measured runs only configure.
		local make_cmd=(make -s -C "$kernel" O="$dir/obj" ARCH="$arch" ${cross:+CROSS_COMPILE=$cross} olddefconfig)
		"${make_cmd[@]}" >/dev/null 2>&1 || true
		(cd "$dir/obj" && "$with_env" "$envfile" "$conf" -s "--defconfig=$default" Kconfig) >/dev/null
		cp "$dir/obj/.config" "$dir/input.config"
		# SDK side: the same tree, arch and toolchain, base defconfig.
		write_sdk_project "$dir/sdk" Bench bench "$repo" "$tasks_dll" "$kernel" "$arch" "$cross" "$dir/probes.cache" "SMP: y"
		# The floor: the repository's empty NoTargets-like project (shared with eng/sample/noop-overhead.sh).
		cp "$repo"/eng/bench/empty/{Empty.csproj,Directory.Build.props,Directory.Build.targets} "$dir/empty/"
		local sdk empty build_cmd
		# Restores first (the --no-restore modes need obj/'s restore output), then one unmeasured build per mode.
		for mode in default "${build_modes[@]}"; do
			dotnet_build "$mode" "$dir/sdk/Bench.proj"; sdk=("${build_cmd[@]}")
			dotnet_build "$mode" "$dir/empty/Empty.csproj"; empty=("${build_cmd[@]}")
			"${sdk[@]}" >"$dir/warmup.log" 2>&1 && "${empty[@]}" >>"$dir/warmup.log" 2>&1 || { cat "$dir/warmup.log" >&2; echo "bench: warm-up build failed" >&2; exit 1; }
		done
		: >"$dir/make.times"
		for mode in "${build_modes[@]}"; do
			: >"$dir/cold-$mode.times"; : >"$dir/warm-$mode.times"; : >"$dir/noop-$mode.times"; : >"$dir/empty-$mode.times"
		done
		for ((i = 0; i < runs; i++)); do
			cp "$dir/input.config" "$dir/obj/.config"; rm -rf "$dir/obj/include/config"
			timed "$dir/make.times" "${make_cmd[@]}"
			for mode in "${build_modes[@]}"; do
				dotnet_build "$mode" "$dir/sdk/Bench.proj"; sdk=("${build_cmd[@]}")
				dotnet_build "$mode" "$dir/empty/Empty.csproj"; empty=("${build_cmd[@]}")
				if [[ $mode == *norestore ]]; then
					rm -rf "$dir/sdk/bin" "$dir/sdk/obj/Release" "$dir/probes.cache"
				else
					rm -rf "$dir/sdk/bin" "$dir/sdk/obj" "$dir/probes.cache"
				fi
				timed "$dir/cold-$mode.times" "${sdk[@]}"
				rm -rf "$dir/sdk/bin" "$dir/sdk/obj/Release"
				timed "$dir/warm-$mode.times" "${sdk[@]}"
				timed "$dir/noop-$mode.times" "${sdk[@]}"
				timed "$dir/empty-$mode.times" "${empty[@]}"
			done
		done
		report "make olddefconfig" "$dir/make.times"
		for mode in "${build_modes[@]}"; do
			local label=${mode_label[$mode]}
			report "dotnet build, cold probe cache ($label)" "$dir/cold-$mode.times" "$dir/make.times"
			report "dotnet build, warm probe cache ($label)" "$dir/warm-$mode.times" "$dir/make.times"
			report "dotnet build, no-op ($label)" "$dir/noop-$mode.times" "$dir/empty-$mode.times"
			report "empty project no-op ($label)" "$dir/empty-$mode.times" "$dir/empty-$mode.times"
			awk -v arch="$arch" -v l="no-op overhead s ($label)" -v a="$(cut -d' ' -f1 "$dir/noop-$mode.times" | median)" -v b="$(cut -d' ' -f1 "$dir/empty-$mode.times" | median)" \
				'BEGIN { printf "%-8s %-64s %10.2f\n", arch, l, a - b }'
		done
		[[ " ${build_modes[*]} " == *" server"* ]] && echo "   (MSBuild server modes: the peak RSS is the dotnet client's; the build itself runs in the server)"
		echo "   (load average after $arch: $(loadavg))"
		local cfg="$dir/sdk/bin/Release/kconfig/bench/.config"
		[[ -f $cfg ]] || echo "bench: warning: $arch: the SDK wrote no $cfg" >&2
	done
}

if (( all )); then
	engine=1
	rid=linux-x64
	[[ $(uname -m) == aarch64 ]] && rid=linux-arm64
	echo "== preparing: kconfig ReadyToRun ($rid), the tasks, the benchmark project"
	dotnet publish "$repo/Tasks/Kconfig.Build.Cli" -c Release -r "$rid" --self-contained false -o "$repo/artifacts/kconfig" -nologo -v:q >/dev/null
	dotnet build "$repo/Tasks/Kconfig.Build.Tasks" -c Release -nologo -v:q >/dev/null
	# The build comparison uses the tasks as the SDK package ships them (ReadyToRun, Sdk/Kconfig.Build.Sdk.csproj),
	# unless KCONFIG_BENCH_TASKS names another build.
	if [[ -z ${KCONFIG_BENCH_TASKS:-} ]]; then
		dotnet publish "$repo/Tasks/Kconfig.Build.Tasks" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
			-o "$repo/artifacts/tasks-$rid" -nologo -v:q >/dev/null
		export KCONFIG_BENCH_TASKS="$repo/artifacts/tasks-$rid/Kconfig.Build.Tasks.dll"
	fi
	dotnet build "$repo/bench/Kconfig.Build.Benchmarks" -c Release -nologo -v:q >/dev/null
	candidate="$repo/artifacts/kconfig/kconfig"
fi
if (( self_check )); then
	b_cmd=("$conf"); b_name="conf"
else
	[[ -x $candidate ]] || (( build )) || { echo "bench: $candidate missing: dotnet publish Tasks/Kconfig.Build.Cli -c Release -o artifacts/kconfig" >&2; exit 2; }
	b_cmd=("$candidate" conf); b_name="kconfig conf"
fi
with_env="$repo/eng/kernel/with-env.sh"
work=$(mktemp -d)
# The build nodes and MSBuild servers started here carry this marker in their environment; they are ended
# by process id on exit, and no other process is touched.
export KCONFIG_BENCH_MARKER="kconfig-bench-$$"
stop_build_processes() {
	local pid
	# Every process of this user: the server runs as the SDK's MSBuild app host, not as "dotnet".
	for pid in $(pgrep -u "$(id -u)" . || true); do
		if tr '\0' '\n' 2>/dev/null <"/proc/$pid/environ" | grep -qx "KCONFIG_BENCH_MARKER=$KCONFIG_BENCH_MARKER"; then
			kill "$pid" 2>/dev/null || true
		fi
	done
}
trap 'stop_build_processes; rm -rf "$work"' EXIT
if (( all )); then
	candidate_env+=("KCONFIG_PROBE_CACHE=$work/probes.cache")
fi
if (( build && !all )); then
	run_build_bench
	exit 0
fi

# one_run DIR SIDE ENVFILE CMD... : restores the input .config, runs, appends "wall rss" to DIR/SIDE.times
one_run() {
	local dir=$1 side=$2 envfile=$3; shift 3
	cp "$dir/input.config" "$dir/$side/.config"
	rm -rf "$dir/$side/include"
	(cd "$dir/$side" && /usr/bin/time -f '%e %M' -o "$dir/$side.time" "$here/own-cpu.py" "$dir/$side.cpu" "$with_env" "$envfile" "$@" -s --olddefconfig Kconfig) \
		>"$dir/$side.log" 2>&1 || { cat "$dir/$side.log" >&2; echo "bench: $side failed" >&2; exit 1; }
	echo "$(tail -n 1 "$dir/$side.time") $(cat "$dir/$side.cpu")" >>"$dir/$side.times"
}

declare -A conf_cpu=()
echo "== conf vs $b_name --olddefconfig, fresh processes${candidate_env:+ (candidate environment: ${candidate_env[*]})} (load average before: $(loadavg))"
# Own CPU is user + system; both are printed too: with a fresh include/ most of it is the system time of
# creating ~4 500 include/config files, the same work for both tools, and on a file system that discards
# freed blocks (this machine's ext4) that time moves by seconds from one run to the next.
printf '%-8s %-14s %10s %10s %14s %12s %10s %10s %10s\n' arch tool "median s" "ratio" "peak RSS MiB" "own CPU s" "CPU ratio" "user s" "system s"
for arch in "${arches[@]}"; do
	envfile="$repo/eng/kernel/env/$arch.env"
	[[ -f $envfile ]] || { echo "bench: no $envfile" >&2; exit 2; }
	dir="$work/$arch"
	mkdir -p "$dir/a" "$dir/b" "$dir/seed"
	default=$(sed -n 's/^KCONFIG_DEFCONFIG_LIST=.* //p' "$envfile")
	(cd "$dir/seed" && "$with_env" "$envfile" "$conf" -s "--defconfig=$default" Kconfig) >/dev/null
	cp "$dir/seed/.config" "$dir/input.config"
	# The candidate's extra environment goes in a copy of the env file, so both sides start from the same one.
	cp "$envfile" "$dir/b.env"
	for assignment in "${candidate_env[@]}"; do echo "$assignment" >>"$dir/b.env"; done

	one_run "$dir" a "$envfile" "$conf"
	one_run "$dir" b "$dir/b.env" "${b_cmd[@]}"
	: >"$dir/a.times"; : >"$dir/b.times"
	for ((i = 0; i < runs; i++)); do
		one_run "$dir" a "$envfile" "$conf"
		one_run "$dir" b "$dir/b.env" "${b_cmd[@]}"
	done
	a_wall=$(cut -d' ' -f1 "$dir/a.times" | median); b_wall=$(cut -d' ' -f1 "$dir/b.times" | median)
	a_rss=$(cut -d' ' -f2 "$dir/a.times" | median); b_rss=$(cut -d' ' -f2 "$dir/b.times" | median)
	a_cpu=$(cut -d' ' -f3 "$dir/a.times" | median); b_cpu=$(cut -d' ' -f3 "$dir/b.times" | median)
	a_user=$(cut -d' ' -f4 "$dir/a.times" | median); b_user=$(cut -d' ' -f4 "$dir/b.times" | median)
	a_sys=$(cut -d' ' -f5 "$dir/a.times" | median); b_sys=$(cut -d' ' -f5 "$dir/b.times" | median)
	conf_cpu[$arch]=$a_cpu
	awk -v arch="$arch" -v bn="$b_name" -v aw="$a_wall" -v bw="$b_wall" -v ar="$a_rss" -v br="$b_rss" -v ac="$a_cpu" -v bc="$b_cpu" \
		-v au="$a_user" -v bu="$b_user" -v as="$a_sys" -v bs="$b_sys" 'BEGIN {
		printf "%-8s %-14s %10.2f %10s %14.1f %12.2f %10s %10.2f %10.2f\n", arch, "conf", aw, "1.00", ar / 1024, ac, "1.00", au, as
		printf "%-8s %-14s %10.2f %10.2f %14.1f %12.2f %10.2f %10.2f %10.2f   (RSS ratio %.2f)\n", arch, bn, bw, (aw > 0 ? bw / aw : 0), br / 1024, bc, (ac > 0 ? bc / ac : 0), bu, bs, (ar > 0 ? br / ar : 0)
	}'
	if ! cmp -s "$dir/a/.config" "$dir/b/.config"; then
		echo "bench: warning: $arch .config differs between conf and $b_name" >&2
	fi
done
echo "   (load average after: $(loadavg))"

if (( engine )); then
	bench_dll=$(ls -d "$repo"/bench/Kconfig.Build.Benchmarks/bin/Release/net*/Kconfig.Build.Benchmarks.dll 2>/dev/null | tail -n 1)
	[[ -n $bench_dll ]] || { echo "bench: the benchmark project is not built: dotnet build bench/Kconfig.Build.Benchmarks -c Release" >&2; exit 2; }
	# The issue's comparison: parse, evaluate and write .config. With include/config/auto.conf present,
	# conf --olddefconfig does exactly that; without it (the fresh runs above) conf also writes auto.conf,
	# autoconf.h and the other include/ files and creates one include/config/ file per set symbol, thousands
	# of file creations. So conf runs here in a directory whose include/ is kept from an unmeasured first
	# run. The engine's stages still render .config, auto.conf and autoconf.h (in memory): slightly more.
	echo "== engine in process (parse+finalize+evaluate+write .config, probes cached; wall: median run, CPU: mean of the runs after warm-ups) vs conf's own CPU with include/ kept (load average before: $(loadavg))"
	printf '%-8s %14s %14s %16s %10s %18s %10s\n' arch "engine wall ms" "engine CPU ms" "conf CPU ms" "CPU ratio" "conf CPU ms fresh" "CPU ratio"
	for arch in "${arches[@]}"; do
		envfile="$repo/eng/kernel/env/$arch.env"
		dir="$work/$arch"
		mkdir -p "$dir/c" "$dir/d"
		cp "$dir/input.config" "$dir/c/.config"; cp "$dir/input.config" "$dir/d/.config"
		(cd "$dir/c" && "$with_env" "$envfile" "$conf" -s --olddefconfig Kconfig) >/dev/null 2>&1
		(cd "$dir/d" && "$with_env" "$dir/b.env" "${b_cmd[@]}" -s --olddefconfig Kconfig) >/dev/null 2>&1
		: >"$dir/c.times"; : >"$dir/d.times"
		for ((i = 0; i < runs; i++)); do
			cp "$dir/input.config" "$dir/c/.config"; cp "$dir/input.config" "$dir/d/.config"
			(cd "$dir/c" && "$here/own-cpu.py" "$dir/c.cpu" "$with_env" "$envfile" "$conf" -s --olddefconfig Kconfig) >/dev/null 2>&1
			cat "$dir/c.cpu" >>"$dir/c.times"
			# The fresh process in the same situation (include/ kept), for the fresh-process target.
			(cd "$dir/d" && "$here/own-cpu.py" "$dir/d.cpu" "$with_env" "$dir/b.env" "${b_cmd[@]}" -s --olddefconfig Kconfig) >/dev/null 2>&1
			cat "$dir/d.cpu" >>"$dir/d.times"
		done
		kept=$(median <"$dir/c.times")
		kept_b=$(median <"$dir/d.times")
		kept_line=$(awk -v arch="$arch" -v bn="$b_name" -v a="$kept" -v b="$kept_b" 'BEGIN {
			printf "%-8s include/ kept, fresh processes: conf own CPU %.2f s, %s own CPU %.2f s, ratio %.2f\n", arch, a, bn, b, (a > 0 ? b / a : 0) }')
		# At least 10 measured runs (after the timer's 15 warm-ups): a load's collection comes every few
		# runs, and the median of 3 would hide or double it.
		dotnet "$bench_dll" --stages "$arch" $((runs < 10 ? 10 : runs)) >"$work/stages-$arch.log" 2>&1 || { cat "$work/stages-$arch.log" >&2; echo "bench: engine stages failed" >&2; exit 1; }
		# The engine's CPU is the mean over the runs (the "mean" line): it spreads each collection over the
		# runs whose allocations caused it, where a median would leave collections out.
		awk -v arch="$arch" -v kept="$kept" -v fresh="${conf_cpu[$arch]:-0}" '$1 == "total" { wall = $2 } $1 == "mean" {
			printf "%-8s %14.1f %14.1f %16.0f %10.2f %18.0f %10s\n", arch, wall, $2, kept * 1000, (kept > 0 ? $2 / (kept * 1000) : 0),
				fresh * 1000, (fresh > 0 ? sprintf("%.2f", $2 / (fresh * 1000)) : "-") }' "$work/stages-$arch.log"
		sed -n 's/^/    /p' "$work/stages-$arch.log"
		echo "    $kept_line"
	done
	echo "   (load average after: $(loadavg))"
fi

if (( build || all )); then
	(( all )) && arches=("${arches[0]}")
	run_build_bench
fi
