using Sleuth.Analysis.Reading;
using Sleuth.Answering;

namespace Sleuth.Case;

/// <summary>What a sentence says about a person and an event: raised as a suspect, accused by someone, or cleared.</summary>
public enum SuspicionKind { Suspected, Accused, Cleared }

/// <summary>One sentence raising or clearing one person, with the accuser (when named) and the words that did it.</summary>
public sealed record SuspicionSignal
{
    public required string EntityId { get; init; }
    public required SuspicionKind Kind { get; init; }
    public required ReadDocument Document { get; init; }
    public required ReadSentence Sentence { get; init; }
    /// <summary>The exact words of the sentence that raise or clear the person ("released given the lack of evidence").</summary>
    public required string Words { get; init; }
    /// <summary>Who accuses, when the sentence names them.</summary>
    public string? HolderId { get; init; }
    public required Stance Stance { get; init; }
}

/// <summary>
/// Finds the people the sources raise as suspects of an event and the people they clear, from general cue lists
/// ([suspect.cue], [suspect.phrase], [clear.cue], [clear.phrase], [clearance], [culprit.noun]): "X becomes a
/// suspect", "X is high on the suspect list", "X has a motive", "X was taken into custody", "X was released for lack
/// of evidence", "the footage cleared him", "X is not the culprit". The person is the clause's subject, the object of
/// an active accusing or clearing verb, or the nearest person before the cue in its clause (else just after it).
/// </summary>
public static class SuspectFinder
{
    private static readonly string[][] s_suspectPhrases = Phrases("suspect.phrase");
    private static readonly string[][] s_clearPhrases = Phrases("clear.phrase");
    private static readonly HashSet<string> s_objectVerbs = ["suspect", "accuse", "blame", "arrest", "question", "interview", "detain", "charge", "implicate", "clear", "exonerate", "vindicate", "acquit", "release", "frame", "name"];

    private static string[][] Phrases(string section) =>
        Sleuth.Analysis.Reading.Words.Cues.Section(section).Select(p => p.Split('_')).OrderByDescending(p => p.Length).ToArray();

    /// <param name="doc">A document about the event.</param>
    /// <param name="names">The case's names, for entity kinds and groups.</param>
    /// <param name="culpritNouns">Doer nouns of the asked predicate ("pusher"), which clear when negated.</param>
    public static IEnumerable<SuspicionSignal> Find(ReadDocument doc, CaseNames names, IReadOnlySet<string> culpritNouns)
    {
        var cues = Sleuth.Analysis.Reading.Words.Cues;
        foreach (var s in doc.Sentences)
        {
            if (s.IsQuestion || s.Tokens.Count == 0) continue;
            var low = s.Lower;
            var seen = new HashSet<(string, SuspicionKind)>();
            for (int t = 0; t < low.Length; t++)
            {
                SuspicionKind? kind = null;
                int end = t + 1, from = t;
                var clearPhrase = Match(low, t, s_clearPhrases);
                var suspectPhrase = clearPhrase == 0 ? Match(low, t, s_suspectPhrases) : 0;
                if (clearPhrase > 0) { kind = SuspicionKind.Cleared; end = t + clearPhrase; }
                else if (suspectPhrase > 0) { kind = SuspicionKind.Suspected; end = t + suspectPhrase; }
                else if ((cues.Is("clear.cue", low[t]) || cues.Is("clearance", low[t])) && !Negated(s, t) && (low[t] != "alibi" || ConfirmedAlibi(s, t))) kind = SuspicionKind.Cleared;
                else if (NegatedDoerNoun(s, t, culpritNouns) is int negation and >= 0) { kind = SuspicionKind.Cleared; from = negation; }
                else if (cues.Is("suspect.cue", low[t]) || cues.Is("suspect.cue", s.Lemmas[t])) kind = cues.Is("accuse.lemma", s.Lemmas[t]) && s.Lemmas[t] is not "suspect" ? SuspicionKind.Accused : SuspicionKind.Suspected;
                if (kind == null) continue;
                // "red herring" and "alibi" clear; "suspect" in "not a suspect" was taken by the phrase above.
                if (kind == SuspicionKind.Cleared && Hedged(s, from)) { t = end - 1; continue; }
                if (kind == SuspicionKind.Suspected && low[t] is "motive" or "motives" && !HeldMotive(s, t)) { t = end - 1; continue; }
                var (person, holder) = PersonOf(doc, s, t, names);
                var id = person == null ? null : names.PersonOf(doc, s, person);
                if (id == null) { t = end - 1; continue; }
                // Someone accusing themselves is almost always a pronoun read wrongly; such a signal says nothing.
                if (holder != null && names.PersonOf(doc, s, holder) == id) { t = end - 1; continue; }
                if (kind == SuspicionKind.Accused && holder == null) kind = SuspicionKind.Suspected;
                var stance = StanceReader.Read(s, Math.Min(person!.First, t), false, false);
                if (stance.Stance is Stance.Asked) { t = end - 1; continue; }
                if (kind == SuspicionKind.Cleared && stance.Stance is Stance.Speculated or Stance.Denied) { t = end - 1; continue; }
                if (!seen.Add((id, kind.Value))) { t = end - 1; continue; }
                yield return new SuspicionSignal
                {
                    EntityId = id, Kind = kind.Value, Document = doc, Sentence = s, Words = Fragment(doc, s, from, end),
                    HolderId = holder == null || holder.Kind != MentionKind.Name ? null : names.PersonOf(doc, s, holder), Stance = stance.Stance,
                };
                t = end - 1;
            }
        }
    }

    /// <summary>Length in tokens of the longest phrase starting at t, or 0.</summary>
    private static int Match(string[] low, int t, string[][] phrases)
    {
        foreach (var p in phrases)
        {
            if (t + p.Length > low.Length) continue;
            bool all = true;
            for (int k = 0; k < p.Length && all; k++) all = low[t + k] == p[k];
            if (all) return p.Length;
        }
        return 0;
    }

    private static bool Negated(ReadSentence s, int t)
    {
        for (int k = t - 1; k >= 0 && k >= t - 3; k--)
        {
            if (s.Lower[k] is "," or ";") return false;
            if (Sleuth.Analysis.Reading.Words.IsNegation(s.Lower[k])) return true;
        }
        return false;
    }

    /// <summary>"he is not, in fact, the pusher", "X wasn't the culprit": the index of the negation, or -1.</summary>
    private static int NegatedDoerNoun(ReadSentence s, int t, IReadOnlySet<string> culpritNouns)
    {
        var w = s.Lower[t];
        if (!(culpritNouns.Contains(w) || Sleuth.Analysis.Reading.Words.Cues.Is("culprit.noun", w)) || w == "suspect") return -1;
        for (int k = t - 1; k >= 0 && k >= t - 6; k--)
        {
            if (s.Lower[k] is ";" or "but" or "who" or "which") return -1;
            if (Sleuth.Analysis.Reading.Words.IsNegation(s.Lower[k]) && s.Lower[k] is not "no") return k;
        }
        return -1;
    }

    /// <summary>"charged or released", "expected to be released", "could be cleared": not yet a clearing.</summary>
    private static bool Hedged(ReadSentence s, int t)
    {
        var cues = Sleuth.Analysis.Reading.Words.Cues;
        for (int k = t - 1; k >= 0 && k >= t - 6; k--)
        {
            if (s.Lower[k] is "," or ";" or "." or "—") break;
            if (s.Lower[k] is "or" or "expected" or "hope" or "hopes" or "hoped" || cues.Is("modal", s.Lower[k]) || cues.Is("hedge", s.Lower[k]) && s.Lower[k] is not ("if" or "whether")) return true;
        }
        return false;
    }

    /// <summary>"X has a motive", "her motive": a motive someone holds, not "would not discuss a motive".</summary>
    private static bool HeldMotive(ReadSentence s, int t)
    {
        for (int k = t - 1; k >= 0 && k >= t - 4; k--)
        {
            if (s.Lemmas[k] == "have" && !(k > 0 && Sleuth.Analysis.Reading.Words.IsNegation(s.Lower[k - 1]))) return true;
            if (Sleuth.Analysis.Reading.Words.IsPossessiveMarker(s.Tokens[k].Text) || s.Lower[k] is "his" or "her" or "their") return true;
            if (s.Lower[k] is "," or ";" or "." or "not" or "no") return false;
        }
        return false;
    }

    /// <summary>An alibi clears only when the source vouches for it ("a solid alibi", "the alibi checked out"), not "bought herself an alibi".</summary>
    private static bool ConfirmedAlibi(ReadSentence s, int t)
    {
        var cues = Sleuth.Analysis.Reading.Words.Cues;
        for (int k = Math.Max(0, t - 2); k < s.Tokens.Count && k <= t + 3; k++)
            if (k != t && (cues.Is("alibi.confirm", s.Lower[k]) || cues.Is("alibi.confirm", s.Lemmas[k]))) return true;
        return false;
    }

    /// <summary>The person a cue is about, and the accuser when the cue is an active accusing verb with a person subject.</summary>
    private static (Mention? Person, Mention? Holder) PersonOf(ReadDocument doc, ReadSentence s, int t, CaseNames names)
    {
        bool IsPerson(Mention? m) => m != null && names.PersonOf(doc, s, m) != null;
        var lemma = s.Lemmas[t];
        if (s_objectVerbs.Contains(lemma) && !ArgumentFinder.IsNounUse(s, t))
        {
            var walk = ArgumentFinder.WalkLeft(s, t);
            if (walk.Passive)
            {
                var by = ArgumentFinder.ByAgent(s, t);
                if (IsPerson(walk.Subject?.Mention)) return (walk.Subject!.Mention, IsPerson(by?.Mention) ? by!.Mention : null);
            }
            else
            {
                var obj = ArgumentFinder.RightObject(s, t);
                // "X named him as Y": the one named is after "as".
                if (obj != null && obj.Last < s.Tokens.Count && s.Lower[obj.Last] == "as" && s.MentionAt(obj.Last + 1) is { } named && IsPerson(named))
                    return (named, IsPerson(walk.Subject?.Mention) ? walk.Subject!.Mention : null);
                if (IsPerson(obj?.Mention)) return (obj!.Mention, IsPerson(walk.Subject?.Mention) ? walk.Subject!.Mention : null);
                // "he blamed his former employer": the one accused is no one the case names.
                if (obj != null && obj.Mention == null && obj.Last - obj.First >= 2 && s.Lower[obj.First] is not ("that" or "this" or "it") && Sleuth.Analysis.Reading.Words.IsDeterminer(s.Lower[obj.First]) && Sleuth.Analysis.Reading.Words.Cues.Is("accuse.lemma", lemma)) return (null, null);
                if (IsPerson(walk.Subject?.Mention) && lemma is "release" or "question" or "interview" or "arrest" or "detain" or "charge") return (walk.Subject!.Mention, null);
            }
        }
        // "X, who was accused ... and later cleared": the antecedent of the relative clause the cue is in.
        for (int k = t - 1; k > 0; k--)
        {
            if (s.Lower[k] is ";" or "." or "—" or "(" or ")" or ",") break;
            if (s.Lower[k] != "who") continue;
            int a = s.Lower[k - 1] == "," ? k - 2 : k - 1;
            var antecedent = a >= 0 ? s.MentionEndingAt(a) : null;
            if (IsPerson(antecedent)) return (antecedent, null);
            break;
        }
        // Nearest person before the cue inside its clause, skipping possessors of other nouns ("Cassie's fall") and,
        // on a first pass, people after a preposition ("accused by X", "argued with X").
        for (int pass = 0; pass < 2; pass++)
        for (int k = t - 1; k >= 0; k--)
        {
            if (s.Lower[k] is ";" or "." or "but" or "however" or "—" or "–" or ":" or "though" or "although" || (s.Lower[k] == "," && k + 1 < s.Lower.Length && s.Lower[k + 1] is "but" or "and" && k < t - 1 && HasVerbBetween(s, k, t))) break;
            var m = s.MentionAt(k);
            if (m == null || m.Possessive && m.Kind == MentionKind.Name) continue;
            if (pass == 0 && AfterPreposition(s, m)) continue;
            if (IsPerson(m) && !(m.Possessive && m.Kind == MentionKind.Pronoun)) return (m, null);
        }
        for (int k = t + 1; k < s.Tokens.Count && k <= t + 6; k++)
        {
            if (s.Lower[k] is ";" or ".") break;
            var m = s.MentionAt(k);
            if (m != null && IsPerson(m) && !m.Possessive) return (m, null);
        }
        return (null, null);
    }

    /// <summary>"by Councillor X", "with X": the mention is the object of a preposition, titles in between.</summary>
    private static bool AfterPreposition(ReadSentence s, Mention m)
    {
        int k = m.First - 1;
        while (k >= 0 && Sleuth.Analysis.Reading.Words.IsCapitalisedWord(s.Tokens[k]) && !Sleuth.Analysis.Reading.Words.IsFunctionWord(s.Lower[k])) k--;
        return k >= 0 && Sleuth.Analysis.Reading.Words.IsPreposition(s.Lower[k]);
    }

    private static bool HasVerbBetween(ReadSentence s, int from, int to)
    {
        for (int k = from + 1; k < to; k++) if (Sleuth.Analysis.Reading.Words.IsAuxiliary(s.Lower[k])) return true;
        return false;
    }

    /// <summary>The cue with the rest of its clause, as written: "released given the lack of evidence".</summary>
    private static string Fragment(ReadDocument doc, ReadSentence s, int first, int end)
    {
        int last = end;
        while (last < s.Tokens.Count && last < end + 8 && s.Lower[last] is not ("," or ";" or "." or "—" or "–" or "(" or ")" or "!" or "?" or "but" or "and" or "who" or "which")) last++;
        // Start at the verb group or negation just before the cue ("was released", "not a suspect").
        int start = first;
        while (start > 0 && start > first - 3 && (Sleuth.Analysis.Reading.Words.IsNegation(s.Lower[start - 1]) || Sleuth.Analysis.Reading.Words.IsAdverb(s.Lower[start - 1]))) start--;
        return CaseEvidence.Text(doc, s, start, last);
    }
}
