using BenchmarkDotNet.Attributes;
using Sleuth.Analysis;
using Sleuth.Analysis.Text;

namespace Sleuth.Bench;

/// <summary>Sentence splitting over generated news-like text of growing size.</summary>
[MemoryDiagnoser]
public class SentenceSplittingBenchmarks
{
    private string _text = "";
    private IReadOnlyList<Segment> _segments = [];

    /// <summary>Characters of input text.</summary>
    [Params(10_000, 100_000, 1_000_000)]
    public int Chars { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchText.Generate(Chars);
        _segments = BenchText.Paragraphs(_text);
    }

    /// <summary>Splits every paragraph of the text into sentences.</summary>
    [Benchmark]
    public int Split() => SentenceSplitter.Shared.Split(_text, _segments).Count;
}
