using System.Security.Cryptography;
using System.Text;

namespace Kconfig.Build.Engine.IO;

/// <summary>
/// An exclusive lock on an output folder, held for a whole run, so two runs writing the same folder (two
/// builds, a build and a `kconfig conf`) cannot interleave their .config, auto.conf and autoconf.h. It is an
/// OS file lock (flock on Unix, a share-none handle on Windows) on a lock file kept in the temporary
/// directory, named by the folder's full path: the output folder stays exactly what conf would leave, and a
/// crashed holder releases the lock with its process.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly FileStream _stream;

    private OutputLock(string directory, string lockFile, FileStream stream)
    {
        Directory = directory;
        LockFile = lockFile;
        _stream = stream;
    }

    /// <summary>The output folder (full path) this lock holds.</summary>
    public string Directory { get; }

    /// <summary>The lock file.</summary>
    public string LockFile { get; }

    /// <summary>The lock file of <paramref name="directory"/>.</summary>
    public static string LockFileFor(string directory)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(full)), 0, 16).ToLowerInvariant();
        return Path.Combine(Path.GetTempPath(), "kconfig-output-locks", hash + ".lock");
    }

    /// <summary>
    /// Takes the lock if nobody holds it; null when another run (of any process) does. Any other failure
    /// to open the lock file (no space, a read-only temporary folder) is thrown: waiting would never end.
    /// </summary>
    public static OutputLock? TryAcquire(string directory)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        string lockFile = LockFileFor(full);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(lockFile)!);
        try
        {
            var stream = new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new OutputLock(full, lockFile, stream);
        }
        catch (IOException ex) when (IsHeldElsewhere(ex))
        {
            return null;
        }
    }

    /// <summary>
    /// Waits until the lock is free and takes it. Cancelling <paramref name="cancellationToken"/> stops the
    /// wait with <see cref="OperationCanceledException"/>; nothing has been written by then.
    /// </summary>
    public static OutputLock Acquire(string directory, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (TryAcquire(directory) is { } taken)
            {
                return taken;
            }

            cancellationToken.WaitHandle.WaitOne(PollInterval);
        }
    }

    // The lock is taken: flock's EWOULDBLOCK (errno 11 on Linux, 35 on macOS, which .NET passes on as the
    // HResult) or Windows' sharing and lock violations (32, 33 in the low word).
    private static bool IsHeldElsewhere(IOException exception) =>
        (exception.HResult & 0xFFFF) is 11 or 35 or 32 or 33;

    /// <summary>Releases the lock. The lock file stays: deleting it would let a waiter lock a file no longer named.</summary>
    public void Dispose() => _stream.Dispose();
}
