namespace Sleuth.Ingest;

/// <summary>
/// Near-duplicate signatures: MinHash over 5-word shingles with 128 deterministic hash functions, banded
/// for locality-sensitive lookup. Two texts whose estimated Jaccard similarity reaches
/// <see cref="NearDuplicateThreshold"/> count as one source (a syndicated copy with a new headline).
/// </summary>
public static class MinHash
{
    /// <summary>Hash functions per signature.</summary>
    public const int HashCount = 128;
    /// <summary>Words per shingle.</summary>
    public const int ShingleWords = 5;
    /// <summary>32 bands of 4 rows: texts at 0.75 similarity share a band with probability above 0.999.</summary>
    public const int Bands = 32;
    /// <summary>Signature values per band.</summary>
    public const int RowsPerBand = HashCount / Bands;
    /// <summary>Estimated Jaccard similarity at which two texts are grouped; a little under 0.8 so changed boilerplate still groups.</summary>
    public const double NearDuplicateThreshold = 0.75;
    /// <summary>Texts with fewer shingles are too short for similarity to mean copying, so they are not grouped.</summary>
    public const int MinShingles = 20;

    private static readonly ulong[] s_seeds = CreateSeeds();

    /// <summary>The signature of a text: the minimum of each hash function over its word shingles.</summary>
    public static ulong[] Signature(string text)
    {
        var words = Words(text);
        var signature = new ulong[HashCount];
        Array.Fill(signature, ulong.MaxValue);
        int shingles = Math.Max(0, words.Count - ShingleWords + 1);
        for (int i = 0; i < shingles; i++)
        {
            ulong shingle = 14695981039346656037UL;
            for (int w = 0; w < ShingleWords; w++)
                shingle = (shingle ^ words[i + w]) * 1099511628211UL;
            for (int h = 0; h < HashCount; h++)
            {
                ulong value = Mix(shingle ^ s_seeds[h]);
                if (value < signature[h]) signature[h] = value;
            }
        }
        return signature;
    }

    /// <summary>Number of shingles a text has; below <see cref="MinShingles"/> it is not grouped by similarity.</summary>
    public static int ShingleCount(string text) => Math.Max(0, Words(text).Count - ShingleWords + 1);

    /// <summary>Estimated Jaccard similarity: the share of hash functions whose minimum agrees.</summary>
    public static double Similarity(IReadOnlyList<ulong> a, IReadOnlyList<ulong> b)
    {
        int n = Math.Min(a.Count, b.Count), same = 0;
        for (int i = 0; i < n; i++)
            if (a[i] == b[i] && a[i] != ulong.MaxValue) same++;
        return n == 0 ? 0 : (double)same / n;
    }

    /// <summary>One key per band; documents sharing any band key are candidates for the similarity check.</summary>
    public static long[] BandKeys(IReadOnlyList<ulong> signature)
    {
        var keys = new long[Bands];
        for (int b = 0; b < Bands; b++)
        {
            ulong key = (ulong)b * 0x9E3779B97F4A7C15UL;
            for (int r = 0; r < RowsPerBand; r++)
                key = Mix(key ^ signature[b * RowsPerBand + r]);
            keys[b] = unchecked((long)key);
        }
        return keys;
    }

    /// <summary>The signature as little-endian bytes, for storage.</summary>
    public static byte[] ToBytes(IReadOnlyList<ulong> signature)
    {
        var bytes = new byte[signature.Count * 8];
        for (int i = 0; i < signature.Count; i++)
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 8), signature[i]);
        return bytes;
    }

    /// <summary>A signature read back from <see cref="ToBytes"/>.</summary>
    public static ulong[] FromBytes(byte[] bytes)
    {
        var signature = new ulong[bytes.Length / 8];
        for (int i = 0; i < signature.Length; i++)
            signature[i] = BitConverter.ToUInt64(bytes, i * 8);
        return signature;
    }

    /// <summary>Word hashes over lower-cased letters and digits, so punctuation and case changes do not matter.</summary>
    private static List<ulong> Words(string text)
    {
        var words = new List<ulong>();
        ulong hash = 14695981039346656037UL;
        bool inWord = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(hash);
                hash = 14695981039346656037UL;
                inWord = false;
            }
        }
        if (inWord) words.Add(hash);
        return words;
    }

    // SplitMix64 finaliser: cheap and well mixed, and fixed so signatures stay comparable across runs.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong[] CreateSeeds()
    {
        var seeds = new ulong[HashCount];
        ulong state = 0x5EED5EED5EED5EEDUL;
        for (int i = 0; i < HashCount; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }
        return seeds;
    }
}
