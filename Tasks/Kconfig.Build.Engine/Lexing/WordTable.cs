namespace Kconfig.Build.Engine.Lexing;

/// <summary>
/// Interns the words of a tree (keywords, symbol names, numbers) by their characters, so that the lexer
/// makes one string per distinct word instead of one per occurrence (a kernel tree has a few hundred
/// thousand word tokens and about 30 000 distinct words). Open addressing, linear probing, ordinal.
/// </summary>
internal sealed class WordTable
{
    private string?[] _slots = new string?[8192];
    private int[] _hashes = new int[8192];
    private int _count;

    public string Intern(ReadOnlySpan<char> word)
    {
        int hash = string.GetHashCode(word);
        int mask = _slots.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            string? slot = _slots[i];
            if (slot is null)
            {
                string created = new(word);
                _slots[i] = created;
                _hashes[i] = hash;
                if (++_count * 2 > _slots.Length)
                {
                    Grow();
                }

                return created;
            }

            if (_hashes[i] == hash && word.SequenceEqual(slot))
            {
                return slot;
            }
        }
    }

    private void Grow()
    {
        string?[] oldSlots = _slots;
        int[] oldHashes = _hashes;
        _slots = new string?[oldSlots.Length * 2];
        _hashes = new int[oldSlots.Length * 2];
        int mask = _slots.Length - 1;
        for (int j = 0; j < oldSlots.Length; j++)
        {
            if (oldSlots[j] is not { } word)
            {
                continue;
            }

            int i = oldHashes[j] & mask;
            while (_slots[i] is not null)
            {
                i = (i + 1) & mask;
            }

            _slots[i] = word;
            _hashes[i] = oldHashes[j];
        }
    }
}
