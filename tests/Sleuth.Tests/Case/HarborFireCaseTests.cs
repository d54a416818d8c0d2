using Sleuth.Answering;
using Sleuth.Case;

namespace Sleuth.Tests.Case;

/// <summary>The case views end to end over the sample case (samples/harbor-fire/documents; README there has the key).</summary>
public sealed class HarborFireCaseTests(HarborFireCase sample) : IClassFixture<HarborFireCase>
{
    private const string Question = "Who started the fire at the Brannock Chandlery?";
    private CaseService Service => sample.Service ?? throw new InvalidOperationException("samples/harbor-fire/documents is missing");

    [Fact]
    public void People_ListsEachPersonOnceAndKeepsPlacesAndBodiesApart()
    {
        var r = Service.People();
        foreach (var name in new[] { "Colin Marsh", "Ruben Vale", "Harriet Quill", "Walter Brannock", "Ivy Brannock", "Lena Brannock", "Otto Drummond", "Abel Finch", "Agnes Pilbeam" })
            CaseAssert.Person(r, name);
        Assert.Contains(CaseAssert.Person(r, "Harriet Quill").Aliases, a => a.StartsWith("Councillor"));
        foreach (var thing in new[] { "Port Ellery", "Dunmere", "Quay Street", "Calloway County Police", "Dunmere District Court", "Port Ellery Gazette", "Brannock Chandlery", "CCTV" })
            Assert.DoesNotContain(r.People, p => p.Name == thing || p.Aliases.Contains(thing));
        Assert.Contains(r.Places, p => p.Name == "Port Ellery");
        Assert.Contains(r.Organisations, p => p.Name == "Dunmere District Court");
        CaseAssert.QuotesMatch(Service, CaseAssert.AllEvidence(r));
    }

    [Fact]
    public void Relations_HoldSisterDaughterAndBoyfriend()
    {
        var relations = Service.Relations();
        Assert.Contains(relations, r => r is { From: "Lena Brannock", Kind: "sister", To: "Walter Brannock", Category: "kinship" } && r.Sources >= 2);
        Assert.Contains(relations, r => r is { From: "Ivy Brannock", Kind: "daughter", To: "Walter Brannock" });
        Assert.Contains(relations, r => r is { From: "Ruben Vale", Kind: "boyfriend", To: "Ivy Brannock", Category: "romance" });
        CaseAssert.QuotesMatch(Service, relations.SelectMany(r => r.Evidence));
    }

    [Fact]
    public void Board_ShowsTheAccusedAndTheClearedWithReasons()
    {
        var board = Service.Board(Question);
        var ask = Service.Ask(Question);
        Assert.Equal(ask.Answers.Select(a => a.Text).Order(), board.Entries.Where(e => e.Status == BoardStatus.Culprit).Select(e => e.Person).Order());
        var ruben = Entry(board, "Ruben Vale");
        Assert.Equal(BoardStatus.AccusedRefuted, ruben.Status);
        Assert.Contains("Harriet Quill", ruben.AccusedBy);
        Assert.NotNull(ruben.ClearedBecause);
        foreach (var name in new[] { "Otto Drummond", "Abel Finch", "Lena Brannock" })
        {
            var e = Entry(board, name);
            Assert.Equal(BoardStatus.SuspectedCleared, e.Status);
            Assert.NotNull(e.ClearedBecause);
        }
        Assert.Contains("lack of evidence", Entry(board, "Otto Drummond").ClearedBecause);
        var marsh = Entry(board, "Colin Marsh");
        Assert.True(marsh.Status is BoardStatus.Culprit or BoardStatus.Suspected, marsh.Status.ToString());
        Assert.Contains("revenge", marsh.Motive ?? "");
        CaseAssert.QuotesMatch(Service, CaseAssert.AllEvidence(board));
    }

    [Fact]
    public void Claims_HaveOneColumnPerIndependentSource()
    {
        var m = Service.Claims(Question);
        Assert.Equal(8, m.Sources.Count);
        Assert.All(m.Rows, r => Assert.Equal(8, r.Cells.Count));
        CaseAssert.QuotesMatch(Service, CaseAssert.AllEvidence(m));
    }

    [Fact]
    public void Timeline_PutsDatedEventsInCalendarOrderAcrossTheYearTurn()
    {
        var events = Service.Timeline();
        int Order(string start) => events.First(e => e.Anchored && e.Description.StartsWith(start)).Order;
        Assert.True(Order("Colin Marsh was arrested") < Order("Colin Marsh pleaded guilty"));
        Assert.True(Order("Ruben Vale was questioned") < Order("Colin Marsh was arrested"));
        Assert.Contains(events, e => !e.Anchored);
        CaseAssert.QuotesMatch(Service, events.SelectMany(e => e.Evidence));
    }

    private static BoardEntry Entry(BoardReport board, string person)
    {
        var entry = board.Entries.SingleOrDefault(e => e.Person == person);
        Assert.True(entry != null, $"{person} is not on the board: {string.Join(", ", board.Entries.Select(e => e.Person + " " + e.Status))}");
        return entry!;
    }
}
