using Sleuth.Analysis;
using Sleuth.Ingest.Readers;

namespace Sleuth.Tests.Ingest;

public sealed class PlainTextReaderTests
{
    private static readonly PlainTextReader s_reader = new();

    [Fact]
    public void Read_SplitsParagraphsHeadingsAndListItems()
    {
        const string text = "The Rooftop Fall\n\nCassie fell from the roof. Police came.\nThey asked questions.\n\nThe Suspects\n\n- Bette, her rival\n* June, her roommate\n1. Delia\n\nThat is all.\n";
        var document = Assert.Single(s_reader.Read("a.txt", text).Documents);

        Assert.Equal("The Rooftop Fall", document.Title);
        Assert.Equal(["The Rooftop Fall", "The Suspects"], ReaderAssert.Quotes(document, SegmentKind.Heading));
        Assert.Equal(["Bette, her rival", "June, her roommate", "Delia"], ReaderAssert.Quotes(document, SegmentKind.ListItem));
        Assert.Equal(["Cassie fell from the roof. Police came.\nThey asked questions.", "That is all."], ReaderAssert.Quotes(document, SegmentKind.Body));
        Assert.Equal(text, document.Text);
        ReaderAssert.SegmentsQuoteText(document);
    }

    [Fact]
    public void Read_NormalizesCrLfAndKeepsOffsetsExact()
    {
        var document = Assert.Single(s_reader.Read("a.txt", "Title Here\r\n\r\nOne line.\r\nTwo line.\r\n").Documents);
        Assert.DoesNotContain('\r', document.Text);
        Assert.Equal("One line.\nTwo line.", ReaderAssert.Quotes(document, SegmentKind.Body).Single());
    }

    [Fact]
    public void Read_WrappedProseIsNotAHeading()
    {
        var document = Assert.Single(s_reader.Read("a.txt", "the detective who had been waiting\nfor hours finally spoke to her.\n\nMore text.").Documents);
        Assert.Empty(ReaderAssert.Quotes(document, SegmentKind.Heading));
    }

    [Fact]
    public void Read_ShortQuestionStandingAloneIsAHeading()
    {
        var document = Assert.Single(s_reader.Read("a.txt", "Intro line.\n\nWho is Cassie?\n\nShe is a dancer.").Documents);
        Assert.Equal(["Who is Cassie?"], ReaderAssert.Quotes(document, SegmentKind.Heading));
    }

    [Fact]
    public void Read_LastLineWithoutFollowingTextIsBody()
    {
        var document = Assert.Single(s_reader.Read("a.txt", "First paragraph here.\n\nSigned Bob").Documents);
        Assert.Equal(["First paragraph here.", "Signed Bob"], ReaderAssert.Quotes(document, SegmentKind.Body));
    }
}
