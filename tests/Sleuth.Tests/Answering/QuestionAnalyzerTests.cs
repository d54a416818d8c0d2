using Sleuth.Answering;
using Sleuth.Answering.Questions;
using Sleuth.Lexicon;

namespace Sleuth.Tests.Answering;

public sealed class QuestionAnalyzerTests
{
    private static readonly QuestionAnalyzer s_analyzer = new(EnglishLexicon.Shared);

    [Theory]
    [InlineData("Who stole the painting?", AnswerType.Person, AskedRole.Agent)]
    [InlineData("Who did Noor Adler blame?", AnswerType.Person, AskedRole.Patient)]
    [InlineData("Who was the painting stolen by?", AnswerType.Person, AskedRole.Agent)]
    [InlineData("Who is Jonas Brill's sister?", AnswerType.Person, AskedRole.Relation)]
    [InlineData("Where is the Varga Gallery?", AnswerType.Place, AskedRole.Place)]
    [InlineData("When was the painting returned?", AnswerType.Date, AskedRole.Time)]
    [InlineData("Why did Jonas steal the painting?", AnswerType.Reason, AskedRole.Reason)]
    [InlineData("Did Jonas steal the painting?", AnswerType.YesNo, AskedRole.YesNo)]
    [InlineData("How many guards were questioned?", AnswerType.Number, AskedRole.Number)]
    public void Analyze_FindsTypeAndAskedRole(string question, AnswerType type, AskedRole role)
    {
        var frame = s_analyzer.Analyze(question);
        Assert.Equal(type, frame.Type);
        Assert.Equal(role, frame.Role);
    }

    [Fact]
    public void Analyze_FindsPredicateAndObject()
    {
        var frame = s_analyzer.Analyze("Who pushed Noor Adler?");
        Assert.Equal("push", frame.Forms?.Lemma);
        Assert.Equal("Noor Adler", frame.Object);
        Assert.Contains("shove", frame.Forms!.Verbs.Keys);
    }

    [Fact]
    public void Analyze_ReadsAnAccusationFrame()
    {
        var frame = s_analyzer.Analyze("Who did Noor accuse of stealing the ring?");
        Assert.Equal("Noor", frame.Holder);
        Assert.Equal("steal", frame.Forms?.Lemma);
        Assert.Equal(AskedRole.Agent, frame.Role);
    }

    [Fact]
    public void Analyze_ReadsARelation()
    {
        var frame = s_analyzer.Analyze("Who is Noor Adler's boyfriend?");
        Assert.Equal("boyfriend", frame.RelationNoun);
        Assert.Equal("Noor Adler", frame.RelationAnchor);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!")]
    [InlineData("Bananas the ring quickly.")]
    public void Analyze_RejectsMalformedQuestionsWithAReason(string question)
    {
        var e = Assert.Throws<MalformedQuestionException>(() => s_analyzer.Analyze(question));
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }

    [Fact]
    public void Analyze_RejectsAnOverlongQuestion() =>
        Assert.Throws<MalformedQuestionException>(() => s_analyzer.Analyze("Who " + new string('x', QuestionAnalyzer.MaxQuestionLength) + "?"));
}
