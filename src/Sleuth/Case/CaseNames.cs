using Sleuth.Analysis;
using Sleuth.Analysis.Reading;
using Sleuth.Answering;
using Sleuth.Lexicon;

namespace Sleuth.Case;

/// <summary>
/// The case-wide view of names every case view shares: each entity's kind checked against the whole case, a
/// clean display name, surname-only entities folded into the one person who bears that surname, cast names in
/// parentheses set apart, and relation facts with pronoun-based ones dropped when an explicit name says otherwise.
/// </summary>
public sealed class CaseNames
{
    private readonly Dictionary<string, string> _group = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityKind?> _kind = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _display = new(StringComparer.Ordinal);
    private readonly HashSet<Mention> _cast = [];
    private readonly HashSet<RelationFact> _implied = [];
    private readonly Dictionary<RelationFact, string> _resolvedRoles = [];

    private CaseNames(CaseReading reading) => Reading = reading;

    public CaseReading Reading { get; }

    /// <summary>Roles in apposition to a person ("the night guard"), by the person's group, with where they were read.</summary>
    public IReadOnlyList<(string Person, RoleMention Role, ReadDocument Document, ReadSentence Sentence)> Roles { get; private set; } = [];

    /// <summary>Relation facts of the case, asserted or reported, without those a named statement contradicts.</summary>
    public IReadOnlyList<RelationFact> Facts { get; private set; } = [];

    /// <summary>The entity id that stands for the group an entity belongs to.</summary>
    public string Group(string id) => _group.GetValueOrDefault(id, id);

    /// <summary>The kind of the entity's group; null for names that only appear as cast in parentheses.</summary>
    public EntityKind? Kind(string? id) => id == null ? null : _kind.GetValueOrDefault(Group(id));

    public bool IsPerson(string? id) => Kind(id) == EntityKind.Person;

    /// <summary>The display name of the entity's group.</summary>
    public string Display(string id) => _display.GetValueOrDefault(Group(id)) ?? Reading.Entities.Get(id)?.Name ?? id;

    /// <summary>All entity ids in the same group as this one.</summary>
    public IEnumerable<string> Members(string groupId) => _group.Where(p => p.Value == groupId).Select(p => p.Key);

    /// <summary>
    /// The person a mention refers to: its entity's group when that is a person; for a he/she the reader tied to a
    /// name that is no person here (an acronym, a shop), the nearest earlier person of that gender instead.
    /// </summary>
    public string? PersonOf(ReadDocument doc, ReadSentence s, Mention m)
    {
        if (m.Parenthetical || _cast.Contains(m)) return null;
        if (m.EntityId != null && IsPerson(m.EntityId)) return Group(m.EntityId);
        if (m.Kind != MentionKind.Pronoun || m.Gender is not ('f' or 'm') || m.EntityId == null) return null;
        for (int back = 0; back <= 3 && s.Index - back >= 0; back++)
        {
            var sentence = doc.Sentences[s.Index - back];
            for (int i = sentence.Mentions.Count - 1; i >= 0; i--)
            {
                var o = sentence.Mentions[i];
                if (back == 0 && o.First >= m.First) continue;
                if (o.Kind != MentionKind.Name || o.EntityId == null || o.Parenthetical || _cast.Contains(o) || !IsPerson(o.EntityId)) continue;
                var gender = Reading.Entities.Get(Group(o.EntityId))?.Gender ?? '?';
                if (gender == m.Gender || gender == '?') return Group(o.EntityId);
            }
        }
        return null;
    }

    /// <summary>Whether a mention is a cast name in parentheses after another name ("Bette (Casimere Jollette)").</summary>
    public bool IsCast(Mention m) => _cast.Contains(m);

    public static CaseNames Build(CaseReading reading, ILexicon lexicon)
    {
        var names = new CaseNames(reading);
        var stats = reading.Entities.Entities.ToDictionary(e => e.Id, _ => new KindStats());
        var found = new List<(ReadDocument Document, ReadSentence Sentence, RoleMention Role)>();
        foreach (var doc in reading.Documents)
            foreach (var s in doc.Sentences)
            {
                names.MarkCast(s, stats);
                foreach (var m in s.Mentions) Count(s, m, names, stats);
                // "the fire investigator, Dr. X": a role in apposition is what people have.
                if (!s.IsQuestion)
                    foreach (var r in RoleFinder.Find(s, lexicon))
                    {
                        found.Add((doc, s, r));
                        if (r.Person.EntityId != null && stats.TryGetValue(r.Person.EntityId, out var st)) { st.Relations++; st.Roles++; }
                    }
            }
        var facts = reading.Documents.SelectMany(RelationFinder.Find).Where(f => f.Stance is Stance.Asserted or Stance.Reported).ToList();
        foreach (var f in facts)
        {
            if (stats.TryGetValue(f.PersonId, out var p)) p.Relations++;
            if (f.AnchorId != null && stats.TryGetValue(f.AnchorId, out var a)) a.Relations++;
        }
        foreach (var e in reading.Entities.Entities)
        {
            names._kind[e.Id] = Judge(e, stats[e.Id], lexicon);
            names._display[e.Id] = DisplayName(e);
        }
        names.Merge();
        names.Roles = found.Select(x => (Person: names.PersonOf(x.Document, x.Sentence, x.Role.Person), x.Role, x.Document, x.Sentence))
            .Where(x => x.Person != null).Select(x => (x.Person!, x.Role, x.Document, x.Sentence)).ToList();
        names.Facts = names.Implied(Consistent(facts, names));
        return names;
    }

    private sealed class KindStats
    {
        public int Names, Cast, HasCast, Roles, Pronouns, Relations, InHeadings, Quoted, AfterPlaceWord, AfterMediumWord, BeforeWorkWord, Who;
    }

    /// <summary>"Name (Actor Name)": capitalised words alone in parentheses right after a name are who plays or is also called that person.</summary>
    private void MarkCast(ReadSentence s, Dictionary<string, KindStats> stats)
    {
        var tokens = s.Tokens;
        foreach (var m in s.Mentions)
        {
            if (m.Kind != MentionKind.Name || m.Parenthetical || m.Last >= tokens.Count || tokens[m.Last].Text != "(") continue;
            int close = m.Last + 1;
            while (close < tokens.Count && close < m.Last + 6 && Words.IsCapitalisedWord(tokens[close])) close++;
            if (close == m.Last + 1 || close >= tokens.Count || tokens[close].Text != ")") continue;
            if (m.EntityId != null && stats.TryGetValue(m.EntityId, out var owner)) owner.HasCast++;
            foreach (var inner in s.Mentions.Where(o => o.First > m.Last && o.Last <= close && o.Kind == MentionKind.Name)) _cast.Add(inner);
        }
    }

    private static void Count(ReadSentence s, Mention m, CaseNames names, Dictionary<string, KindStats> stats)
    {
        if (m.EntityId == null || !stats.TryGetValue(m.EntityId, out var st)) return;
        if (m.Kind == MentionKind.Pronoun) { if (m.Gender is 'f' or 'm') st.Pronouns++; return; }
        if (m.Parenthetical || names._cast.Contains(m)) { st.Cast++; return; }
        st.Names++;
        if (s.Kind is SegmentKind.Heading or SegmentKind.Title) st.InHeadings++;
        if (m.First > 0 && m.Last < s.Tokens.Count && s.Tokens[m.First - 1].Text is "'" or "‘" or "\"" or "“" && s.Tokens[m.Last].Text is "'" or "’" or "\"" or "”") st.Quoted++;
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
        // "X, who ..." and "X (Actor), who ...": only people take "who".
        int w = m.Last;
        if (w < s.Tokens.Count && s.Tokens[w].Text == "(") while (w < s.Tokens.Count && s.Tokens[w].Text != ")") w++;
        if (w < s.Tokens.Count && s.Tokens[w].Text == ")") w++;
        if (w < s.Tokens.Count && s.Lower[w] == ",") w++;
        if (w < s.Tokens.Count && s.Lower[w] == "who" && !m.Possessive) st.Who++;
    }

    private static EntityKind? Judge(Entity e, KindStats st, ILexicon lexicon)
    {
        if (st.Names == 0) return st.Cast > 0 ? null : e.Kind;
        var words = DisplayName(e).Split(' ');
        bool head = words.Any(w => IsHead(w.ToLowerInvariant()));
        bool personal = st.Relations > 0 || st.Pronouns > 0 || st.HasCast > 0 || st.Who > 0 || e.Aliases.Any(a => TitleOf(a) != null);
        int workish = st.AfterMediumWord + st.BeforeWorkWord + st.Quoted + st.InHeadings;
        var kind = e.Kind;
        // A short all-capitals word ("CCTV", "FBI") is an acronym of a thing or body unless the text makes it a person.
        bool acronym = words.Length == 1 && words[0].Length <= 5 && words[0].All(c => !char.IsLetter(c) || char.IsUpper(c));
        if (acronym && st.Relations == 0 && st.HasCast == 0 && st.Who == 0) return EntityKind.Other;
        // A title alone ("Mr", cut off its name by a sentence split) names nobody.
        if (words.Length == 1 && IsTitle(words[0])) return EntityKind.Other;
        // The last head word decides: "Dunmere District Court" is a body, "Netmakers Lane" a place.
        var headKind = HeadKind(words);
        if (headKind != null && st.HasCast == 0 && (kind is EntityKind.Person or EntityKind.Other or EntityKind.Work || kind != headKind && words.Length > 1)) kind = headKind.Value;
        if (kind == EntityKind.Person && !personal)
        {
            // Names whose mentions mostly sit where people do not: after "on"/"via", before "series"/"fans", in quotes.
            if (workish * 2 >= st.Names) kind = st.Quoted + st.InHeadings > 0 ? EntityKind.Work : EntityKind.Other;
            else if (st.AfterPlaceWord * 2 >= st.Names) kind = EntityKind.Place;
            // Several words that are all ordinary words ("Pretty Little Liars") name a work, not a person.
            else if (words.Length >= 2 && words.All(w => IsOrdinaryWord(lexicon, w))) kind = EntityKind.Work;
        }
        else if (kind is EntityKind.Place or EntityKind.Other && !head && workish * 3 >= st.Names && st.Quoted + st.BeforeWorkWord > 0) kind = EntityKind.Work;
        if (kind != EntityKind.Person && !head && (st.HasCast > 0 || st.Who > 0 || st.Roles > 0 || st.Relations + st.Pronouns >= 2) && workish * 2 < st.Names) kind = EntityKind.Person;
        return kind;
    }

    private static EntityKind? HeadKind(string[] words)
    {
        for (int i = words.Length - 1; i >= 0; i--)
        {
            var w = words[i].ToLowerInvariant();
            if (Words.Cues.Is("organisation.head", w) || Words.Cues.Is("case.organisation.head", w)) return EntityKind.Organisation;
            if (Words.Cues.Is("place.head", w)) return EntityKind.Place;
        }
        return null;
    }

    private static bool IsHead(string lower) =>
        Words.Cues.Is("organisation.head", lower) || Words.Cues.Is("place.head", lower) || Words.Cues.Is("case.organisation.head", lower);

    private static bool IsOrdinaryWord(ILexicon lexicon, string word)
    {
        var lower = word.ToLowerInvariant();
        if (Words.IsFunctionWord(lower) || Words.IsNameConnector(lower)) return true;
        var lemma = lexicon.Lemma(lower);
        return lexicon.Has(lower, PartOfSpeech.Noun) || lexicon.Has(lower, PartOfSpeech.Adjective) || lexicon.Has(lower, PartOfSpeech.Verb)
            || lexicon.Has(lemma, PartOfSpeech.Noun) || lexicon.Has(lemma, PartOfSpeech.Verb) || lexicon.Has(lemma, PartOfSpeech.Adjective);
    }

    /// <summary>
    /// Folds an entity into another of the same kind when its display name is the other's display name, or is a
    /// single word that is the last name of exactly one person ("Quill" from "Ms. Quill" into Harriet Quill).
    /// </summary>
    private void Merge()
    {
        var entities = Reading.Entities.Entities.Where(e => _kind[e.Id] != null).ToList();
        var byDisplay = entities.GroupBy(e => (_display[e.Id], _kind[e.Id])).ToList();
        foreach (var g in byDisplay)
        {
            var keep = g.OrderByDescending(e => e.Aliases.Count).ThenBy(e => e.Id, StringComparer.Ordinal).First();
            foreach (var e in g) if (e != keep) _group[e.Id] = keep.Id;
        }
        var people = entities.Where(e => _kind[e.Id] == EntityKind.Person && !_group.ContainsKey(e.Id)).ToList();
        foreach (var e in entities.Where(e => !_group.ContainsKey(e.Id)))
        {
            var display = _display[e.Id];
            if (display.Contains(' ')) continue;
            bool titled = e.Aliases.Any(a => TitleOf(a) != null);
            if (_kind[e.Id] != EntityKind.Person && !titled) continue;
            var owners = people.Where(p => p != e && _display[p.Id].Contains(' ') && _display[p.Id].Split(' ')[^1] == display).ToList();
            if (owners.Count == 1) { _group[e.Id] = owners[0].Id; continue; }
        }
    }

    /// <summary>Whether a fact's anchor was not written but taken from the person the source is about.</summary>
    public bool IsImplied(RelationFact fact) => _implied.Contains(fact);

    /// <summary>
    /// A relational noun used alone ("Nabil — The Boyfriend", "June, the roommate") in a source about one person
    /// means that person's boyfriend or roommate: such roles take the source's focus as anchor. Work roles
    /// ("the choreographer") stay plain roles.
    /// </summary>
    private IReadOnlyList<RelationFact> Implied(IReadOnlyList<RelationFact> facts)
    {
        var focus = Reading.Documents.ToDictionary(d => d.Document.Id, Focus);
        var result = new List<RelationFact>();
        // "the owner's daughter": the owner is whoever the case calls "the owner", when that is one person.
        var roles = facts.Where(f => f.AnchorId == null && IsPerson(f.PersonId)).Select(f => (f.Noun, Person: Group(f.PersonId)))
            .Concat(Roles.Select(r => (r.Role.Noun, r.Person))).GroupBy(x => x.Noun)
            .Select(g => (Noun: g.Key, People: g.Select(x => x.Person).Distinct().ToList())).Where(x => x.People.Count == 1)
            .ToDictionary(x => x.Noun, x => x.People[0]);
        foreach (var f in facts)
        {
            var category = Sleuth.Analysis.Cues.CueLexicon.Shared.Relations.TryGetValue(f.Noun, out var r) ? r.Category : "other";
            var about = focus[f.Document.Document.Id];
            if (f.AnchorId == null && RolePossessor(f, roles) is { } role)
            {
                if (roles.TryGetValue(role, out var owner) && owner != Group(f.PersonId))
                {
                    var resolved = f with { AnchorId = owner };
                    _resolvedRoles[resolved] = role;
                    result.Add(resolved);
                }
                else result.Add(f);
                continue;
            }
            if (f.AnchorId != null || category is "work" or "other" || about == null || about == Group(f.PersonId)) { result.Add(f); continue; }
            var implied = f with { AnchorId = about };
            _implied.Add(implied);
            result.Add(implied);
        }
        return result;
    }

    /// <summary>The role whose holder a fact's anchor was resolved from ("owner" in "the owner's daughter"), or null.</summary>
    public string? ResolvedRole(RelationFact fact) => _resolvedRoles.GetValueOrDefault(fact);

    /// <summary>"the owner's daughter": the role noun that owns the relation noun, when a role and not a name does.</summary>
    private static string? RolePossessor(RelationFact f, IReadOnlyDictionary<string, string> roles)
    {
        var s = f.Sentence;
        var relations = Sleuth.Analysis.Cues.CueLexicon.Shared.Relations;
        bool IsRole(string w) => relations.ContainsKey(w) || roles.ContainsKey(w);
        for (int t = 2; t < s.Tokens.Count; t++)
        {
            if (s.Lower[t] != f.Noun) continue;
            if (Words.IsPossessiveMarker(s.Tokens[t - 1].Text) && IsRole(s.Lower[t - 2]) && s.MentionAt(t - 2) == null) return s.Lower[t - 2];
            var (core, possessive) = Words.StripPossessive(s.Tokens[t - 1].Text);
            if (possessive && IsRole(core.ToLowerInvariant()) && s.MentionAt(t - 1) == null) return core.ToLowerInvariant();
        }
        return null;
    }

    /// <summary>The person a document is about: the most mentioned person, well ahead of the next.</summary>
    private string? Focus(ReadDocument doc)
    {
        var counts = doc.Mentions.Where(m => m.EntityId != null && !m.Parenthetical && IsPerson(m.EntityId))
            .GroupBy(m => Group(m.EntityId!)).Select(g => (Id: g.Key, Count: g.Count())).OrderByDescending(x => x.Count).Take(2).ToList();
        if (counts.Count == 0 || counts[0].Count < 5) return null;
        return counts.Count == 1 || counts[0].Count >= counts[1].Count * 1.5 ? counts[0].Id : null;
    }

    /// <summary>
    /// Drops relation facts whose owner was a resolved pronoun ("her sister X") when another fact names the owner
    /// outright for the same person and relation and names someone else: the pronoun was resolved wrongly.
    /// </summary>
    private static IReadOnlyList<RelationFact> Consistent(List<RelationFact> facts, CaseNames names)
    {
        var named = facts.Where(f => f.AnchorId != null && !PronounAnchored(f)).ToList();
        return facts.Where(f =>
        {
            // "X, the owner's daughter": "owner" owns the relation there; it is no role of X.
            if (f.AnchorId == null && PossessorNoun(f)) return false;
            if (f.AnchorId == null || !PronounAnchored(f)) return true;
            var person = names.Group(f.PersonId);
            var anchor = names.Group(f.AnchorId);
            return !named.Any(n => names.Group(n.PersonId) == person && RelationBuilder.Canonical(n.Noun) == RelationBuilder.Canonical(f.Noun) && names.Group(n.AnchorId!) != anchor);
        }).ToList();
    }

    /// <summary>Whether the fact's noun stands only as a possessor in its sentence ("the owner's daughter").</summary>
    private static bool PossessorNoun(RelationFact f)
    {
        var s = f.Sentence;
        bool any = false;
        for (int t = 0; t < s.Tokens.Count; t++)
        {
            var (core, possessive) = Words.StripPossessive(s.Tokens[t].Text);
            if (core.ToLowerInvariant() != f.Noun) continue;
            bool marker = possessive || (t + 1 < s.Tokens.Count && Words.IsPossessiveMarker(s.Tokens[t + 1].Text));
            if (!marker) return false;
            any = true;
        }
        return any;
    }

    /// <summary>Whether the owner of the relation noun is a pronoun ("her sister") rather than a name.</summary>
    private static bool PronounAnchored(RelationFact f)
    {
        var s = f.Sentence;
        for (int t = 0; t < s.Tokens.Count; t++)
        {
            if (s.Lower[t] != f.Noun && s.Lower[t] != f.Noun + "s") continue;
            for (int k = t - 1; k >= 0 && k >= t - 4; k--)
            {
                var m = s.MentionAt(k);
                if (m == null) continue;
                if (m.EntityId == f.AnchorId) return m.Kind == MentionKind.Pronoun;
                break;
            }
        }
        return false;
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

    public static string? TitleOf(string alias)
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
