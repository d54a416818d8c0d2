using Sleuth.Answering;
using Sleuth.Case;
using Sleuth.Tests.Storage;

namespace Sleuth.Tests.Case;

/// <summary>The case views end to end over ../shared/seeds (skipped, with the reason, when the folder is absent).</summary>
public sealed class SeedsCaseTests(SeedsCase seeds) : IClassFixture<SeedsCase>
{
    private const string Question = "Who pushed Cassie Shore?";
    private CaseService Service => seeds.Service!;

    [SeedsFact]
    public void People_ListsEachPersonOnceWithAliasesAndNoNonPeople()
    {
        var r = Service.People();
        foreach (var name in new[] { "Cassie Shore", "Delia Whitlaw", "Bette Whitlaw", "June", "Nabil", "Ramon Costa", "Neveah", "Travis", "Monique Dubois" })
            CaseAssert.Person(r, name);
        Assert.Contains("Delia", CaseAssert.Person(r, "Delia Whitlaw").Aliases);
        Assert.Contains("Madam Monique", CaseAssert.Person(r, "Monique Dubois").Aliases);
        foreach (var thing in new[] { "Netflix", "Chicago", "Archer School of Ballet", "Pretty Little Liars", "Tiny Pretty Things", "Paris" })
            Assert.DoesNotContain(r.People, p => p.Name == thing || p.Aliases.Contains(thing));
        // Cast names in parentheses describe the character; they are not people of the story.
        Assert.Contains(CaseAssert.Person(r, "Bette Whitlaw").Descriptors, d => d.StartsWith("played by "));
        Assert.DoesNotContain(r.People, p => p.Name.Contains("Jollette"));
        Assert.True(CaseAssert.Person(r, "Cassie Shore").MentionsPerDocument.Count >= 5);
        CaseAssert.QuotesMatch(Service, CaseAssert.AllEvidence(r));
    }

    [SeedsFact]
    public void Relations_HoldSistersBoyfriendRoommateAndChoreographer()
    {
        var relations = Service.Relations();
        Assert.Contains(relations, r => r.Kind == "sister" && new[] { r.From, r.To }.Order().SequenceEqual(["Bette Whitlaw", "Delia Whitlaw"]));
        Assert.Contains(relations, r => r is { From: "Nabil", Kind: "boyfriend", To: "Cassie Shore", Category: "romance" });
        Assert.Contains(relations, r => r is { From: "June", Kind: "roommate", To: "Cassie Shore" });
        Assert.Contains(relations, r => r is { From: "Ramon Costa", Kind: "choreographer", Category: "work" });
        Assert.All(relations, r => Assert.NotEmpty(r.Evidence));
        CaseAssert.QuotesMatch(Service, relations.SelectMany(r => r.Evidence));
        Assert.All(Service.Relations("Bette"), r => Assert.True(r.From == "Bette Whitlaw" || r.To == "Bette Whitlaw"));
    }

    [SeedsFact]
    public void Board_ShowsCulpritAccusedAndTheOtherSuspects()
    {
        var board = Service.Board(Question);
        var ask = Service.Ask(Question);
        Assert.Equal(ask.Answers.Select(a => a.Text), board.Entries.Where(e => e.Status == BoardStatus.Culprit).Select(e => e.Person));
        Assert.Equal(BoardStatus.Culprit, Entry(board, "Delia Whitlaw").Status);
        var bette = Entry(board, "Bette Whitlaw");
        Assert.Equal(BoardStatus.AccusedRefuted, bette.Status);
        Assert.Contains("Cassie Shore", bette.AccusedBy);
        Assert.NotEmpty(bette.Against);
        foreach (var name in new[] { "June", "Nabil", "Ramon Costa", "Travis", "Neveah" })
        {
            var e = Entry(board, name);
            Assert.True(e.Status is BoardStatus.SuspectedCleared or BoardStatus.Suspected, $"{name}: {e.Status}");
            Assert.NotEmpty(e.For.Concat(e.Against));
        }
        Assert.Contains("lack of evidence", Entry(board, "Nabil").ClearedBecause);
        Assert.DoesNotContain(board.Entries, e => e.Person == "Cassie Shore");
        CaseAssert.QuotesMatch(Service, CaseAssert.AllEvidence(board));
    }

    [SeedsFact]
    public void Claims_SeparateWhatSourcesAssertFromWhatTheyReport()
    {
        var m = Service.Claims(Question);
        Assert.Equal(5, m.Sources.Count);
        var delia = Assert.Single(m.Rows, r => r.Candidate == "Delia Whitlaw");
        Assert.Equal("Delia Whitlaw pushed Cassie Shore", delia.Proposition);
        Assert.All(delia.Cells, c => Assert.Equal(Stance.Asserted, c.Stance));
        var bette = Assert.Single(m.Rows, r => r.Candidate == "Bette Whitlaw");
        Assert.Contains(bette.Cells, c => c.Stance == Stance.Reported && c.Holder == "Cassie Shore");
        Assert.Contains(bette.Cells, c => c.Stance == Stance.Denied);
        Assert.DoesNotContain(bette.Cells, c => c.Stance == Stance.Asserted);
        CaseAssert.QuotesMatch(Service, CaseAssert.AllEvidence(m));
    }

    [SeedsFact]
    public void Timeline_AnchorsEventsAndKeepsTheRestInTellingOrder()
    {
        var events = Service.Timeline();
        Assert.NotEmpty(events);
        Assert.Equal(Enumerable.Range(1, events.Count), events.Select(e => e.Order));
        Assert.Contains(events, e => e.Anchored && e.Anchor != null);
        Assert.Contains(events, e => !e.Anchored);
        Assert.Contains(events, e => e.Description.StartsWith("Delia Whitlaw push") && e.Evidence.Count >= 2);
        CaseAssert.QuotesMatch(Service, events.SelectMany(e => e.Evidence));
    }

    private static BoardEntry Entry(BoardReport board, string person)
    {
        var entry = board.Entries.SingleOrDefault(e => e.Person == person);
        Assert.True(entry != null, $"{person} is not on the board: {string.Join(", ", board.Entries.Select(e => e.Person + " " + e.Status))}");
        return entry!;
    }
}
