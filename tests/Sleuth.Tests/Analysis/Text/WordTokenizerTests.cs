using Sleuth.Analysis;
using Sleuth.Analysis.Text;

namespace Sleuth.Tests.Analysis.Text;

public sealed class WordTokenizerTests
{
    private static List<Token> Tokens(string text) => [.. WordTokenizer.Shared.Tokenize(text, 0, text.Length)];

    private static string[] Texts(string text) => [.. Tokens(text).Select(t => t.Text)];

    [Fact]
    public void Tokenize_OffsetsQuoteTheText()
    {
        const string text = "Mrs. Hale's dog barked twice.";
        foreach (var token in WordTokenizer.Shared.Tokenize(text, 0, text.Length))
            Assert.Equal(token.Text, text[token.Start..token.End]);
    }

    [Fact]
    public void Tokenize_SplitsPossessiveAndIsClitic()
    {
        Assert.Equal(["Bette", "'s", "sister", "said", "it", "’s", "over", "."], Texts("Bette's sister said it’s over."));
        Assert.Equal(["O'Brien", "'s", "car"], Texts("O'Brien's car"));
        Assert.Equal(["the", "sisters", "'", "house"], Texts("the sisters' house"));
        Assert.Equal(["the", "U.S.", "'s", "role"], Texts("the U.S.'s role"));
    }

    [Fact]
    public void Tokenize_KeepsOtherContractionsWhole()
    {
        Assert.Equal(["I", "don't", "know", ",", "they're", "gone"], Texts("I don't know, they're gone"));
    }

    [Fact]
    public void Tokenize_KeepsHyphenatedWordsWhole()
    {
        Assert.Equal(["a", "well-known", "30-year-old", "COVID-19", "case"], Texts("a well-known 30-year-old COVID-19 case"));
        var kinds = Tokens("30-year-old 30").Select(t => t.Kind).ToArray();
        Assert.Equal([TokenKind.Word, TokenKind.Number], kinds);
    }

    [Theory]
    [InlineData("1,000", TokenKind.Number)]
    [InlineData("3.5", TokenKind.Number)]
    [InlineData("2020", TokenKind.Number)]
    [InlineData("1,250,000.75", TokenKind.Number)]
    [InlineData("10:30", TokenKind.Number)]
    [InlineData("2020-01-05", TokenKind.Number)]
    [InlineData("14th", TokenKind.Number)]
    [InlineData("1990s", TokenKind.Number)]
    public void Tokenize_KeepsNumbersWhole(string number, TokenKind kind)
    {
        var tokens = Tokens($"about {number} people");
        Assert.Equal(["about", number, "people"], tokens.Select(t => t.Text));
        Assert.Equal(kind, tokens[1].Kind);
    }

    [Fact]
    public void Tokenize_SplitsNumbersFromSentencePunctuation()
    {
        Assert.Equal(["In", "2019", ",", "300", "left", "."], Texts("In 2019, 300 left."));
        Assert.Equal(["$", "5", "and", "7", "%"], Texts("$5 and 7%"));
        Assert.Equal(["1990", "-", "1995"], Texts("1990-1995"));
    }

    [Fact]
    public void Tokenize_KeepsAbbreviationPeriods()
    {
        Assert.Equal(["Dr.", "Hale", "met", "Mrs.", "Cole", "in", "the", "U.S.", "on", "Dec.", "14", "."],
            Texts("Dr. Hale met Mrs. Cole in the U.S. on Dec. 14."));
        Assert.Equal(["J.", "K.", "Rowling", "wrote", "it", ",", "e.g.", "this", "."], Texts("J. K. Rowling wrote it, e.g. this."));
        Assert.Equal(["No.", "5", "and", "Ph.D.", "students", "at", "5", "p.m."], Texts("No. 5 and Ph.D. students at 5 p.m."));
    }

    [Fact]
    public void Tokenize_DoesNotTreatOrdinaryWordsAsAbbreviations()
    {
        Assert.Equal(["She", "said", "no", "."], Texts("She said no."));
        Assert.Equal(["He", "was", "their", "rep", "."], Texts("He was their rep."));
        Assert.Equal(["It", "was", "Dec", "."], Texts("It was Dec."));
        Assert.Equal(["In", "Dec.", ",", "police", "came"], Texts("In Dec., police came"));
        Assert.Equal(["the", "end", "."], Texts("the end."));
    }

    [Fact]
    public void Tokenize_HandlesQuotesDashesAndEllipses()
    {
        Assert.Equal(["“", "Stop", "!", "”", "she", "said", "—", "then", "left", "..."], Texts("“Stop!” she said—then left..."));
        Assert.Equal(["\"", "Wait", "…", "\"", "–", "no", "--", "yes"], Texts("\"Wait…\" – no -- yes"));
        Assert.Equal(["‘", "Hi", ",", "’", "he", "wrote", "?", "!"], Texts("‘Hi,’ he wrote?!"));
    }

    [Fact]
    public void Tokenize_KeepsUrlsAndEmailsWhole()
    {
        var tokens = Tokens("See https://example.org/a/b?c=1&d=(2). Or mail jane.doe+news@example.co.uk, www.example.com.");
        Assert.Equal(
            ["See", "https://example.org/a/b?c=1&d=(2)", ".", "Or", "mail", "jane.doe+news@example.co.uk", ",", "www.example.com", "."],
            tokens.Select(t => t.Text));
        Assert.Equal(TokenKind.Symbol, tokens[1].Kind);
        Assert.Equal(TokenKind.Symbol, tokens[5].Kind);
        Assert.Equal(["Email", "bob@example.com", "."], Texts("Email bob@example.com."));
        Assert.Equal(["bob", "@", "home", "."], Texts("bob@home."));
    }

    [Fact]
    public void Tokenize_KeepsSurrogatePairsTogether()
    {
        Assert.Equal(["wow", "😀", "ok"], Texts("wow 😀 ok"));
    }

    [Fact]
    public void Tokenize_UsesOffsetsIntoTheWholeText()
    {
        const string text = "Ignore this. Bette's turn.";
        var tokens = WordTokenizer.Shared.Tokenize(text, 13, text.Length);
        Assert.Equal("Bette", tokens[0].Text);
        Assert.Equal(13, tokens[0].Start);
        Assert.All(tokens, t => Assert.Equal(t.Text, text[t.Start..t.End]));
    }

    [Fact]
    public void Tokenize_GeneratedText_TokensQuoteTheTextInOrderWithoutOverlap()
    {
        // Pieces chosen to hit every scanner branch, including awkward neighbours.
        string[] pieces =
        [
            "Dr.", "Bette's", "sisters'", "U.S.", "e.g.", "3.5", "1,000", "2020-01-05", "14th", "don't", "well-known",
            "—", "–", "...", "…", "“", "”", "‘", "’", "\"", "'", "(", ")", "!", "?", ".", ",", ";", ":", "$", "%",
            "https://x.org/p", "a@b.co", "No.", "5", "J.", "K.", "😀", "é", "naïve", "--", "-", "'s", "’s", "x", "Z",
            "\n", "\t", " ", "\u00a0", "\u200b",
        ];
        var random = new Random(20240521);
        for (int round = 0; round < 300; round++)
        {
            var builder = new System.Text.StringBuilder();
            int count = random.Next(1, 40);
            for (int k = 0; k < count; k++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
                if (random.Next(3) == 0) builder.Append(' ');
            }
            var text = builder.ToString();
            int start = random.Next(0, text.Length / 2 + 1);
            int end = random.Next(start, text.Length + 1);

            var tokens = WordTokenizer.Shared.Tokenize(text, start, end);
            int previousEnd = start;
            foreach (var token in tokens)
            {
                Assert.True(token.Start >= previousEnd, $"overlap or disorder in {text[start..end]}");
                Assert.True(token.End > token.Start && token.End <= end);
                Assert.Equal(token.Text, text[token.Start..token.End]);
                Assert.True(text[previousEnd..token.Start].All(c => char.IsWhiteSpace(c) || c == '\u200b'),
                    $"skipped non-space text before '{token.Text}' in {text[start..end]}");
                previousEnd = token.End;
            }
            Assert.True(text[previousEnd..end].All(c => char.IsWhiteSpace(c) || c == '\u200b'));
        }
    }
}
