using Sleuth.Analysis.Text;

namespace Sleuth.Tests.Analysis;

public sealed class WordTokenizerTests
{
    [Fact]
    public void Tokenize_OffsetsQuoteTheText()
    {
        const string text = "Mrs. Hale's dog barked twice.";
        foreach (var token in WordTokenizer.Shared.Tokenize(text, 0, text.Length))
            Assert.Equal(token.Text, text[token.Start..token.End]);
    }
}
