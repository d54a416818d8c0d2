namespace Sleuth.Bench.Corpus;

/// <summary>
/// A small SplitMix64 generator. System.Random's seeded sequence is not promised to stay the same
/// across .NET versions; this one is, so a seed names the same corpus forever.
/// </summary>
internal sealed class SeededRandom
{
    private ulong _state;

    public SeededRandom(ulong seed) => _state = seed;

    /// <summary>A generator for one document, independent of every other document's, so documents can be made in parallel.</summary>
    public static SeededRandom ForItem(ulong seed, long index, ulong stream = 0) =>
        new(Mix(seed ^ Mix((ulong)index * 0x9E3779B97F4A7C15UL + stream)));

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A whole number in [0, maxExclusive).</summary>
    public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>A whole number in [min, maxInclusive].</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    /// <summary>A double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>
    /// An approximately standard normal draw (sum of twelve uniforms, less six). Plain arithmetic only,
    /// so the result is bit-identical on every platform, unlike library log and cosine.
    /// </summary>
    public double NextGaussian()
    {
        var sum = 0.0;
        for (var i = 0; i < 12; i++)
        {
            sum += NextDouble();
        }
        return sum - 6.0;
    }

    /// <summary>e to the power x by a fixed Taylor series after halving x six times; deterministic for the same reason.</summary>
    public static double PortableExp(double x)
    {
        var reduced = x / 64.0;
        var term = 1.0;
        var sum = 1.0;
        for (var n = 1; n <= 14; n++)
        {
            term *= reduced / n;
            sum += term;
        }
        for (var i = 0; i < 6; i++)
        {
            sum *= sum;
        }
        return sum;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
