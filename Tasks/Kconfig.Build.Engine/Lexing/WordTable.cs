namespace Kconfig.Build.Engine.Lexing;

/// <summary>
/// Interns the words of a tree (keywords, symbol names, numbers) by their characters, so that the lexer
/// makes one string per distinct word instead of one per occurrence (a kernel tree has a few hundred
/// thousand word tokens and about 30 000 distinct words). Open addressing, linear probing, ordinal.
/// Each word also carries its keyword kind, so that a word is hashed once, not again to look it up among
/// the keywords.
/// </summary>
internal sealed class WordTable
{
    // Sized for a whole kernel tree's ~30 000 distinct words at half load: growing three times from a small
    // table rehashed every word each time.
    private const int InitialSize = 1 << 16;

    private string?[] _slots = new string?[InitialSize];
    private int[] _hashes = new int[InitialSize];
    private TokenKind[] _kinds = new TokenKind[InitialSize];
    private int _count;

    public WordTable(IReadOnlyDictionary<string, TokenKind> keywords)
    {
        foreach ((string keyword, TokenKind kind) in keywords)
        {
            Intern(keyword, out _);
            _kinds[Find(keyword)] = kind;
        }
    }

    /// <summary>The one string for <paramref name="word"/>, and its keyword kind (<see cref="TokenKind.Word"/> if none).</summary>
    public string Intern(ReadOnlySpan<char> word, out TokenKind kind)
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
                _kinds[i] = TokenKind.Word;
                kind = TokenKind.Word;
                if (++_count * 2 > _slots.Length)
                {
                    Grow();
                }

                return created;
            }

            if (_hashes[i] == hash && word.SequenceEqual(slot))
            {
                kind = _kinds[i];
                return slot;
            }
        }
    }

    private int Find(string word)
    {
        int mask = _slots.Length - 1;
        int i = string.GetHashCode(word.AsSpan()) & mask;
        while (!string.Equals(_slots[i], word, StringComparison.Ordinal))
        {
            i = (i + 1) & mask;
        }

        return i;
    }

    private void Grow()
    {
        string?[] oldSlots = _slots;
        int[] oldHashes = _hashes;
        TokenKind[] oldKinds = _kinds;
        _slots = new string?[oldSlots.Length * 2];
        _hashes = new int[oldSlots.Length * 2];
        _kinds = new TokenKind[oldSlots.Length * 2];
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
            _kinds[i] = oldKinds[j];
        }
    }
}
