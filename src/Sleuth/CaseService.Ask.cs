using Sleuth.Answering;
using Sleuth.Answering.Evaluation;
using Sleuth.Lexicon;

namespace Sleuth;

/// <summary>Options of a single question.</summary>
public sealed record AskOptions
{
    /// <summary>Fill <see cref="AskResult.Trace"/> with the intermediate results of each stage.</summary>
    public bool Explain { get; init; }
}

public sealed partial class CaseService
{
    private AnswerEngine? _engine;

    /// <summary>The answering engine over this case's store, built on first use.</summary>
    public AnswerEngine Engine => _engine ??= new AnswerEngine(_store, EnglishLexicon.Shared);

    /// <summary>Answers a question from the case's sources.</summary>
    public AskResult Ask(string question, AskOptions? options = null) => Engine.Ask(question, options?.Explain ?? false);

    /// <summary>Runs a question set and scores it.</summary>
    public EvalReport Eval(IReadOnlyList<EvalQuestion> questions) => Evaluator.Run(questions, q => Ask(q));
}
