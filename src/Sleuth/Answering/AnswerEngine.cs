using Sleuth.Analysis.Reading;
using Sleuth.Answering.Candidates;
using Sleuth.Answering.Questions;
using Sleuth.Answering.Retrieval;
using Sleuth.Answering.Verdicts;
using Sleuth.Lexicon;
using Sleuth.Storage;

namespace Sleuth.Answering;

/// <summary>
/// Answers a question from a case: question analysis → retrieval → reading (names, aliases, pronouns) →
/// candidate stage for the question's kind → merging per independent source → verdict. Built once per store
/// and reused; readings of the same documents are cached until the store changes.
/// </summary>
public sealed class AnswerEngine
{
    private readonly ICaseStore _store;
    private readonly QuestionAnalyzer _questions;
    private readonly PassageRetriever _retriever;
    private readonly CaseReader _reader;
    private readonly VerdictBuilder _verdicts = new();
    private readonly object _cacheLock = new();
    private (string Key, CaseReading Reading)? _lastReading;

    public AnswerEngine(ICaseStore store, ILexicon lexicon)
    {
        _store = store;
        _questions = new QuestionAnalyzer(lexicon);
        _retriever = new PassageRetriever(store, lexicon);
        _reader = new CaseReader(lexicon);
    }

    public QuestionFrame Analyze(string question) => _questions.Analyze(question);

    /// <summary>The reading of the documents a question needs (the whole case when it is small).</summary>
    public (CaseReading Reading, PassageRetriever.Selection Selection) Read(QuestionFrame frame)
    {
        var selection = _retriever.Select(frame);
        var key = _store.CountDocuments() + ":" + string.Join(',', selection.DocumentIds.OrderBy(i => i));
        lock (_cacheLock)
        {
            if (_lastReading is { } cached && cached.Key == key) return (cached.Reading, selection);
        }
        var docs = selection.DocumentIds
            .Select(id => _store.GetDocument(id))
            .Where(d => d != null)
            .Select(d => (d!, _store.GetSentences(d!.Id)))
            .ToList();
        var reading = _reader.Read(docs);
        lock (_cacheLock) _lastReading = (key, reading);
        return (reading, selection);
    }

    public AskResult Ask(string question, bool explain = false)
    {
        var frame = _questions.Analyze(question);
        var (reading, selection) = Read(frame);
        var context = new CandidateContext { Question = frame, Reading = reading };
        var findings = StageFor(frame).Find(context).ToList();
        // When no clause states an answer outright, sentences that share most of the question's words may.
        bool weak = !findings.Any(f => f.Stance == Stance.Asserted && f.Supports && f.Match >= 0.5);
        if (weak && frame.Type == AnswerType.Person && frame.Role is AskedRole.Agent or AskedRole.Patient && frame.Holder == null)
            findings.AddRange(new OverlapCandidates().Find(context));
        int totalSources = _store.CountSources();
        var outcome = _verdicts.Build(frame, findings, totalSources);
        var trace = new List<string>();
        if (explain)
        {
            trace.Add($"question: type {frame.Type}, asks the {frame.Public.AskedRole}; predicate {frame.Forms?.Lemma ?? "-"} (forms: {string.Join(", ", frame.Forms?.Verbs.Keys ?? [])}; doer nouns: {string.Join(", ", frame.Forms?.AgentNouns.Keys ?? [])}); subject {frame.Subject ?? "-"}; object {frame.Object ?? frame.ObjectHead ?? "-"}; holder {frame.Holder ?? "-"}; relation {frame.RelationNoun ?? "-"} of {frame.RelationAnchor ?? "-"}");
            trace.Add($"retrieval: read {selection.DocumentIds.Count} document(s)" + (selection.Query != null ? $" chosen from {selection.Hits} sentence hits" : " (the whole case)"));
            foreach (var e in reading.Entities.Entities.Where(e => e.Kind == Sleuth.Case.EntityKind.Person).OrderByDescending(e => e.Aliases.Count).Take(15))
                trace.Add($"entity: {e}");
            foreach (var f in findings)
                trace.Add($"finding: {f.Display} | {f.Stance}{(f.Holder != null ? " by " + f.Holder : "")} | match {f.Match:0.00} | doc {f.Document.Document.Id} sentence {f.Sentence.Index}{(f.Note != null ? " | " + f.Note : "")} | \"{Shorten(f.Document.Document.Text[f.Sentence.Start..f.Sentence.End])}\"");
            trace.AddRange(outcome.Trace);
        }
        return new AskResult
        {
            Question = question, Analysis = frame.Public, Verdict = outcome.Verdict, Confidence = outcome.Confidence,
            ConfidenceExplanation = outcome.ConfidenceExplanation, Answers = outcome.Answers, Rejected = outcome.Rejected,
            SupportingSources = outcome.SupportingSources, TotalSources = totalSources, SpoilerWarning = outcome.SpoilerWarning, Trace = trace,
        };
    }

    /// <summary>The candidate stage that reads the kind of question the frame asks.</summary>
    public static ICandidateStage StageFor(QuestionFrame frame) => frame.Role switch
    {
        AskedRole.Agent or AskedRole.Patient => new DoerCandidates(),
        AskedRole.Relation => new RelationCandidates(),
        AskedRole.Place => new PlaceCandidates(),
        AskedRole.Time => new TimeCandidates(),
        AskedRole.Reason => new ReasonCandidates(),
        AskedRole.YesNo => new YesNoCandidates(),
        _ => new ThingCandidates(),
    };

    private static string Shorten(string text) => text.Length <= 140 ? text : text[..137] + "...";
}
