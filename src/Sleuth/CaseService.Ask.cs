using Sleuth.Answering;

namespace Sleuth;

/// <summary>Options of a single question.</summary>
public sealed record AskOptions
{
    /// <summary>Fill <see cref="AskResult.Trace"/> with the intermediate results of each stage.</summary>
    public bool Explain { get; init; }
}

public sealed partial class CaseService
{
    /// <summary>Answers a question from the case's sources.</summary>
    public AskResult Ask(string question, AskOptions? options = null) => throw new NotImplementedException();

    /// <summary>Runs a question set and scores it.</summary>
    public EvalReport Eval(IReadOnlyList<EvalQuestion> questions) => throw new NotImplementedException();
}
