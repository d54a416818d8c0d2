using Sleuth.Analysis.Reading;

namespace Sleuth.Answering.Candidates;

/// <summary>
/// One piece of evidence about one candidate from one sentence: what the candidate is (Key merges aliases
/// and spellings), how the source stands toward it, who holds it, and how well it matches the question.
/// </summary>
public sealed record Finding
{
    public required string Key { get; init; }
    public required string Display { get; init; }
    public required ReadDocument Document { get; init; }
    public required ReadSentence Sentence { get; init; }
    public required Stance Stance { get; init; }
    /// <summary>Whether the finding speaks for the candidate (false: it clears or denies it).</summary>
    public bool Supports { get; init; } = true;
    public string? Holder { get; init; }
    public string? HolderKey { get; init; }
    /// <summary>0..1: how closely predicate and arguments match the question.</summary>
    public required double Match { get; init; }
    public string? Note { get; init; }
    /// <summary>Findings from one clause (co-authors, "X and Y did it") do not contradict each other.</summary>
    public string? ClauseId { get; init; }
    /// <summary>Whether asserting this candidate rules out the others (one doer of one act).</summary>
    public bool Exclusive { get; init; } = true;
    /// <summary>Other names the candidate goes by.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
