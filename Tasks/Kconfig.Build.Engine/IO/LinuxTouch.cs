using System.Runtime.InteropServices;

namespace Kconfig.Build.Engine.IO;

/// <summary>
/// conf's "touch": open(O_WRONLY|O_CREAT|O_TRUNC) and close, two system calls, on Linux. .NET's own open of a
/// file for writing adds fstatfs, flock (taken and released) and a separate ftruncate, its emulation of
/// Windows sharing; over the ~4 500 include/config files of a fresh include/ that was the one place a
/// fresh <c>kconfig conf</c> spent more system time than conf. Anything unusual (another OS, an error)
/// answers false, and the caller takes the portable path, which raises the usual exceptions.
/// </summary>
internal static class LinuxTouch
{
    // The same values on every Linux architecture .NET runs on (x64, arm64, arm, x86, riscv64, loongarch64,
    // s390x, ppc64le): the generic asm-generic/fcntl.h ones.
    private const int WriteOnly = 0x1;
    private const int Create = 0x40;
    private const int Truncate = 0x200;
    private const int CloseOnExec = 0x80000;
    private const int Mode = 0x1A4; // 0644, less the umask, as conf's open

    // Set once the C library cannot be called, so that a missing entry point costs one exception, not one
    // per file.
    private static bool s_unavailable = !OperatingSystem.IsLinux();

    public static bool TryTouch(string path)
    {
        if (s_unavailable || path.Contains('\0'))
        {
            return false;
        }

        try
        {
            int fd = open(path, WriteOnly | Create | Truncate | CloseOnExec, Mode);
            if (fd < 0)
            {
                return false;
            }

            close(fd);
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            s_unavailable = true;
            return false;
        }
    }

    [DllImport("libc", SetLastError = true)]
#pragma warning disable SA1300, IDE1006 // the C library's names
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libc")]
    private static extern int close(int fd);
#pragma warning restore SA1300, IDE1006
}
