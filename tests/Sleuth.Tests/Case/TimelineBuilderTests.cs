using Sleuth.Analysis.Reading;

namespace Sleuth.Tests.Case;

public sealed class TimelineBuilderTests
{
    [Fact]
    public void TimeAnchors_ReadDatesPartsBoundariesOccasionsAndSteps()
    {
        using var c = new SmallCase(("a.txt",
            "By Episode 4, Mara Dorn had left the village. The finale shows Mara Dorn returning. " +
            "On the night of the storm, Mara Dorn locked the gate. Two days later, Mara Dorn sold the farm. On March 3, 2021, Mara Dorn married."));
        var sentences = c.Read().Documents.Single().Sentences;
        TimeAnchor Only(int i) => Assert.Single(TimeAnchorFinder.Find(sentences[i]));
        Assert.Equal(("episode 4", TimeAnchorKind.Numbered), (Only(0).Key, Only(0).Kind));
        Assert.Equal(TimeAnchorKind.Boundary, Only(1).Kind);
        Assert.Equal(("night of the storm", TimeAnchorKind.Occasion), (Only(2).Key, Only(2).Kind));
        Assert.Equal((TimeAnchorKind.Relative, 1), (Only(3).Kind, Only(3).Direction));
        Assert.Equal((TimeAnchorKind.Date, 2021), (Only(4).Kind, Only(4).Year));
    }

    [Fact]
    public void Timeline_OrdersDatedEventsMergesSourcesAndKeepsUnanchoredInTellingOrder()
    {
        using var c = new SmallCase(
            ("a.txt", "Jonas Reed opened the bakery on May 2. Jonas Reed hired Tilda Marsh on April 20. Tilda Marsh baked the first loaves."),
            ("b.txt", "On May 2, Jonas Reed opened the bakery. Tilda Marsh painted the sign."));
        var events = c.Service.Timeline();
        var hired = events.Single(e => e.Description.StartsWith("Jonas Reed hired"));
        var opened = events.Single(e => e.Description.StartsWith("Jonas Reed opened"));
        Assert.True(hired.Order < opened.Order);
        Assert.True(opened.Anchored);
        Assert.Equal(2, opened.Evidence.Count);
        var painted = events.Single(e => e.Description.StartsWith("Tilda Marsh painted"));
        Assert.False(painted.Anchored);
        Assert.True(painted.Order > opened.Order);
        CaseAssert.QuotesMatch(c.Service, events.SelectMany(e => e.Evidence));
    }
}
