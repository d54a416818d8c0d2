using Sleuth.Analysis;
using Sleuth.Analysis.Reading;
using Sleuth.Case;

namespace Sleuth.Answering.Candidates;

/// <summary>
/// "Where is X?": a place name linked to X by a locative ("X in Chicago", "X, located in ...", "X is in ...");
/// X is found by its name or by its head words ("an elite ballet school" for "the Archer School of Ballet").
/// </summary>
public sealed class PlaceCandidates : ICandidateStage
{
    public IEnumerable<Finding> Find(CandidateContext context)
    {
        var q = context.Question;
        if (q.Forms != null)
        {
            foreach (var f in EventPlaces(context)) yield return f;
            yield break;
        }
        var focus = context.EntityOf(q.Focus);
        var focusWords = new HashSet<string>(q.FocusWords.Select(w => w.ToLowerInvariant()));
        foreach (var doc in context.Reading.Documents)
            foreach (var s in doc.Sentences)
            {
                if (s.IsQuestion) continue;
                for (int t = 0; t < s.Tokens.Count; t++)
                {
                    var w = s.Lower[t];
                    if (w is not ("in" or "at" or "near" or "outside")) continue;
                    var place = s.MentionAt(t + 1 < s.Tokens.Count ? t + 1 : t);
                    if (place == null && t + 2 < s.Tokens.Count && s.Lower[t + 1] == "the") place = s.MentionAt(t + 2);
                    if (place == null || place.Kind != MentionKind.Name || place.First > t + 2 || place.Possessive) continue;
                    var e = context.Reading.Entities.Get(place.EntityId);
                    if (e == null || e.Kind is EntityKind.Person or EntityKind.Organisation || e == focus) continue;
                    double match = FocusBefore(s, t, focus, focusWords, context);
                    if (match <= 0) continue;
                    var stance = StanceReader.Read(s, 0, false, false);
                    yield return context.Make(e, doc, s, stance.Stance, match, null, stance.Holder, stance.HolderText);
                }
            }
    }

    /// <summary>"Where was X sentenced?": a place after "in"/"at" in a clause of the predicate about X.</summary>
    private static IEnumerable<Finding> EventPlaces(CandidateContext context)
    {
        var q = context.Question;
        var subject = context.EntityOf(q.Subject);
        foreach (var doc in context.Reading.Documents)
            foreach (var c in EventFinder.Find(doc, q.Forms!))
            {
                if (c.Kind != TriggerKind.Verb || c.Stance is Stance.Asked) continue;
                double argMatch = context.Refers(c.Agent, subject, q.Subject) || context.Refers(c.Patient, subject, q.Subject) ? 1.0
                    : q.Subject == null || (c.Agent?.Mention == null && c.Patient?.Mention == null) ? 0.5 : 0;
                // "Where was the stolen painting found?": the clause should be about the painting.
                if (q.Subject == null && q.EventNoun != null)
                    argMatch = (c.Agent?.Text + " " + c.Patient?.Text).Contains(q.EventNoun, StringComparison.OrdinalIgnoreCase) ? 1.0 : 0.3;
                if (argMatch <= 0) continue;
                var s = c.Sentence;
                for (int t = c.Trigger + 1; t < s.Tokens.Count - 1 && t <= c.Trigger + 12; t++)
                {
                    if (s.Lower[t] is not ("in" or "at" or "near" or "outside")) continue;
                    var place = s.MentionAt(t + 1) ?? (s.Lower[t + 1] == "the" && t + 2 < s.Tokens.Count ? s.MentionAt(t + 2) : null);
                    var e = context.Reading.Entities.Get(place?.EntityId);
                    if (place == null || place.Possessive || e == null || e.Kind == EntityKind.Person || e == subject) continue;
                    yield return context.Make(e, doc, s, c.Stance, c.PredicateMatch * argMatch, null, c.Holder, c.HolderText);
                    break;
                }
            }
    }

    /// <summary>How well the words just before the locative name the asked thing.</summary>
    private static double FocusBefore(ReadSentence s, int locative, Entity? focus, HashSet<string> focusWords, CandidateContext context)
    {
        int from = Math.Max(0, locative - 5);
        int k = locative - 1;
        if (k >= 0 && s.Lower[k] is "located" or "based" or "situated" or "is" or "was" or "lies") { k--; from = Math.Max(0, k - 5); }
        if (k < 0) return 0;
        var m = s.MentionEndingAt(k);
        if (m != null && focus != null && m.EntityId == focus.Id) return 1.0;
        int hits = 0, words = 0;
        for (int i = k; i >= from; i--)
        {
            if (s.Lower[i] is "," or ";" or "." || Words.IsPreposition(s.Lower[i]) && i != k) break;
            if (s.Tokens[i].Kind != TokenKind.Word) continue;
            words++;
            if (focusWords.Contains(s.Lemmas[i]) || focusWords.Contains(s.Lower[i])) hits++;
        }
        if (hits == 0 || focusWords.Count == 0) return 0;
        // One shared word ("school") says little when the asked thing has several; two or more name it.
        return hits >= 2 || focusWords.Count == 1 ? 0.7 + 0.1 * Math.Min(hits, 3) : 0.35;
    }
}
