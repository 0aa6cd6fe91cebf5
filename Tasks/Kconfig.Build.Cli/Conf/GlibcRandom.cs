namespace Kconfig.Build.Cli.Conf;

/// <summary>
/// The sequence glibc's srand()/rand() produce (the additive feedback generator, TYPE_3), so that
/// <c>KCONFIG_SEED=n --randconfig</c> picks the same values as the kernel's conf on glibc.
/// </summary>
public sealed class GlibcRandom
{
    private readonly int[] _state = new int[34];
    private int _front;
    private int _rear;

    public GlibcRandom(uint seed)
    {
        int[] r = new int[34];
        r[0] = seed == 0 ? 1 : unchecked((int)seed);
        for (int i = 1; i < 31; i++)
        {
            int hi = r[i - 1] / 127773;
            int lo = r[i - 1] % 127773;
            int word = unchecked((16807 * lo) - (2836 * hi));
            if (word < 0)
            {
                word += 2147483647;
            }

            r[i] = word;
        }

        Array.Copy(r, _state, 31);
        _front = 3;
        _rear = 0;
        for (int i = 0; i < 310; i++)
        {
            Next();
        }
    }

    /// <summary>rand(): 0 .. 2^31-1.</summary>
    public int Next()
    {
        unchecked
        {
            _state[_front] += _state[_rear];
            int result = (int)((uint)_state[_front] >> 1);
            _front = (_front + 1) % 31;
            _rear = (_rear + 1) % 31;
            return result;
        }
    }
}
