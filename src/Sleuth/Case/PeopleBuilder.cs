using Sleuth.Analysis;
using Sleuth.Analysis.Reading;
using Sleuth.Answering;
using Sleuth.Lexicon;

namespace Sleuth.Case;

/// <summary>
/// Turns the entities of a read case into the people, organisations and places a reader sees: aliases merged,
/// a clean display name (no byline word or title), descriptors from relation facts and cast parentheses, and
/// mention counts per document. The kind the reader decided is checked once more against case-wide evidence
/// (where the name stands, whether anyone is ever its relative or its pronoun), so that a service, a city or a
/// show title does not end up among the people.
/// </summary>
public sealed class PeopleBuilder
{
    private readonly ILexicon _lexicon;

    public PeopleBuilder(ILexicon lexicon) => _lexicon = lexicon;

    public PeopleReport Build(CaseReading reading)
    {
        var facts = reading.Documents.SelectMany(RelationFinder.Find).ToList();
        var kinds = KindsOf(reading, facts);
        var entities = new List<CaseEntity>();
        foreach (var e in reading.Entities.Entities)
        {
            var kind = kinds[e.Id];
            if (kind == null) continue;
            entities.Add(Describe(reading, e, kind.Value, facts));
        }
        static IReadOnlyList<CaseEntity> Sorted(IEnumerable<CaseEntity> list) =>
            list.OrderByDescending(x => x.MentionsPerDocument.Values.Sum()).ThenBy(x => x.Name, StringComparer.Ordinal).ToList();
        return new PeopleReport(
            Sorted(entities.Where(x => x.Kind == EntityKind.Person)),
            Sorted(entities.Where(x => x.Kind == EntityKind.Organisation)),
            Sorted(entities.Where(x => x.Kind == EntityKind.Place)))
        {
            Other = Sorted(entities.Where(x => x.Kind is EntityKind.Work or EntityKind.Other)),
        };
    }

    /// <summary>
    /// The kind of each entity as the case shows it, or null for names that only ever appear in parentheses after
    /// another name (cast names: they become descriptors of that person).
    /// </summary>
    public IReadOnlyDictionary<string, EntityKind?> KindsOf(CaseReading reading, IReadOnlyList<RelationFact> facts)
    {
        var stats = reading.Entities.Entities.ToDictionary(e => e.Id, _ => new KindStats());
        foreach (var doc in reading.Documents)
            foreach (var s in doc.Sentences)
                foreach (var m in s.Mentions)
                {
                    if (m.EntityId == null || !stats.TryGetValue(m.EntityId, out var st)) continue;
                    if (m.Kind == MentionKind.Pronoun) { if (m.Gender is 'f' or 'm') st.Pronouns++; continue; }
                    if (m.Parenthetical) { st.Parenthetical++; continue; }
                    st.Names++;
                    if (s.Kind is SegmentKind.Heading or SegmentKind.Title) st.InHeadings++;
                    if (Quoted(s, m)) st.Quoted++;
                    string prev = m.First > 0 ? s.Lower[m.First - 1] : "";
                    if (Words.Cues.Is("case.place.before", prev)) st.AfterPlaceWord++;
                    else if (Words.Cues.Is("case.medium.before", prev)) st.AfterMediumWord++;
                    int after = m.Last;
                    if (after < s.Tokens.Count && Words.IsPossessiveMarker(s.Tokens[after].Text)) after++;
                    // "Netflix's new series", "X fans": a name that modifies a work or a crowd is a work, brand or service.
                    for (int k = after; k < s.Tokens.Count && k < after + 3; k++)
                    {
                        if (Words.Cues.Is("case.work.after", s.Lower[k])) { st.BeforeWorkWord++; break; }
                        if (s.Tokens[k].Kind != TokenKind.Word || s.MentionAt(k) != null) break;
                    }
                    if (s.Tokens.Count > 0 && m.First == 0 && m.Last == s.Tokens.Count) st.Alone++;
                }
        foreach (var f in facts)
        {
            if (stats.TryGetValue(f.PersonId, out var p)) p.Relations++;
            if (f.AnchorId != null && stats.TryGetValue(f.AnchorId, out var a)) a.Relations++;
        }
        var result = new Dictionary<string, EntityKind?>(StringComparer.Ordinal);
        foreach (var e in reading.Entities.Entities)
            result[e.Id] = Judge(e, stats[e.Id]);
        return result;
    }

    private sealed class KindStats
    {
        public int Names, Parenthetical, Pronouns, Relations, InHeadings, Quoted, AfterPlaceWord, AfterMediumWord, BeforeWorkWord, Alone;
    }

    private EntityKind? Judge(Entity e, KindStats st)
    {
        if (st.Names == 0) return st.Parenthetical > 0 ? null : e.Kind;
        bool personal = st.Relations > 0 || st.Pronouns > 0 || e.Aliases.Any(a => TitleOf(a) != null);
        var kind = e.Kind;
        var words = DisplayName(e).Split(' ');
        if (kind == EntityKind.Person && !personal)
        {
            // Names whose mentions mostly sit where people do not: after "in"/"from", after "on"/"via", before "series"/"fans".
            int placed = st.AfterPlaceWord, media = st.AfterMediumWord + st.BeforeWorkWord;
            if (st.Names > 0 && media * 2 >= st.Names && media > 0) kind = EntityKind.Other;
            else if (st.Names > 0 && placed * 2 >= st.Names && placed > 0) kind = EntityKind.Place;
            // Every mention in headings or quotes: a title of a work, not a character who acts in the text.
            else if (st.InHeadings + st.Quoted >= st.Names) kind = EntityKind.Work;
            // Several words that are all ordinary words ("Pretty Little Liars") name a work, not a person.
            else if (words.Length >= 2 && words.All(w => IsOrdinaryWord(w))) kind = EntityKind.Work;
        }
        if (kind != EntityKind.Person && personal && st.Pronouns + st.Relations >= 2 && !HasHeadWord(words)) kind = EntityKind.Person;
        return kind;
    }

    private static bool HasHeadWord(string[] words) =>
        words.Any(w => Words.Cues.Is("organisation.head", w.ToLowerInvariant()) || Words.Cues.Is("place.head", w.ToLowerInvariant()));

    private bool IsOrdinaryWord(string word)
    {
        var lower = word.ToLowerInvariant();
        if (Words.IsFunctionWord(lower) || Words.IsNameConnector(lower)) return true;
        var lemma = _lexicon.Lemma(lower);
        return _lexicon.Has(lower, PartOfSpeech.Noun) || _lexicon.Has(lower, PartOfSpeech.Adjective) || _lexicon.Has(lower, PartOfSpeech.Verb)
            || _lexicon.Has(lemma, PartOfSpeech.Noun) || _lexicon.Has(lemma, PartOfSpeech.Verb) || _lexicon.Has(lemma, PartOfSpeech.Adjective);
    }

    private static bool Quoted(ReadSentence s, Mention m)
    {
        if (m.First == 0 || m.Last >= s.Tokens.Count) return false;
        var before = s.Tokens[m.First - 1].Text;
        var after = s.Tokens[m.Last].Text;
        return before is "'" or "‘" or "\"" or "“" && after is "'" or "’" or "\"" or "”";
    }

    private CaseEntity Describe(CaseReading reading, Entity e, EntityKind kind, IReadOnlyList<RelationFact> facts)
    {
        var counts = new Dictionary<long, int>();
        var evidence = new List<Evidence>();
        var descriptors = new List<string>();
        var seenDescriptor = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var doc in reading.Documents)
        {
            bool quoted = false;
            foreach (var s in doc.Sentences)
                foreach (var m in s.Mentions)
                {
                    if (m.EntityId != e.Id) continue;
                    if (m.Parenthetical && kind == EntityKind.Person && s.Mentions.Any(o => o.Kind == MentionKind.Name && o.Last == m.First - 1 && o.EntityId != e.Id)) continue;
                    counts[doc.Document.Id] = counts.GetValueOrDefault(doc.Document.Id) + 1;
                    if (!quoted && m.Kind == MentionKind.Name) { evidence.Add(CaseEvidence.Of(doc, s, note: "first mention")); quoted = true; }
                    if (m.Kind != MentionKind.Name || kind != EntityKind.Person) continue;
                    // "Bette (Casimere Jollette)": the parenthesised name right after is who plays her.
                    var cast = s.Mentions.FirstOrDefault(o => o.Parenthetical && o.First == m.Last + 1);
                    if (cast != null && seenDescriptor.Add("played by " + cast.Text))
                    {
                        descriptors.Add("played by " + cast.Text);
                        evidence.Add(CaseEvidence.Of(doc, s, note: "played by " + cast.Text));
                    }
                }
        }
        if (kind == EntityKind.Person)
            foreach (var f in facts.Where(f => f.PersonId == e.Id && f.Stance is Stance.Asserted or Stance.Reported))
            {
                var anchor = reading.Entities.Get(f.AnchorId);
                var text = anchor != null ? $"{DisplayName(anchor)}'s {f.Noun}" : $"the {f.Noun}";
                if (!seenDescriptor.Add(text)) continue;
                descriptors.Add(text);
                evidence.Add(CaseEvidence.Of(f.Document, f.Sentence, f.Stance, note: text));
            }
        var name = DisplayName(e);
        return new CaseEntity
        {
            Name = name, Kind = kind, Descriptors = descriptors, MentionsPerDocument = counts, Evidence = evidence,
            Aliases = e.Aliases.Where(a => a != name).OrderByDescending(a => a.Length).ThenBy(a => a, StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>The fullest alias without a byline word ("By") or a title ("Councillor", "Madam").</summary>
    public static string DisplayName(Entity e)
    {
        var names = e.Aliases.Select(CoreName).Where(n => n.Length > 0).ToList();
        if (names.Count == 0) return e.Name;
        return names.OrderByDescending(n => n.Split(' ').Length).ThenByDescending(n => e.Aliases.Count(a => CoreName(a) == n)).ThenBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).First();
    }

    /// <summary>A name without leading function words and titles.</summary>
    public static string CoreName(string alias)
    {
        var words = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && (Words.IsFunctionWord(words[0].ToLowerInvariant()) || IsTitle(words[0]))) words.RemoveAt(0);
        return string.Join(' ', words);
    }

    private static string? TitleOf(string alias)
    {
        var first = alias.Split(' ')[0];
        return alias.Contains(' ') && IsTitle(first) ? first : null;
    }

    private static bool IsTitle(string word)
    {
        var w = word.ToLowerInvariant();
        var bare = w.TrimEnd('.');
        foreach (var section in new[] { "title.female", "title.male", "title.neutral", "case.title" })
            if (Words.Cues.Is(section, w) || Words.Cues.Is(section, bare) || Words.Cues.Is(section, bare + ".")) return true;
        return false;
    }
}
