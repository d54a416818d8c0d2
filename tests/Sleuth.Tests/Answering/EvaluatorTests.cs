using Sleuth.Answering;
using Sleuth.Answering.Evaluation;

namespace Sleuth.Tests.Answering;

public sealed class EvaluatorTests
{
    private static AskResult Result(Verdict verdict, string[] answers, params (string Name, CandidateStatus Status)[] rejected) => new()
    {
        Question = "q", Analysis = new QuestionAnalysis { Text = "q", WhWord = "who", ExpectedType = AnswerType.Person, AskedRole = "agent" },
        Verdict = verdict, Confidence = 0.5, ConfidenceExplanation = "", SupportingSources = 1, TotalSources = 1,
        Answers = answers.Select(a => new CandidateAnswer { Text = a, Status = CandidateStatus.Answer, Confidence = 0.5, SupportingSources = 1, OpposingSources = 0, Why = "" }).ToList(),
        Rejected = rejected.Select(r => new CandidateAnswer { Text = r.Name, Status = r.Status, Confidence = 0, SupportingSources = 0, OpposingSources = 1, Why = "" }).ToList(),
    };

    private static EvalQuestion Q(string[][] answers, params string[] refuted) => new() { Question = "q", Answers = answers, Refuted = refuted };

    [Fact]
    public void Score_AcceptsAnyFormAsWholeWordsIgnoringCase() =>
        Assert.True(Evaluator.Score(Q([["Jonas", "J. Brill"]]), Result(Verdict.Answered, ["jonas brill"])).Passed);

    [Fact]
    public void Score_RejectsAPartialWord() =>
        Assert.False(Evaluator.Score(Q([["Jon"]]), Result(Verdict.Answered, ["Jonas Brill"])).Passed);

    [Fact]
    public void Score_FailsWhenAnotherAnswerIsGiven() =>
        Assert.False(Evaluator.Score(Q([["Jonas"]]), Result(Verdict.Answered, ["Jonas Brill", "Tobias Renn"])).Passed);

    [Fact]
    public void Score_FailsWhenARefutedNameIsNotShownRefuted()
    {
        Assert.False(Evaluator.Score(Q([["Jonas"]], "Tobias"), Result(Verdict.Answered, ["Jonas Brill"], ("Tobias Renn", CandidateStatus.Unsupported))).Passed);
        Assert.True(Evaluator.Score(Q([["Jonas"]], "Tobias"), Result(Verdict.Answered, ["Jonas Brill"], ("Tobias Renn", CandidateStatus.Refuted))).Passed);
    }

    [Fact]
    public void Score_ExpectsNotInTheSourcesForAnEmptyAnswerList()
    {
        Assert.True(Evaluator.Score(Q([]), Result(Verdict.NotInSources, [])).Passed);
        Assert.False(Evaluator.Score(Q([]), Result(Verdict.Answered, ["Jonas Brill"])).Passed);
    }

    [Fact]
    public void Load_NamesTheLineOfMalformedJson()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["{\"question\": \"Who?\", \"answers\": [[\"A\"]]}", "{not json"]);
            var e = Assert.Throws<QuestionSetException>(() => Evaluator.Load(path));
            Assert.Contains(":2:", e.Message);
        }
        finally { File.Delete(path); }
    }
}
