using Sleuth.Analysis.Text;
using Sleuth.Case;
using Sleuth.Lexicon;
using Sleuth.Storage;

namespace Sleuth.Analysis.Reading;

/// <summary>The read case: documents with resolved mentions, and the entities they refer to.</summary>
public sealed class CaseReading
{
    public required IReadOnlyList<ReadDocument> Documents { get; init; }
    public required EntityCatalog Entities { get; init; }

    public ReadDocument? Document(long id) => Documents.FirstOrDefault(d => d.Document.Id == id);

    private IReadOnlyList<RelationFact>? _relations;

    /// <summary>Every relation the case states, read once on first use.</summary>
    public IReadOnlyList<RelationFact> Relations => _relations ??= Documents.SelectMany(RelationFinder.Find).ToList();

    /// <summary>
    /// The person a role phrase names, through the relations the case states: "his older brother" where "his" is
    /// Julian and the sources say Julian is Hollis's brother → Hollis.
    /// </summary>
    public string? ResolveRole(ReadSentence sentence, Argument argument)
    {
        if (argument.Mention != null) return argument.Mention.EntityId;
        var cues = Sleuth.Analysis.Cues.CueLexicon.Shared;
        for (int k = argument.First; k < argument.Last; k++)
        {
            var noun = sentence.Lower[k];
            if (!cues.Relations.ContainsKey(noun)) continue;
            string? owner = null;
            for (int b = k - 1; b >= argument.First && owner == null; b--)
            {
                var m = sentence.MentionAt(b);
                if (m != null && m.Possessive) owner = m.EntityId;
            }
            if (owner == null) return null;
            var inverse = cues.Inverses.GetValueOrDefault(noun) ?? [];
            var found = Relations.Where(f => f.Stance == Sleuth.Answering.Stance.Asserted && f.AnchorId == owner && f.Noun == noun).Select(f => f.PersonId)
                .Concat(Relations.Where(f => f.Stance == Sleuth.Answering.Stance.Asserted && f.PersonId == owner && f.AnchorId != null && inverse.Contains(f.Noun)).Select(f => f.AnchorId!))
                .Where(id => id != owner).Distinct().ToList();
            return found.Count == 1 ? found[0] : null;
        }
        return null;
    }
}

/// <summary>
/// Reads stored documents into sentences with tokens, lemmas and mentions; clusters names into entities across
/// the case; decides kinds and genders from the text; and resolves pronouns within each document.
/// </summary>
public sealed class CaseReader
{
    private readonly ILexicon _lexicon;

    public CaseReader(ILexicon lexicon) => _lexicon = lexicon;

    public CaseReading Read(IReadOnlyList<(StoredDocument Document, IReadOnlyList<StoredSentence> Sentences)> documents)
    {
        var docs = documents.Select(d => Tokenize(d.Document, d.Sentences)).ToList();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in docs)
            foreach (var s in d.Sentences)
                foreach (var name in NameFinder.ReliableNames(s))
                {
                    known.Add(name);
                    foreach (var part in name.Split(' ')) if (part.Length > 1 && char.IsUpper(part[0])) known.Add(part);
                }
        var finder = new NameFinder(_lexicon, known);
        foreach (var d in docs)
            foreach (var s in d.Sentences) finder.Find(s);
        SplitAdjacentNames(docs);
        var catalog = EntityCatalog.Build(docs);
        foreach (var d in docs) Vote(d, catalog);
        catalog.Settle(_lexicon);
        foreach (var d in docs) ResolveShortNames(d, catalog);
        catalog.DropUnused(docs);
        foreach (var d in docs) ResolvePronouns(d, catalog);
        return new CaseReading { Documents = docs, Entities = catalog };
    }

    private sealed record TokenizedSentence(IReadOnlyList<Token> Tokens, string[] Lower, string[] Lemmas);

    // Tokens and lemmas depend only on a document's text, so they are kept across questions; mentions and entities
    // depend on which documents are read together and are rebuilt each time.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(long, string), TokenizedSentence[]> _tokenCache = new();
    private const int TokenCacheLimit = 5000;

    private TokenizedSentence[] TokenizeAll(StoredDocument document, IReadOnlyList<StoredSentence> sentences)
    {
        var key = (document.Id, document.ContentHash);
        if (_tokenCache.TryGetValue(key, out var cached) && cached.Length == sentences.Count) return cached;
        var result = new TokenizedSentence[sentences.Count];
        for (int k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            var tokens = WordTokenizer.Shared.Tokenize(document.Text, s.Start, s.End);
            var lower = new string[tokens.Count];
            var lemmas = new string[tokens.Count];
            for (int i = 0; i < tokens.Count; i++)
            {
                lower[i] = tokens[i].Lower;
                lemmas[i] = tokens[i].Kind == TokenKind.Word ? _lexicon.Lemma(tokens[i].Text) : lower[i];
            }
            result[k] = new TokenizedSentence(tokens, lower, lemmas);
        }
        if (_tokenCache.Count >= TokenCacheLimit) _tokenCache.Clear();
        _tokenCache[key] = result;
        return result;
    }

    private ReadDocument Tokenize(StoredDocument document, IReadOnlyList<StoredSentence> sentences)
    {
        var text = document.Text;
        var read = new List<ReadSentence>(sentences.Count);
        var tokenized = TokenizeAll(document, sentences);
        for (int k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            var (tokens, lower, lemmas) = (tokenized[k].Tokens, tokenized[k].Lower, tokenized[k].Lemmas);
            var trimmed = text.AsSpan(s.Start, s.End - s.Start).TrimEnd();
            bool question = trimmed.EndsWith("?") || trimmed.EndsWith("?\"") || trimmed.EndsWith("?”") || trimmed.EndsWith("?'");
            read.Add(new ReadSentence
            {
                Index = read.Count, Start = s.Start, End = s.End, Kind = s.Kind, Tokens = tokens, Lower = lower, Lemmas = lemmas,
                IsQuestion = question,
            });
        }
        bool spoiler = text.Contains("spoiler", StringComparison.OrdinalIgnoreCase);
        return new ReadDocument { Document = document, Sentences = read, SpoilerWarning = spoiler };
    }

    /// <summary>
    /// "is Wren Hollis's daughter?": two people's first names side by side read as one name. A two-word name whose
    /// words each begin a different full name of the case is split back into two mentions.
    /// </summary>
    private static void SplitAdjacentNames(List<ReadDocument> docs)
    {
        var forms = docs.SelectMany(d => d.Mentions).Where(m => m.Kind == MentionKind.Name && m.Text.Contains(' ')).Select(m => m.Text).ToHashSet();
        var firstWords = forms.GroupBy(f => f.Split(' ')[0]).ToDictionary(g => g.Key, g => g.ToHashSet());
        foreach (var s in docs.SelectMany(d => d.Sentences))
            foreach (var m in s.Mentions.ToList())
            {
                if (m.Kind != MentionKind.Name || m.Last - m.First != 2) continue;
                var parts = m.Text.Split(' ');
                if (parts.Length != 2) continue;
                bool firstOwned = firstWords.TryGetValue(parts[0], out var a) && a.Any(f => f != m.Text);
                bool secondOwned = firstWords.TryGetValue(parts[1], out var b) && b.Any(f => f != m.Text);
                if (!firstOwned || !secondOwned) continue;
                s.Mentions.Remove(m);
                var t0 = s.Tokens[m.First];
                s.Mentions.Add(new Mention { Sentence = m.Sentence, First = m.First, Last = m.First + 1, Start = t0.Start, End = t0.End, Text = parts[0], Kind = MentionKind.Name });
                s.Mentions.Add(new Mention { Sentence = m.Sentence, First = m.First + 1, Last = m.Last, Start = s.Tokens[m.First + 1].Start, End = m.End, Text = parts[1], Kind = MentionKind.Name, Possessive = m.Possessive });
                s.Mentions.Sort((x, y) => x.First.CompareTo(y.First));
            }
    }

    /// <summary>Gathers kind and gender evidence for each entity from the contexts of its mentions.</summary>
    private static void Vote(ReadDocument doc, EntityCatalog catalog)
    {
        var cues = Words.Cues;
        foreach (var s in doc.Sentences)
        {
            var low = s.Lower;
            foreach (var m in s.Mentions)
            {
                var e = catalog.Get(m.EntityId);
                if (e == null) continue;
                string prev = m.First > 0 ? low[m.First - 1] : "";
                string prev2 = m.First > 1 ? low[m.First - 2] : "";
                int after = m.Last;
                if (after < low.Length && Words.IsPossessiveMarker(s.Tokens[after].Text)) after++;
                string next = after < low.Length ? low[after] : "";
                if (m.Parenthetical || (next == "(" && s.Mentions.Any(o => o.Parenthetical && o.First == after + 1))) e.PersonVotes += 2;
                if (prev is "in" or "from" or "near" or "across" or "outside") e.PlaceVotes += 1;
                else if (prev is "at" or "of") { e.PlaceVotes += 0.4; e.OrganisationVotes += 0.4; }
                else if (prev is "on" or "for" or "like" or "watch" or "watching" || prev2 is "fans" || next is "fans" or "series" or "show" or "season" or "episode") e.OtherVotes += 1;
                if (s.Kind == Sleuth.Analysis.SegmentKind.Body && !m.Possessive)
                {
                    int v = after;
                    while (v < low.Length && (Words.IsAdverb(low[v]) || Words.IsAuxiliary(low[v]) || Words.IsModal(low[v]))) v++;
                    if (v < low.Length && cues.Is("human.verb", s.Lemmas[v])) e.PersonVotes += 1;
                }
                // "her sister Ottilie" / "Ines's sister": relation nouns mark persons and often their gender.
                int r = m.First - 1;
                while (r >= 0 && s.Tokens[r].Kind == TokenKind.Word && !cues.Relations.ContainsKey(low[r]) && !Words.IsFunctionWord(low[r]) && r > m.First - 3) r--;
                if (r >= 0 && cues.Relations.TryGetValue(low[r], out var rel) && (r == m.First - 1 || r >= m.First - 3))
                {
                    e.PersonVotes += 2;
                    if (rel.Gender == 'f') e.FemaleVotes += 2; else if (rel.Gender == 'm') e.MaleVotes += 2;
                }
                if (m.Possessive && after < low.Length)
                {
                    int k = after;
                    while (k < low.Length && k < after + 3 && !cues.Relations.ContainsKey(low[k]) && s.Tokens[k].Kind == TokenKind.Word && !Words.IsFunctionWord(low[k])) k++;
                    if (k < low.Length && cues.Relations.ContainsKey(low[k])) e.PersonVotes += 1;
                }
                // A following "she"/"he" with no other name in between tells the gender.
                if (m.Kind == MentionKind.Name && !m.Possessive && !m.Parenthetical)
                {
                    var pronoun = NextPronoun(doc, s, m);
                    if (pronoun == 'f') { e.FemaleVotes += 1; e.PersonVotes += 0.5; }
                    else if (pronoun == 'm') { e.MaleVotes += 1; e.PersonVotes += 0.5; }
                }
            }
        }
    }

    private static char NextPronoun(ReadDocument doc, ReadSentence s, Mention m)
    {
        if (s.Mentions.FirstOrDefault(o => o.Kind == MentionKind.Name && !o.Parenthetical) != m) return '\0';
        foreach (var o in s.Mentions)
        {
            if (o.First <= m.First) continue;
            if (o.Kind == MentionKind.Name && !o.Parenthetical && o.EntityId != m.EntityId) return '\0';
            if (o.Kind == MentionKind.Pronoun && o.Gender is 'f' or 'm' && o.Text.ToLowerInvariant() is "she" or "he") return o.Gender;
        }
        if (s.Index + 1 >= doc.Sentences.Count) return '\0';
        foreach (var o in doc.Sentences[s.Index + 1].Mentions)
        {
            if (o.Kind == MentionKind.Name && !o.Parenthetical && o.EntityId != m.EntityId) return '\0';
            if (o.Kind == MentionKind.Pronoun && o.Text.ToLowerInvariant() is "she" or "he") return o.Gender;
        }
        return '\0';
    }

    /// <summary>
    /// A bare surname shared by several people ("Brannock", "Mr. Brannock") refers, as in news style, to the
    /// last person of that name the document mentioned, of the gender a title gives; failing that, to the one
    /// such person of the case when there is only one of that gender.
    /// </summary>
    private static void ResolveShortNames(ReadDocument doc, EntityCatalog catalog)
    {
        var people = catalog.Entities.Where(e => e.Kind == EntityKind.Person && e.Name.Contains(' ')).ToList();
        var recent = new List<string>();
        foreach (var m in doc.Mentions)
        {
            if (m.Kind != MentionKind.Name || m.Parenthetical) continue;
            var entity = catalog.Get(m.EntityId);
            var (core, title) = EntityCatalog.StripTitle(m.Text);
            if (entity != null && entity.Name.Contains(' ')) { recent.Remove(entity.Id); recent.Add(entity.Id); continue; }
            if (core.Contains(' ')) continue;
            // "the Ferrow" is the Ferrow Gallery, not Agnes Ferrow: with "the", a bare word names an organisation or place.
            if (m.First > 0 && doc.Sentences[m.Sentence].Lower[m.First - 1] == "the")
            {
                var things = catalog.Entities.Where(e => e.Name.StartsWith(core + " ", StringComparison.Ordinal)
                    && (Words.Cues.Is("organisation.head", e.Name.Split(' ')[^1].ToLowerInvariant()) || Words.Cues.Is("place.head", e.Name.Split(' ')[^1].ToLowerInvariant()))).ToList();
                if (things.Count == 1) { m.EntityId = things[0].Id; things[0].Aliases.Add(m.Text); }
                continue;
            }
            char gender = title == null ? '?' : Words.Cues.Is("title.female", title) || Words.Cues.Is("title.female", title + ".") ? 'f'
                : Words.Cues.Is("title.male", title) || Words.Cues.Is("title.male", title + ".") ? 'm' : '?';
            var owners = people.Where(p => p.Name.Split(' ').Contains(core) && (gender == '?' || p.Gender == gender || p.Gender == '?')).ToList();
            if (owners.Count == 0) continue;
            string? chosen = null;
            for (int i = recent.Count - 1; i >= 0 && chosen == null; i--)
                if (owners.Any(o => o.Id == recent[i])) chosen = recent[i];
            if (chosen == null && owners.Count == 1) chosen = owners[0].Id;
            if (chosen == null) continue;
            m.EntityId = chosen;
            catalog.Get(chosen)!.Aliases.Add(m.Text);
        }
    }

    /// <summary>
    /// Resolves he/she/him/her to the nearest agreeing person before it, within the sentence and up to four
    /// sentences back; a pronoun in a fronted clause may point forward to the main clause's subject; an object
    /// pronoun never refers to its own clause's subject.
    /// </summary>
    private static void ResolvePronouns(ReadDocument doc, EntityCatalog catalog)
    {
        foreach (var s in doc.Sentences)
        {
            foreach (var p in s.Mentions)
            {
                if (p.Kind != MentionKind.Pronoun || p.Gender is not ('f' or 'm')) continue;
                var forward = Cataphora(s, p, catalog);
                if (forward != null) { p.EntityId = forward; continue; }
                var speaker = Speaker(s, p, catalog);
                if (speaker != null) { p.EntityId = speaker; continue; }
                string? excluded = null;
                // An object pronoun ("pushed her") never refers to its own verb's subject; subject pronouns are free.
                bool objectForm = p.Text.ToLowerInvariant() is "him" or "her" or "them";
                if (objectForm && !p.Possessive && p.First > 0 && !Words.IsPreposition(s.Lower[p.First - 1]))
                {
                    int verb = p.First - 1;
                    var walk = ArgumentFinder.WalkLeft(s, verb);
                    excluded = walk.Subject?.Mention?.EntityId;
                    // "accused Ines of pushing her": the one accused is the gerund's subject.
                    if (verb > 1 && s.Lower[verb].EndsWith("ing") && s.Lower[verb - 1] is "of" or "for")
                        excluded = ArgumentFinder.NounPhraseEndingAt(s, verb - 2)?.Mention?.EntityId ?? excluded;
                }
                // "Walter Brannock, his boss, ...": a pronoun inside an apposition never refers to the name it describes.
                if (p.Possessive && p.First > 1 && s.Lower[p.First - 1] == ",")
                    excluded = s.MentionEndingAt(p.First - 2)?.EntityId ?? excluded;
                p.EntityId = Antecedent(doc, s, p, catalog, excluded);
            }
        }
    }

    /// <summary>
    /// "Gavin, the nephew of Dale, told prosecutors he wrote them": a subject pronoun just after an attribution verb
    /// (and its listener) is the speaker, when the speaker agrees in gender.
    /// </summary>
    private static string? Speaker(ReadSentence s, Mention p, EntityCatalog catalog)
    {
        if (p.Text.ToLowerInvariant() is not ("he" or "she")) return null;
        for (int k = p.First - 1; k >= 0 && k >= p.First - 4; k--)
        {
            if (!Words.Cues.Is("report.lemma", s.Lemmas[k]) || Words.Cues.Is("accuse.lemma", s.Lemmas[k])) continue;
            var walk = ArgumentFinder.WalkLeft(s, k);
            var e = catalog.Get(walk.Subject?.Mention?.EntityId);
            if (e != null && e.Kind == EntityKind.Person && e.Gender == p.Gender) return e.Id;
            return null;
        }
        return null;
    }

    /// <summary>A mention in subject position: a clause starts before it and a verb group follows it.</summary>
    private static bool IsSubjectLike(ReadSentence s, Mention m)
    {
        bool starts = m.First == 0 || s.Lower[m.First - 1] is ";" or ":" or "," or "and" or "but" or "that" || Words.IsSubordinator(s.Lower[m.First - 1]);
        if (!starts || m.Last >= s.Tokens.Count) return false;
        var next = s.Lower[m.Last];
        return Words.IsAuxiliary(next) || Words.IsModal(next) || Words.IsAdverb(next) || next.EndsWith("ed") || (next.EndsWith('s') && !Words.IsPossessiveMarker(s.Tokens[m.Last].Text));
    }

    private static string? Cataphora(ReadSentence s, Mention p, EntityCatalog catalog)
    {
        // A fronted clause ("After learning her ...,", "Coming from her sister's shadow,") points forward to the main subject.
        bool fronted = s.Tokens.Count > 0 && ((Words.IsSubordinator(s.Lower[0]) && s.Lower[0] is not ("as" or "if")) || (s.Lower[0].EndsWith("ing") && s.Lower[0].Length > 4));
        if (!fronted) return null;
        foreach (var m in s.Mentions)
        {
            if (m.First <= p.First || m.Kind != MentionKind.Name || m.Possessive || m.Parenthetical) continue;
            if (m.First == 0 || s.Lower[m.First - 1] != ",") continue;
            if (m.Last >= s.Tokens.Count) continue;
            var next = s.Lower[m.Last];
            if (!(Words.IsAuxiliary(next) || Words.IsModal(next) || next.EndsWith("ed") || next.EndsWith('s'))) continue;
            var e = catalog.Get(m.EntityId);
            if (e != null && e.Kind == EntityKind.Person && (e.Gender == p.Gender)) return e.Id;
            return null;
        }
        return null;
    }

    private static string? Antecedent(ReadDocument doc, ReadSentence s, Mention p, EntityCatalog catalog, string? excluded)
    {
        // A sentence opening with "He"/"She" continues the previous sentence's subject when that sentence opened with it.
        if (p.Text is "He" or "She" && s.Mentions.Count > 0 && s.Mentions[0] == p && s.Index > 0)
        {
            var previous = doc.Sentences[s.Index - 1];
            var opener = previous.Mentions.FirstOrDefault(m => !m.Parenthetical);
            var e = catalog.Get(opener?.EntityId);
            if (opener != null && opener.First <= 2 && !opener.Possessive && e != null && e.Kind == EntityKind.Person && e.Gender == p.Gender && e.Id != excluded)
                return e.Id;
        }
        // A subject pronoun opening a clause ("...; she accused her") continues the last subject, not the last object.
        bool clauseSubject = p.Text.ToLowerInvariant() is "she" or "he" && (p.First == 0 || s.Lower[p.First - 1] is ";" or ":" or "and" or "but" or "then");
        if (clauseSubject)
            for (int back = 0; back <= 2 && s.Index - back >= 0; back++)
            {
                var sentence = doc.Sentences[s.Index - back];
                for (int i = sentence.Mentions.Count - 1; i >= 0; i--)
                {
                    var m = sentence.Mentions[i];
                    if (back == 0 && m.First >= p.First) continue;
                    if (m.Parenthetical || m.Possessive || m.EntityId == null || m.EntityId == excluded || !IsSubjectLike(sentence, m)) continue;
                    var e = catalog.Get(m.EntityId);
                    if (e != null && e.Kind == EntityKind.Person && e.Gender == p.Gender) return e.Id;
                }
            }
        for (int back = 0; back <= 4 && s.Index - back >= 0; back++)
        {
            var sentence = doc.Sentences[s.Index - back];
            string? unknownGender = null;
            for (int i = sentence.Mentions.Count - 1; i >= 0; i--)
            {
                var m = sentence.Mentions[i];
                if (back == 0 && m.First >= p.First) continue;
                if (m.Parenthetical || m == p || m.EntityId == null || m.EntityId == excluded) continue;
                var e = catalog.Get(m.EntityId);
                if (e == null || e.Kind != EntityKind.Person) continue;
                if (e.Gender == p.Gender) return e.Id;
                if (e.Gender == '?' && unknownGender == null) unknownGender = e.Id;
            }
            if (unknownGender != null) return unknownGender;
        }
        return null;
    }
}
