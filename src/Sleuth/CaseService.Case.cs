using Sleuth.Analysis.Reading;
using Sleuth.Case;
using Sleuth.Lexicon;
using Sleuth.Storage;

namespace Sleuth;

public sealed partial class CaseService
{
    private readonly object _caseLock = new();
    private (string Key, CaseNames Names)? _caseNames;

    /// <summary>People, organisations and places with aliases merged.</summary>
    public PeopleReport People()
    {
        var names = CaseNames();
        return PeopleBuilder.Build(names) with { DocumentsRead = names.Reading.Documents.Count, DocumentsInCase = _store.CountDocuments() };
    }

    /// <summary>Relations, optionally only those touching one name.</summary>
    public IReadOnlyList<CaseRelation> Relations(string? name = null)
    {
        return RelationBuilder.Build(CaseNames(name == null ? null : NameQuery(name)), name);
    }

    /// <summary>Everyone the sources connect to the event in the question, with status and evidence.</summary>
    public BoardReport Board(string question) => new BoardBuilder(Engine, EnglishLexicon.Shared).Build(question);

    /// <summary>The who-says-what matrix for the question.</summary>
    public ClaimsMatrix Claims(string question) => new ClaimsBuilder(Engine).Build(question);

    /// <summary>Events in the order the sources allow.</summary>
    public IReadOnlyList<TimelineEvent> Timeline() => new TimelineBuilder(EnglishLexicon.Shared).Build(CaseNames());

    /// <summary>
    /// The reading the case views work from: the whole case when it is small enough to read at once (as answering
    /// does), else the documents that best match the query, or, without one, the first documents of the store:
    /// reading every document of a large store at once would take minutes and the memory of all its mentions.
    /// </summary>
    private CaseNames CaseNames(LemmaQuery? query = null)
    {
        var all = _store.ListDocuments();
        IReadOnlyList<long> ids;
        if (all.Count <= Answering.Retrieval.PassageRetriever.ReadWholeCaseUpTo) ids = all.Select(d => d.Id).ToList();
        else if (query != null)
            ids = _store.Search(query, 400).GroupBy(h => h.Sentence.DocumentId)
                .OrderByDescending(g => g.Count()).Take(Answering.Retrieval.PassageRetriever.ReadWholeCaseUpTo).Select(g => g.Key).ToList();
        else ids = all.OrderBy(d => d.Id).Take(Answering.Retrieval.PassageRetriever.ReadWholeCaseUpTo).Select(d => d.Id).ToList();
        var key = all.Count + ":" + string.Join(',', ids);
        lock (_caseLock)
            if (_caseNames is { } cached && cached.Key == key) return cached.Names;
        var docs = ids.Select(id => _store.GetDocument(id)).Where(d => d != null).Select(d => (d!, _store.GetSentences(d!.Id))).ToList();
        var names = Case.CaseNames.Build(new CaseReader(EnglishLexicon.Shared).Read(docs), EnglishLexicon.Shared);
        lock (_caseLock) _caseNames = (key, names);
        return names;
    }

    private static LemmaQuery NameQuery(string name) =>
        new(name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => (IReadOnlyList<string>)[w]).ToList());
}
