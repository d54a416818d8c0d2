using Sleuth.Analysis;
using Sleuth.Analysis.Text;

namespace Sleuth.Tests.Analysis.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text, SegmentKind kind = SegmentKind.Body) =>
        [.. SentenceSplitter.Shared.Split(text, [new Segment(0, text.Length, kind)]).Select(s => text[s.Start..s.End])];

    [Fact]
    public void Split_EndsSentencesAtTerminalPunctuation()
    {
        Assert.Equal(["She left.", "Did he stay?", "No!", "He ran."], Sentences("She left. Did he stay? No! He ran."));
    }

    [Theory]
    [InlineData("Dr. Hale arrived. Mr. and Mrs. Cole left.", "Dr. Hale arrived.|Mr. and Mrs. Cole left.")]
    [InlineData("Ms. Cole and St. James met Jr. officers. They left.", "Ms. Cole and St. James met Jr. officers.|They left.")]
    [InlineData("It was red vs. blue, e.g. a feud, i.e. a fight. Then peace.", "It was red vs. blue, e.g. a feud, i.e. a fight.|Then peace.")]
    [InlineData("Apples, pears, etc. were sold. Prices rose.", "Apples, pears, etc. were sold.|Prices rose.")]
    [InlineData("She moved to the U.S. The next year she left.", "She moved to the U.S.|The next year she left.")]
    [InlineData("The U.S. Attorney spoke. The U.K. Embassy did not.", "The U.S. Attorney spoke.|The U.K. Embassy did not.")]
    [InlineData("It aired Dec. 14 and Jan. 5 in 2020. It ended.", "It aired Dec. 14 and Jan. 5 in 2020.|It ended.")]
    [InlineData("He wore No. 5 all season. He retired.", "He wore No. 5 all season.|He retired.")]
    [InlineData("Acme Inc. The firm denied it.", "Acme Inc.|The firm denied it.")]
    [InlineData("It ended at 10 p.m. Police left.", "It ended at 10 p.m.|Police left.")]
    [InlineData("It was 5 a.m. in the U.K. and 6 p.m. in Tokyo. Nobody slept.", "It was 5 a.m. in the U.K. and 6 p.m. in Tokyo.|Nobody slept.")]
    [InlineData("She was born Jan. 1, 1990. Her No. 1 fan came.", "She was born Jan. 1, 1990.|Her No. 1 fan came.")]
    [InlineData("He went to Washington D.C. He met Sen. Cole there.", "He went to Washington D.C.|He met Sen. Cole there.")]
    [InlineData("The firm (Acme Corp.) said no. It later apologized.", "The firm (Acme Corp.) said no.|It later apologized.")]
    public void Split_DoesNotEndSentencesAtAbbreviations(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Sentences(text));
    }

    [Fact]
    public void Split_KeepsInitialsInsideTheSentence()
    {
        Assert.Equal(["J. K. Rowling wrote it.", "T. S. Eliot did not."], Sentences("J. K. Rowling wrote it. T. S. Eliot did not."));
    }

    [Fact]
    public void Split_KeepsDecimalNumbersWhole()
    {
        Assert.Equal(["The fall was 3.5 metres.", "It cost $1,000.50 in 2020."], Sentences("The fall was 3.5 metres. It cost $1,000.50 in 2020."));
    }

    [Fact]
    public void Split_EllipsisBeforeLowercaseDoesNotEndTheSentence()
    {
        Assert.Equal(["Wait... then she fell."], Sentences("Wait... then she fell."));
        Assert.Equal(["He paused… and smiled."], Sentences("He paused… and smiled."));
    }

    [Fact]
    public void Split_EllipsisBeforeCapitalEndsTheSentence()
    {
        Assert.Equal(["I was there...", "Nobody saw me."], Sentences("I was there... Nobody saw me."));
    }

    [Fact]
    public void Split_QuotationEndsAfterTheClosingQuote()
    {
        Assert.Equal(["He said, \"Stop.\"", "Then he left."], Sentences("He said, \"Stop.\" Then he left."));
        Assert.Equal(["She said, “Enough!”", "Nobody moved."], Sentences("She said, “Enough!” Nobody moved."));
    }

    [Fact]
    public void Split_QuotedExclamationBeforeLowercaseContinues()
    {
        Assert.Equal(["\"Stop!\" she said.", "He did."], Sentences("\"Stop!\" she said. He did."));
        Assert.Equal(["“Why?” he asked.", "\"Stop!\", she said."], Sentences("“Why?” he asked. \"Stop!\", she said."));
    }

    [Fact]
    public void Split_HandlesRunsOfQuestionAndExclamationMarks()
    {
        Assert.Equal(["Really?!", "Yes!!", "OK."], Sentences("Really?! Yes!! OK."));
    }

    [Fact]
    public void Split_KeepsClosingBracketsWithTheSentence()
    {
        Assert.Equal(["(She denied it.)", "He did not [at first.]", "Fine."], Sentences("(She denied it.) He did not [at first.] Fine."));
    }

    [Fact]
    public void Split_BylineAndDatelineLinesAreTheirOwnSentences()
    {
        const string text = "By Jane Doe\nCHICAGO — A woman was pushed from a stage on Friday, police said. She was unhurt.";
        Assert.Equal(["By Jane Doe", "CHICAGO — A woman was pushed from a stage on Friday, police said.", "She was unhurt."], Sentences(text));
        Assert.Equal(["Updated March 3, 2021", "The case was closed."], Sentences("Updated March 3, 2021\nThe case was closed."));
    }

    [Fact]
    public void Split_HardWrappedProseIsNotSplitAtLineEnds()
    {
        const string text =
            "The police said that the woman had been pushed by her\n" +
            "sister during the argument, and that Cassie Hale saw it\n" +
            "Happen from the kitchen window across the yard.";
        Assert.Single(Sentences(text));
    }

    [Fact]
    public void Split_BlankLineInsideASegmentEndsTheSentence()
    {
        Assert.Equal(["First part without a stop", "second part"], Sentences("First part without a stop\n\nsecond part"));
    }

    [Fact]
    public void Split_HeadingIsOneSentencePerLineAndNeverMergedWithBody()
    {
        const string text = "Dr. Hale Pushed. Family Reels\nA woman fell. Police came.";
        int headingEnd = text.IndexOf('\n');
        var spans = SentenceSplitter.Shared.Split(text, [new Segment(0, headingEnd, SegmentKind.Heading), new Segment(headingEnd + 1, text.Length, SegmentKind.Body)]);
        Assert.Equal(["Dr. Hale Pushed. Family Reels", "A woman fell.", "Police came."], spans.Select(s => text[s.Start..s.End]));
        Assert.Equal([SegmentKind.Heading, SegmentKind.Body, SegmentKind.Body], spans.Select(s => s.Kind));
        Assert.Equal([0, 1, 1], spans.Select(s => s.Paragraph));
    }

    [Fact]
    public void Split_ListItemsAreNeverMergedWithTheirNeighbours()
    {
        const string text = "Arrested on Monday\nCharged on Tuesday. Released Friday.";
        int first = text.IndexOf('\n');
        var spans = SentenceSplitter.Shared.Split(text, [new Segment(0, first, SegmentKind.ListItem), new Segment(first + 1, text.Length, SegmentKind.ListItem)]);
        Assert.Equal(["Arrested on Monday", "Charged on Tuesday.", "Released Friday."], spans.Select(s => text[s.Start..s.End]));
        Assert.All(spans, s => Assert.Equal(SegmentKind.ListItem, s.Kind));
    }

    [Fact]
    public void Split_TrimsWhitespaceAndSkipsEmptySegments()
    {
        const string text = "   \n  She left.   He stayed.  ";
        var spans = SentenceSplitter.Shared.Split(text, [new Segment(0, 4, SegmentKind.Body), new Segment(4, text.Length, SegmentKind.Body)]);
        Assert.Equal(["She left.", "He stayed."], spans.Select(s => text[s.Start..s.End]));
    }

    [Fact]
    public void Split_LowercaseAfterPeriodContinuesTheSentence()
    {
        Assert.Equal(["He used approx. five litres and left."], Sentences("He used approx. five litres and left."));
    }

    [Fact]
    public void Split_GeneratedText_SpansQuoteTheTextInOrderWithoutOverlap()
    {
        string[] pieces =
        [
            "Dr.", "Hale", "said", "U.S.", "The", "she", "3.5", "...", "…", "?", "!", ".", "\"", "”", "“", ")", "(", "\n", "\n\n",
            " ", " ", " ", "No.", "5", "J.", "etc.", "e.g.", "By Jane Doe", "CHICAGO —", "wait", "Then",
        ];
        var random = new Random(7);
        for (int round = 0; round < 300; round++)
        {
            var builder = new System.Text.StringBuilder();
            var segments = new List<Segment>();
            int segmentCount = random.Next(1, 5);
            for (int s = 0; s < segmentCount; s++)
            {
                int start = builder.Length;
                int count = random.Next(0, 30);
                for (int k = 0; k < count; k++) builder.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(2) == 0 ? " " : "");
                segments.Add(new Segment(start, builder.Length, (SegmentKind)random.Next(4)));
                builder.Append('\n');
            }
            var text = builder.ToString();
            var spans = SentenceSplitter.Shared.Split(text, segments);
            int previousEnd = 0;
            foreach (var span in spans)
            {
                var segment = segments[span.Paragraph];
                Assert.True(span.Start >= previousEnd && span.End > span.Start);
                Assert.True(span.Start >= segment.Start && span.End <= segment.End);
                Assert.Equal(segment.Kind, span.Kind);
                Assert.False(char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]));
                previousEnd = span.End;
            }
            // Every non-space character of every segment is inside some sentence.
            int covered = spans.Sum(s => text[s.Start..s.End].Count(c => !char.IsWhiteSpace(c)));
            int total = segments.Sum(s => text[s.Start..s.End].Count(c => !char.IsWhiteSpace(c)));
            Assert.Equal(total, covered);
        }
    }
}
