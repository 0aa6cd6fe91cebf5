// The task adapters live in this assembly; see Sdk/Sdk.targets for how MSBuild loads them.
