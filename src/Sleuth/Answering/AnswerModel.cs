namespace Sleuth.Answering;

/// <summary>The kind of thing a question asks for.</summary>
public enum AnswerType { Person, Organisation, Place, Date, Number, Reason, YesNo, Thing }

/// <summary>How a source stands toward a proposition it mentions.</summary>
public enum Stance
{
    /// <summary>The source states it as fact.</summary>
    Asserted,
    /// <summary>The source reports that someone (the holder) claims, accuses, believes or says it.</summary>
    Reported,
    /// <summary>The source denies it (not, never, innocent, framed, cleared, or the losing side of a contrast).</summary>
    Denied,
    /// <summary>The source only speculates (might, perhaps, seems, a theory).</summary>
    Speculated,
    /// <summary>The source only asks it (a question or question heading).</summary>
    Asked,
}

/// <summary>The overall outcome of a question.</summary>
public enum Verdict { Answered, Disputed, NotInSources }

/// <summary>Where a candidate answer ends up.</summary>
public enum CandidateStatus { Answer, Refuted, Disputed, Unsupported }

/// <summary>What the question analysis found: type, focus predicate and arguments, voice and rewrites.</summary>
public sealed record QuestionAnalysis
{
    public required string Text { get; init; }
    public required string WhWord { get; init; }
    public required AnswerType ExpectedType { get; init; }
    /// <summary>Lemma of the focus predicate ("push"), or null when the question has none (a "Who is X's sister?" relation).</summary>
    public string? Predicate { get; init; }
    /// <summary>The named arguments of the predicate other than the asked one ("Mara Vance").</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];
    /// <summary>Which role the asked-for answer fills: "agent", "patient", "attribute", "time", "place", "reason", "proposition".</summary>
    public required string AskedRole { get; init; }
    public bool Passive { get; init; }
    public IReadOnlyList<string> Rewrites { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
}

/// <summary>One quoted piece of evidence: exact offsets into a stored document, with stance and holder.</summary>
public sealed record Evidence
{
    public required long DocumentId { get; init; }
    public required string DocumentTitle { get; init; }
    public required string SourcePath { get; init; }
    /// <summary>The independent source the document belongs to (its duplicate group).</summary>
    public required long SourceGroup { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    /// <summary>Exactly the document text between Start and End.</summary>
    public required string Quote { get; init; }
    public required Stance Stance { get; init; }
    /// <summary>Who claims, believes or denies it when the source only reports it; null when the source itself asserts.</summary>
    public string? Holder { get; init; }
    /// <summary>True when the evidence supports the candidate, false when it speaks against it.</summary>
    public required bool Supports { get; init; }
    public string? Note { get; init; }
}

/// <summary>A candidate answer with its aliases, status, confidence and the evidence per source.</summary>
public sealed record CandidateAnswer
{
    public required string Text { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required CandidateStatus Status { get; init; }
    public required double Confidence { get; init; }
    public required int SupportingSources { get; init; }
    public required int OpposingSources { get; init; }
    /// <summary>Who, inside the sources, claimed this candidate ("Mara Vance") when it rests on reported claims.</summary>
    public IReadOnlyList<string> ClaimedBy { get; init; } = [];
    /// <summary>A one-line account of the status: "asserted by 5 sources", "accused by Mara Vance; refuted by 4 sources".</summary>
    public required string Why { get; init; }
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}

/// <summary>The full answer to a question: verdict, answers, rejected candidates and the trace of the stages.</summary>
public sealed record AskResult
{
    public required string Question { get; init; }
    public required QuestionAnalysis Analysis { get; init; }
    public required Verdict Verdict { get; init; }
    public required double Confidence { get; init; }
    /// <summary>Why the confidence is what it is, in words a reader can check.</summary>
    public required string ConfidenceExplanation { get; init; }
    public IReadOnlyList<CandidateAnswer> Answers { get; init; } = [];
    public IReadOnlyList<CandidateAnswer> Rejected { get; init; } = [];
    /// <summary>Independent sources (duplicate groups) that support the answer.</summary>
    public required int SupportingSources { get; init; }
    /// <summary>Independent sources in the case.</summary>
    public required int TotalSources { get; init; }
    /// <summary>True when a source supporting the answer carries a spoiler warning.</summary>
    public bool SpoilerWarning { get; init; }
    /// <summary>Intermediate results of each stage, filled when an explanation was asked for.</summary>
    public IReadOnlyList<string> Trace { get; init; } = [];
}
