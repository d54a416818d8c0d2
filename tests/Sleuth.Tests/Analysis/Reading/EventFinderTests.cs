using Sleuth.Analysis.Reading;
using Sleuth.Answering;
using Sleuth.Tests.Answering;

namespace Sleuth.Tests.Analysis.Reading;

public sealed class EventFinderTests
{
    private static readonly PredicateForms s_steal = new()
    {
        Lemma = "steal",
        Verbs = new Dictionary<string, double> { ["steal"] = 1.0 },
        AgentNouns = new Dictionary<string, double> { ["thief"] = 0.9 },
    };

    private static EventClause OnlyClause(string text)
    {
        using var c = CaseFixture.Of("Noor Adler owns the ring. Jonas Brill is her cousin. Tobias Renn is a neighbour.\n\n" + text);
        var reading = c.Read();
        var clauses = EventFinder.Find(reading.Documents.Single(), s_steal);
        return Assert.Single(clauses);
    }

    private static string? AgentName(EventClause c) => c.Agent?.Mention?.EntityId;

    [Fact]
    public void Find_ReadsAnAssertedActiveClause()
    {
        var c = OnlyClause("Jonas Brill stole the ring on Friday.");
        Assert.Equal(Stance.Asserted, c.Stance);
        Assert.Equal("Jonas Brill", AgentName(c));
    }

    [Fact]
    public void Find_ReadsTheAgentOfAPassive()
    {
        var c = OnlyClause("The ring was stolen by Jonas Brill.");
        Assert.True(c.Passive);
        Assert.Equal("Jonas Brill", AgentName(c));
    }

    [Fact]
    public void Find_KeepsAClaimApartWithItsHolder()
    {
        var c = OnlyClause("Tobias Renn claims it was Jonas Brill who stole the ring.");
        Assert.Equal(Stance.Reported, c.Stance);
        Assert.Equal("Jonas Brill", AgentName(c));
        Assert.Equal("Tobias Renn", c.Holder?.Mention?.EntityId);
    }

    [Fact]
    public void Find_ReadsAnAccusationAsReportedByTheAccuser()
    {
        var c = OnlyClause("Tobias Renn accused Jonas Brill of stealing the ring.");
        Assert.Equal(Stance.Reported, c.Stance);
        Assert.Equal("Jonas Brill", AgentName(c));
        Assert.Equal("Tobias Renn", c.Holder?.Mention?.EntityId);
    }

    [Fact]
    public void Find_DeniesTheLosingSideOfANegatedCleftAndNamesTheOther()
    {
        var c = OnlyClause("It wasn't Tobias Renn who stole the ring, but rather Jonas Brill.");
        Assert.Equal(Stance.Denied, c.Stance);
        Assert.Equal("Tobias Renn", AgentName(c));
        Assert.Equal("Jonas Brill", c.ContrastAgent?.Mention?.EntityId);
    }

    [Fact]
    public void Find_TakesAContrastAsTheSourcesOwnAssertion()
    {
        using var fixture = CaseFixture.Of("Noor Adler owns the ring. Jonas Brill is her cousin. Tobias Renn is a neighbour.\n\nDespite Noor telling everyone that Tobias stole the ring, it was actually Jonas Brill who stole it.");
        var clauses = EventFinder.Find(fixture.Read().Documents.Single(), s_steal);
        Assert.Contains(clauses, c => AgentName(c) == "Tobias Renn" && c.Stance == Stance.Reported && c.Holder?.Mention?.EntityId == "Noor Adler");
        Assert.Contains(clauses, c => AgentName(c) == "Jonas Brill" && c.Stance == Stance.Asserted);
    }

    [Theory]
    [InlineData("Jonas Brill might have stolen the ring.", Stance.Speculated)]
    [InlineData("Perhaps Jonas Brill stole the ring.", Stance.Speculated)]
    [InlineData("Jonas Brill did not steal the ring.", Stance.Denied)]
    [InlineData("Did Jonas Brill steal the ring?", Stance.Asked)]
    public void Find_ReadsTheStanceOfTheClause(string sentence, Stance expected) =>
        Assert.Equal(expected, OnlyClause(sentence).Stance);

    [Fact]
    public void Find_ReadsADoerNounWithItsNegation()
    {
        var c = OnlyClause("Tobias Renn is not the thief.");
        Assert.Equal(TriggerKind.AgentNoun, c.Kind);
        Assert.Equal(Stance.Denied, c.Stance);
        Assert.Equal("Tobias Renn", AgentName(c));
    }

    [Fact]
    public void Find_IgnoresAnEmbeddedQuestion()
    {
        using var fixture = CaseFixture.Of("Nobody knows who stole the ring.");
        var clauses = EventFinder.Find(fixture.Read().Documents.Single(), s_steal);
        Assert.All(clauses, c => Assert.Null(c.Agent?.Mention));
    }
}
