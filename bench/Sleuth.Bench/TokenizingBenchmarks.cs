using BenchmarkDotNet.Attributes;
using Sleuth.Analysis;
using Sleuth.Analysis.Text;
using Sleuth.Lexicon;

namespace Sleuth.Bench;

/// <summary>Tokenizing, and tokenizing plus index lemmas, over generated news-like text of growing size.</summary>
[MemoryDiagnoser]
public class TokenizingBenchmarks
{
    private string _text = "";

    /// <summary>Characters of input text.</summary>
    [Params(10_000, 100_000, 1_000_000)]
    public int Chars { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchText.Generate(Chars);
        // Load the lexicon outside the measurement; its cost is a one-off per process.
        EnglishLexicon.Shared.Preload();
    }

    /// <summary>Tokenizes the whole text in one call.</summary>
    [Benchmark(Baseline = true)]
    public int Tokenize() => WordTokenizer.Shared.Tokenize(_text, 0, _text.Length).Count;

    /// <summary>Tokenizes and looks up the index lemma of every word, as indexing does.</summary>
    [Benchmark]
    public int TokenizeAndLemmatize()
    {
        int hash = 0;
        foreach (var token in WordTokenizer.Shared.Tokenize(_text, 0, _text.Length))
            if (token.Kind == TokenKind.Word) hash += EnglishLexicon.Shared.Lemma(token.Text).Length;
        return hash;
    }
}
