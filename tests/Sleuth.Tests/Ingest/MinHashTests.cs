using Sleuth.Ingest;
using Sleuth.Tests.Storage;

namespace Sleuth.Tests.Ingest;

public sealed class MinHashTests
{
    [Fact]
    public void Signature_IsDeterministic() =>
        Assert.Equal(MinHash.Signature("the quick brown fox jumps over the lazy dog again"), MinHash.Signature("the quick brown fox jumps over the lazy dog again"));

    [Fact]
    public void Similarity_HighForLightlyEditedCopyAndLowForOtherText()
    {
        var random = new Random(7);
        var article = string.Join(" ", Enumerable.Range(0, 40).Select(_ => CorpusGenerator.Sentence(random)));
        var other = string.Join(" ", Enumerable.Range(0, 40).Select(_ => CorpusGenerator.Sentence(random)));
        var copy = "A New Headline For Syndication\n\n" + article + "\n\nRead more at our partner site. Subscribe today.";

        Assert.True(MinHash.Similarity(MinHash.Signature(article), MinHash.Signature(copy)) >= MinHash.NearDuplicateThreshold);
        Assert.True(MinHash.Similarity(MinHash.Signature(article), MinHash.Signature(other)) < 0.3);
    }

    [Fact]
    public void Bytes_RoundTrip()
    {
        var signature = MinHash.Signature("one two three four five six seven");
        Assert.Equal(signature, MinHash.FromBytes(MinHash.ToBytes(signature)));
    }
}
