namespace Sleuth.Answering;

/// <summary>One line of a question set: accepted forms per expected answer, and names that must be shown refuted.</summary>
public sealed record EvalQuestion
{
    public required string Question { get; init; }
    /// <summary>Each expected answer is a list of accepted forms; an empty list means the sources do not answer.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Answers { get; init; } = [];
    public IReadOnlyList<string> Refuted { get; init; } = [];
}

/// <summary>The result of one evaluated question.</summary>
public sealed record EvalOutcome
{
    public required string Question { get; init; }
    public required bool Passed { get; init; }
    public required IReadOnlyList<string> Given { get; init; }
    public required Verdict Verdict { get; init; }
    public required string Reason { get; init; }
    public required AskResult Result { get; init; }
}

/// <summary>Totals and outcomes of a question set.</summary>
public sealed record EvalReport(int Total, int Passed, IReadOnlyList<EvalOutcome> Questions);
