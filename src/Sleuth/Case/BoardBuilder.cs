using Sleuth.Analysis.Reading;
using Sleuth.Answering;
using Sleuth.Answering.Candidates;
using Sleuth.Answering.Questions;
using Sleuth.Lexicon;

namespace Sleuth.Case;

/// <summary>
/// The board of an event: the verdict of <see cref="AnswerEngine.Ask"/> for the same question (so the culprit is
/// always ask's answer), every candidate ask weighed with its status, and the further people the sources raise
/// as suspects or clear near the event, each with accusers, the words that cleared them, a motive when a source
/// gives one, and evidence for and against from each source.
/// </summary>
public sealed class BoardBuilder
{
    private readonly AnswerEngine _engine;
    private readonly ILexicon _lexicon;

    public BoardBuilder(AnswerEngine engine, ILexicon lexicon)
    {
        _engine = engine;
        _lexicon = lexicon;
    }

    private sealed class Row
    {
        public required Entity Entity { get; init; }
        public CandidateAnswer? Candidate { get; set; }
        public List<SuspicionSignal> Signals { get; } = [];
        public List<(ReadDocument Doc, ReadSentence Sentence)> Named { get; } = [];
    }

    public BoardReport Build(string question)
    {
        var verdict = _engine.Ask(question);
        var frame = _engine.Analyze(question);
        var (reading, _) = _engine.Read(frame);
        var context = new CandidateContext { Question = frame, Reading = reading };
        var names = CaseNames.Build(reading, _lexicon);
        var excluded = frame.Names.Select(n => context.EntityOf(n)?.Id).Where(id => id != null).Select(id => names.Group(id!)).ToHashSet();
        var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
        Row? RowFor(string? id)
        {
            if (id == null) return null;
            var e = reading.Entities.Get(names.Group(id));
            if (e == null || excluded.Contains(e.Id) || !names.IsPerson(e.Id)) return null;
            if (!rows.TryGetValue(e.Id, out var row)) rows[e.Id] = row = new Row { Entity = e };
            return row;
        }

        foreach (var c in verdict.Answers.Concat(verdict.Rejected))
        {
            var e = context.EntityOf(c.Text);
            if (e == null) continue;
            var row = RowFor(e.Id);
            if (row != null) row.Candidate = c;
        }

        // The documents about the event: those with a clause of the asked predicate or naming the question's people.
        var forms = frame.Forms;
        var nouns = new HashSet<string>(forms?.AgentNouns.Keys ?? [], StringComparer.Ordinal);
        foreach (var doc in reading.Documents)
        {
            var clauses = forms != null ? EventFinder.Find(doc, forms) : [];
            bool about = clauses.Count > 0 || doc.Mentions.Any(m => m.EntityId != null && excluded.Contains(names.Group(m.EntityId)));
            if (!about) continue;
            foreach (var signal in SuspectFinder.Find(doc, names, nouns)) RowFor(signal.EntityId)?.Signals.Add(signal);
            foreach (var c in clauses)
            {
                if (c.Stance == Stance.Asked) continue;
                foreach (var m in c.Sentence.Mentions.Where(m => m.Kind == MentionKind.Name && !m.Parenthetical && !names.IsCast(m)))
                    RowFor(m.EntityId)?.Named.Add((doc, c.Sentence));
            }
        }

        var culprits = rows.Values.Where(r => r.Candidate?.Status == CandidateStatus.Answer)
            .SelectMany(r => names.Members(r.Entity.Id).Append(r.Entity.Id)).ToHashSet(StringComparer.Ordinal);
        var entries = rows.Values.Select(r => Entry(r, names, frame, context, culprits)).Where(e => e != null).Select(e => e!)
            .OrderBy(e => e.Status).ThenByDescending(e => e.For.Count + e.Against.Count).ThenBy(e => e.Person, StringComparer.Ordinal).ToList();
        return new BoardReport(question, verdict, entries);
    }

    private static BoardEntry? Entry(Row r, CaseNames names, QuestionFrame frame, CandidateContext context, IReadOnlySet<string> culprits)
    {
        var c = r.Candidate;
        var suspected = r.Signals.Where(s => s.Kind is SuspicionKind.Suspected or SuspicionKind.Accused).ToList();
        var cleared = r.Signals.Where(s => s.Kind == SuspicionKind.Cleared).ToList();
        var accusers = new List<string>();
        // Accusers are people of the case ("Her post", "everyone" are no one to name).
        if (c != null) accusers.AddRange(c.ClaimedBy.Where(h => !IsCrowd(h)).Select(h => names.Reading.Entities.Find(h)).Where(e => e != null && names.IsPerson(e.Id)).Select(e => names.Display(e!.Id)));
        foreach (var s in r.Signals.Where(s => s.Kind == SuspicionKind.Accused && s.HolderId != null))
            accusers.Add(names.Display(s.HolderId!));
        // The culprit's "accusers" are the sources' own informants, not people who accused the wrong person.
        var self = names.Display(r.Entity.Id);
        accusers = c?.Status == CandidateStatus.Answer ? [] : accusers.Where(a => a != self).Distinct(StringComparer.Ordinal).ToList();

        BoardStatus status;
        if (c?.Status == CandidateStatus.Answer) status = BoardStatus.Culprit;
        else if (c?.Status == CandidateStatus.Disputed) status = BoardStatus.Disputed;
        else if (c?.Status == CandidateStatus.Refuted || cleared.Count > 0)
            status = accusers.Count > 0 ? BoardStatus.AccusedRefuted : BoardStatus.SuspectedCleared;
        else if (c != null || suspected.Count > 0) status = BoardStatus.Suspected;
        else if (r.Named.Count > 0) status = BoardStatus.NamedOnly;
        else return null;

        var forList = new List<Evidence>();
        var against = new List<Evidence>();
        void Add(List<Evidence> list, Evidence e)
        {
            if (!forList.Concat(against).Any(x => x.DocumentId == e.DocumentId && x.Start == e.Start && x.Supports == e.Supports)) list.Add(e);
        }
        if (c != null)
            foreach (var e in c.Evidence) Add(e.Supports ? forList : against, e);
        foreach (var s in suspected)
            Add(forList, CaseEvidence.Of(s.Document, s.Sentence, s.Kind == SuspicionKind.Accused ? Stance.Reported : s.Stance,
                s.HolderId != null ? names.Display(s.HolderId) : null, true, (s.Kind == SuspicionKind.Accused ? "accused: " : "suspected: ") + s.Words));
        foreach (var s in cleared)
            Add(against, CaseEvidence.Of(s.Document, s.Sentence, Stance.Denied, null, false, "cleared: " + s.Words));
        if (status == BoardStatus.NamedOnly)
            foreach (var (doc, sentence) in r.Named.Take(3)) Add(forList, CaseEvidence.Of(doc, sentence, Stance.Asserted, null, true, "named near the event"));

        string? clearedBecause = status is BoardStatus.SuspectedCleared or BoardStatus.AccusedRefuted
            ? cleared.OrderByDescending(s => s.Stance == Stance.Asserted).Select(s => s.Words).FirstOrDefault()
              ?? c?.Evidence.Where(e => !e.Supports && e.Note != null).Select(e => e.Note).FirstOrDefault()
            : null;
        return new BoardEntry
        {
            Person = names.Display(r.Entity.Id),
            Aliases = names.Members(r.Entity.Id).Append(r.Entity.Id).SelectMany(id => names.Reading.Entities.Get(id)?.Aliases ?? [])
                .Where(a => a != names.Display(r.Entity.Id)).Distinct().OrderBy(a => a, StringComparer.Ordinal).ToList(),
            Status = status, AccusedBy = accusers, ClearedBecause = clearedBecause, Motive = Motive(r.Entity, frame, context, status == BoardStatus.Culprit, culprits),
            For = forList.OrderBy(e => e.DocumentId).ThenBy(e => e.Start).ToList(),
            Against = against.OrderBy(e => e.DocumentId).ThenBy(e => e.Start).ToList(),
        };
    }

    /// <summary>"everyone", "people": a crowd that believes something is no accuser.</summary>
    private static bool IsCrowd(string holder) => holder.Length > 0 && char.IsLower(holder[0]);

    /// <summary>The motive the sources give for this person, read as "Why did X do it?" by the reason stage.</summary>
    private static string? Motive(Entity person, QuestionFrame frame, CandidateContext context, bool culprit, IReadOnlySet<string> culprits)
    {
        if (frame.Forms == null) return null;
        var why = frame with { Role = AskedRole.Reason, Type = AnswerType.Reason, Subject = person.Id, Holder = null };
        var reasonContext = new CandidateContext { Question = why, Reading = context.Reading };
        // A named kind of motive (jealousy, revenge, money) first; a bare "because" clause only for the culprit.
        var findings = new ReasonCandidates().Find(reasonContext).Where(f => f.Stance is Stance.Asserted or Stance.Reported).ToList();
        // The kind of motive most sources name wins (as ask merges "jealous" and "jealousy"); one sentence of it is shown.
        var sources = findings.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Select(f => f.Document.Document.DuplicateGroup).Distinct().Count());
        var best = findings
            .Where(f => culprit || f.Note != "motive: other" || f.Display.Contains("motive", StringComparison.OrdinalIgnoreCase))
            // A sentence about the culprit's motive that also names a suspect is not the suspect's motive.
            .Where(f => culprit || !f.Sentence.Mentions.Any(m => m.EntityId != null && culprits.Contains(m.EntityId)))
            // Quoted speech ("you did it out of revenge") speaks of someone the words do not name.
            .Where(f => culprit || !f.Sentence.Tokens.Any(t => t.Text is "\"" or "“" or "”"))
            .OrderByDescending(f => culprit ? sources[f.Key] : 0)
            // A suspect's motive is what a source calls one ("X has a motive for ..."); the culprit's is the kind the sources name.
            .ThenByDescending(f => !culprit && f.Sentence.Lower.Contains("motive")).ThenByDescending(f => f.Note != "motive: other").ThenByDescending(f => f.Match)
            .ThenBy(f => f.Display.Count(ch => ch is '"' or '“' or '”'))
            .ThenBy(f => f.Document.Document.Id).FirstOrDefault();
        return best?.Display;
    }
}
