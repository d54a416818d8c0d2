using Sleuth.Answering;
using Sleuth.Case;

namespace Sleuth.Tests.Case;

public sealed class BoardBuilderTests
{
    private static SmallCase Story() => new(
        ("gazette.txt",
            "Someone poisoned Edgar Wilde at the gala. Police say Felix Thorn poisoned Edgar Wilde out of jealousy. " +
            "Nora Bell accused Simon Pratt of poisoning Edgar Wilde. Simon Pratt was taken into custody and released for lack of evidence. " +
            "After the gala, Lorna Kade became a suspect. Lorna Kade had an alibi that was confirmed by the waiters."),
        ("courier.txt",
            "Felix Thorn poisoned Edgar Wilde with the wine. Simon Pratt is innocent. Felix Thorn was jealous of Edgar Wilde."),
        ("blog.md", "# Who did it\n\nFelix Thorn poisoned Edgar Wilde, the court heard. Nora Bell claimed that Simon Pratt poisoned Edgar Wilde, but he was framed."));

    [Fact]
    public void Board_CulpritIsAsksAnswerAndOthersHaveTheirStatus()
    {
        using var c = Story();
        var board = c.Service.Board("Who poisoned Edgar Wilde?");
        var ask = c.Service.Ask("Who poisoned Edgar Wilde?");
        var culprits = board.Entries.Where(e => e.Status == BoardStatus.Culprit).Select(e => e.Person).ToList();
        Assert.Equal(ask.Answers.Select(a => a.Text).OrderBy(x => x), culprits.OrderBy(x => x));
        Assert.Equal(["Felix Thorn"], culprits);
        var simon = Assert.Single(board.Entries, e => e.Person == "Simon Pratt");
        Assert.Equal(BoardStatus.AccusedRefuted, simon.Status);
        Assert.Contains("Nora Bell", simon.AccusedBy);
        Assert.NotNull(simon.ClearedBecause);
        Assert.NotEmpty(simon.Against);
        var lorna = Assert.Single(board.Entries, e => e.Person == "Lorna Kade");
        Assert.Equal(BoardStatus.SuspectedCleared, lorna.Status);
        Assert.Contains("alibi", lorna.ClearedBecause);
        Assert.DoesNotContain(board.Entries, e => e.Person == "Edgar Wilde");
        CaseAssert.QuotesMatch(c.Service, CaseAssert.AllEvidence(board));
    }

    [Fact]
    public void Claims_OneRowPerCandidateOneColumnPerSource()
    {
        using var c = Story();
        var m = c.Service.Claims("Who poisoned Edgar Wilde?");
        Assert.Equal(3, m.Sources.Count);
        var felix = Assert.Single(m.Rows, r => r.Candidate == "Felix Thorn");
        Assert.Equal("Felix Thorn poisoned Edgar Wilde", felix.Proposition);
        Assert.Equal(3, felix.Cells.Count);
        Assert.Contains(felix.Cells, cell => cell.Stance == Stance.Asserted);
        var simon = Assert.Single(m.Rows, r => r.Candidate == "Simon Pratt");
        // A source that reports the accusation and also clears him shows its own word (denies), the report beneath it.
        Assert.Contains(simon.Cells.SelectMany(cell => cell.Others.Append(cell.Evidence)), e => e?.Stance == Stance.Reported && e.Holder == "Nora Bell");
        Assert.Contains(simon.Cells, cell => cell.Stance == Stance.Denied);
        CaseAssert.QuotesMatch(c.Service, CaseAssert.AllEvidence(m));
    }
}
