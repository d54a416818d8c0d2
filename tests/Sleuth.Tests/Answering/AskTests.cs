using Sleuth.Answering;

namespace Sleuth.Tests.Answering;

/// <summary>Whole questions over small invented cases written here: the answer, its sources, and what is refuted.</summary>
public sealed class AskTests
{
    private const string Report = """
        Ring stolen from Adler home

        A diamond ring was stolen from the Adler home on Elm Row on March 3. Noor Adler, 58, told police her nephew Tobias Renn had taken it.

        On March 9 Jonas Brill, the family's gardener, confessed that he stole the ring to pay his gambling debts. Police said Tobias had been cleared.
        """;

    private const string Recap = """
        The ring affair, explained

        Despite Noor Adler telling everyone that Tobias Renn stole the ring, it was actually Jonas Brill who stole it. Tobias was innocent; he had been in Malby all week.

        Jonas stole the ring because he owed money. Brill's sister Anke Brill runs the bakery on Elm Row.
        """;

    private const string Forum = """
        Forum: who really did it?

        Some people think Tobias Renn might have stolen the ring. Others say it could have been the postman.
        """;

    [Fact]
    public void Ask_ReportsAccusationAsRefuted()
    {
        using var c = CaseFixture.Of(Report, Recap, Forum);
        var result = c.Ask("Who stole the ring?");
        Assert.Equal(Verdict.Answered, result.Verdict);
        var answer = Assert.Single(result.Answers);
        Assert.Equal("Jonas Brill", answer.Text);
        Assert.Equal(2, answer.SupportingSources);
        var tobias = Assert.Single(result.Rejected, r => r.Text == "Tobias Renn");
        Assert.Equal(CandidateStatus.Refuted, tobias.Status);
        Assert.Contains("Noor Adler", tobias.ClaimedBy);
        Assert.Contains(tobias.Evidence, e => e.Stance == Stance.Reported && e.Holder == "Noor Adler");
        AnswerAssert.QuotesMatchDocuments(c.Service, result);
    }

    [Fact]
    public void Ask_CountsNearDuplicatesAsOneSource()
    {
        var copy = Report.Replace("Ring stolen from Adler home", "Adler ring theft: gardener confesses");
        using var c = CaseFixture.Of(Report, copy, Recap);
        var result = c.Ask("Who stole the ring?");
        Assert.Equal(2, result.TotalSources);
        Assert.Equal(2, result.Answers.Single().SupportingSources);
    }

    [Fact]
    public void Ask_SaysNotInTheSourcesWhenOnlySpeculated()
    {
        using var c = CaseFixture.Of(Forum, "Postal news\n\nThe postman delivered letters on Elm Row on March 3.");
        var result = c.Ask("Who stole the ring?");
        Assert.Equal(Verdict.NotInSources, result.Verdict);
        Assert.Empty(result.Answers);
        Assert.Contains(result.Rejected, r => r.Text == "Tobias Renn" && r.Status == CandidateStatus.Unsupported);
    }

    [Fact]
    public void Ask_AnswersWhoWasAccusedByWhom()
    {
        using var c = CaseFixture.Of(Report, Recap);
        var result = c.Ask("Who did Noor Adler accuse of stealing the ring?");
        Assert.Equal("Tobias Renn", result.Answers.Single().Text);
    }

    [Fact]
    public void Ask_AnswersRelationsDatesReasonsAndYesNo()
    {
        using var c = CaseFixture.Of(Report, Recap);
        Assert.Equal("Anke Brill", c.Ask("Who is Jonas Brill's sister?").Answers.Single().Text);
        Assert.Contains("March 3", c.Ask("When was the ring stolen?").Answers.Single().Text);
        var why = c.Ask("Why did Jonas Brill steal the ring?");
        Assert.Equal(Verdict.Answered, why.Verdict);
        Assert.Matches("debt|money|owed", why.Answers.Single().Text);
        Assert.Equal("No", c.Ask("Did Tobias Renn steal the ring?").Answers.Single().Text);
    }

    [Fact]
    public void Ask_GivesBothMakersOfAJointWork()
    {
        using var c = CaseFixture.Of("Book news\n\nThe novel Salt Hours, by Ilse Varga and Pieter Vos, came out in May. Critics loved it.");
        var result = c.Ask("Who wrote the novel Salt Hours?");
        Assert.Equal(["Ilse Varga", "Pieter Vos"], result.Answers.Select(a => a.Text).Order().ToArray());
    }

    [Fact]
    public void Ask_ExplainsItsStagesWhenAsked()
    {
        using var c = CaseFixture.Of(Report, Recap);
        var result = c.Service.Ask("Who stole the ring?", new AskOptions { Explain = true });
        Assert.Contains(result.Trace, line => line.StartsWith("question:", StringComparison.Ordinal));
        Assert.Contains(result.Trace, line => line.StartsWith("finding:", StringComparison.Ordinal));
    }
}
