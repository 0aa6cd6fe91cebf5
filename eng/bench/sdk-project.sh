# Sourced by eng/bench/bench.sh and eng/sample/noop-overhead.sh: writes the SDK project both measure, so
# that the two scripts time the same project.
# write_sdk_project DIR PROJECT PROFILE REPO TASKS_DLL TREE ARCH CROSS PROBE_CACHE CONFIG_LINE
#   DIR/PROJECT.proj imports the repository's Sdk.props/Sdk.targets with TASKS_DLL, resolves DIR/PROFILE.yaml
#   (base defconfig for ARCH plus CONFIG_LINE, e.g. "SMP: y") against TREE with CROSS_COMPILE=CROSS;
#   PROBE_CACHE may be empty (the SDK's default). Empty Directory.Build.* files stop MSBuild's search for
#   parent ones above the temporary directory.
write_sdk_project() {
	local dir=$1 project=$2 profile=$3 repo=$4 tasks_dll=$5 tree=$6 arch=$7 cross=$8 probe_cache=$9 config_line=${10}
	mkdir -p "$dir"
	cat >"$dir/$project.proj" <<PROJ
<Project>
  <PropertyGroup>
    <KconfigTasksAssembly>$tasks_dll</KconfigTasksAssembly>
  </PropertyGroup>
  <Import Project="$repo/Sdk/Sdk.props" />
  <PropertyGroup>
    <KconfigSourceDir>$tree</KconfigSourceDir>
    <KconfigCrossCompile>$cross</KconfigCrossCompile>${probe_cache:+
    <KconfigProbeCache>$probe_cache</KconfigProbeCache>}
  </PropertyGroup>
  <ItemGroup>
    <KconfigProfile Include="$profile.yaml" />
  </ItemGroup>
  <Import Project="$repo/Sdk/Sdk.targets" />
</Project>
PROJ
	printf 'name: %s\narch: %s\nbase: defconfig\nconfig:\n  %s\n' "$profile" "$arch" "$config_line" >"$dir/$profile.yaml"
	echo "<Project />" >"$dir/Directory.Build.props"
	echo "<Project />" >"$dir/Directory.Build.targets"
}
