using BenchmarkDotNet.Attributes;
using Sleuth.Lexicon;

namespace Sleuth.Bench;

/// <summary>The one-off cost of loading WordNet, which the first lemma or synonym look-up of a process pays.</summary>
[MemoryDiagnoser]
public class LexiconBenchmarks
{
    private string? _wordNet;

    [GlobalSetup]
    public void Setup() => _wordNet = EnglishLexicon.FindWordNet();

    /// <summary>Opens WordNet and parses every index and exception list; the built-in lists only when WordNet is absent.</summary>
    [Benchmark]
    public bool LoadWordNet()
    {
        var lexicon = new EnglishLexicon(_wordNet);
        lexicon.Preload();
        return lexicon.UsesWordNet;
    }
}
