using Sleuth.Answering.Questions;
using Sleuth.Storage;

namespace Sleuth.Answering.Retrieval;

/// <summary>
/// Chooses the documents to read for a question. A small case is read whole, so that names cluster over every
/// source; a large store is searched with FTS5 over lemmas — the predicate with its synonyms and derivations,
/// the names, the relation and focus words — and the documents holding the best passages are read.
/// </summary>
public sealed class PassageRetriever
{
    /// <summary>Cases up to this many documents are read whole.</summary>
    public const int ReadWholeCaseUpTo = 300;
    private const int SentenceHits = 400;
    private const int DocumentsToRead = 40;
    private readonly ICaseStore _store;
    private readonly Sleuth.Lexicon.ILexicon _lexicon;

    public PassageRetriever(ICaseStore store, Sleuth.Lexicon.ILexicon lexicon)
    {
        _store = store;
        _lexicon = lexicon;
    }

    public sealed record Selection(IReadOnlyList<long> DocumentIds, int Hits, LemmaQuery? Query);

    public Selection Select(QuestionFrame question)
    {
        if (_store.CountDocuments() <= ReadWholeCaseUpTo) return new Selection(_store.ListDocuments().Select(d => d.Id).ToList(), 0, null);
        // Names that are no ordinary words ("Cassie", "Netflix") are rare in any store: searching them first is fast
        // and finds the story's documents; the full query is the fallback when they match nothing.
        var rare = question.Names.SelectMany(n => n.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 2 && !IsOrdinaryWord(w)).Distinct().Select(w => (IReadOnlyList<string>)[w]).ToList();
        var query = rare.Count > 0 ? new LemmaQuery(rare) : Query(question);
        var hits = _store.Search(query, SentenceHits);
        if (hits.Count == 0 && rare.Count > 0)
        {
            query = Query(question);
            hits = _store.Search(query, SentenceHits);
        }
        // Rank documents by their passages: the best sentence counts most, further ones a little.
        var ranked = hits.GroupBy(h => h.Sentence.DocumentId)
            .Select(g => (Id: g.Key, Score: g.Select(h => -h.Rank).OrderByDescending(r => r).Select((r, i) => r / (1 + i)).Sum()))
            .OrderByDescending(d => d.Score).Take(DocumentsToRead).Select(d => d.Id).ToList();
        return new Selection(ranked, hits.Count, query);
    }

    private bool IsOrdinaryWord(string w) =>
        Sleuth.Lexicon.LexiconExtensions.IsKnownWord(_lexicon, w)
        || Sleuth.Analysis.Cues.CueLexicon.Shared.Is("preposition", w) || Sleuth.Analysis.Cues.CueLexicon.Shared.Is("determiner", w);

    /// <summary>One OR-group per question concept; bm25 ranks sentences holding more groups higher.</summary>
    public static LemmaQuery Query(QuestionFrame q)
    {
        var groups = new List<IReadOnlyList<string>>();
        if (q.Forms != null)
        {
            // A light verb of a paraphrase ("be" in "be killed") would match every sentence: its required word stands in.
            var cues = Sleuth.Analysis.Cues.CueLexicon.Shared;
            var verbs = q.Forms.Verbs.Keys.SelectMany(v => q.Forms.Requirements.TryGetValue(v, out var needed) && needed.Count > 0 && cues.Is("light.verb", v) ? needed : [v])
                .Where(v => !cues.Is("light.verb", v));
            groups.Add(verbs.Concat(q.Forms.AgentNouns.Keys).Concat(q.Forms.MadeThings).Concat(q.Forms.ActNouns).Distinct().ToList());
        }
        foreach (var name in q.Names)
            foreach (var word in name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
                groups.Add([word]);
        if (q.RelationNoun != null) groups.Add([q.RelationNoun]);
        if (q.CountedNoun != null) groups.Add([q.CountedNoun]);
        foreach (var w in q.FocusWords) groups.Add([w]);
        var covered = groups.SelectMany(g => g).ToHashSet();
        foreach (var w in q.ContentLemmas)
            if (!covered.Contains(w)) groups.Add([w]);
        if (q.Role == AskedRole.Reason) groups.Add(["because", "jealous", "jealousy", "revenge", "motive", "reason", "angry", "money"]);
        return new LemmaQuery(groups.Where(g => g.Count > 0).ToList());
    }
}
