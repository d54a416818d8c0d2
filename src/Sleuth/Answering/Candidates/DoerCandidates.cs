using Sleuth.Analysis.Reading;
using Sleuth.Answering.Questions;
using Sleuth.Case;

namespace Sleuth.Answering.Candidates;

/// <summary>
/// Who did it (or to whom): reads every clause of the asked predicate, keeps those whose other argument is the
/// question's, and makes the asked argument a candidate with the clause's stance. Clearing words ("innocent",
/// "framed", "released") add denials for candidates near the event.
/// </summary>
public sealed class DoerCandidates : ICandidateStage
{
    public IEnumerable<Finding> Find(CandidateContext context)
    {
        var q = context.Question;
        if (q.Forms == null) yield break;
        bool askAgent = q.Role == AskedRole.Agent;
        var fixedName = askAgent ? q.Object : q.Subject;
        var fixedEntity = context.EntityOf(fixedName);
        var holderEntity = context.EntityOf(q.Holder);
        var candidates = new HashSet<string>();
        foreach (var doc in context.Reading.Documents)
        {
            var clauses = EventFinder.Find(doc, q.Forms);
            foreach (var c in clauses)
            {
                var asked = askAgent ? c.Agent : c.Patient;
                var other = askAgent ? c.Patient : c.Agent;
                double argMatch = ArgumentMatch(context, c, clauses, other, fixedEntity, fixedName, askAgent);
                if (argMatch <= 0) continue;
                argMatch *= ContextMatch(q, c.Sentence);
                if (q.Holder != null)
                {
                    if (c.Stance != Stance.Reported || holderEntity == null || c.Holder?.Mention?.EntityId != holderEntity.Id) continue;
                }
                string clauseId = $"{doc.Document.Id}:{c.Sentence.Index}:{c.Trigger}";
                foreach (var arg in new[] { asked }.Concat(askAgent ? c.CoAgents : []))
                {
                    var e = context.EntityOf(arg);
                    if (e == null || !Eligible(e, q.Type) || e == fixedEntity) continue;
                    candidates.Add(e.Id);
                    yield return context.Make(e, doc, c.Sentence, c.Stance, c.PredicateMatch * argMatch, c.Note, c.Holder, c.HolderText, clauseId, supports: c.Stance != Stance.Denied);
                }
                if (c.ContrastAgent != null && askAgent && c.Stance == Stance.Denied && c.Holder == null)
                {
                    var e = context.EntityOf(c.ContrastAgent);
                    if (e != null && Eligible(e, q.Type) && e != fixedEntity)
                    {
                        candidates.Add(e.Id);
                        yield return context.Make(e, doc, c.Sentence, Stance.Asserted, c.PredicateMatch * argMatch, "named instead (\"but\")", clauseId: clauseId + ":but");
                    }
                }
            }
        }
        if (q.Holder != null)
        {
            foreach (var f in Accusations(context, holderEntity, q.Holder)) yield return f;
            yield break;
        }
        if (!askAgent) yield break;
        // Whoever was accused of it is a candidate too, as a claim: a source that names another doer refutes it.
        foreach (var f in Accusations(context, null, null).Where(f => f.Key != fixedEntity?.Id))
        {
            candidates.Add(f.Key);
            yield return f;
        }
        foreach (var f in Clearances(context, candidates, fixedEntity)) yield return f;
    }

    private static readonly PredicateForms s_accuse = new()
    {
        Lemma = "accuse",
        Verbs = new Dictionary<string, double> { ["accuse"] = 1.0, ["blame"] = 0.9, ["name"] = 0.6, ["identify"] = 0.6, ["finger"] = 0.7, ["implicate"] = 0.8, ["denounce"] = 0.9, ["frame"] = 0.6 },
    };

    /// <summary>"Who did X accuse?": the people X accused, whether or not the act is named ("Quill accused Vale again").</summary>
    private static IEnumerable<Finding> Accusations(CandidateContext context, Entity? holder, string? holderName)
    {
        var q = context.Question;
        foreach (var doc in context.Reading.Documents)
            foreach (var c in EventFinder.Find(doc, s_accuse))
            {
                if (c.Kind != TriggerKind.Verb || c.Stance is Stance.Asked or Stance.Denied) continue;
                var accuser = c.Agent;
                var accused = c.Patient;
                // "Nobody has accused her of anything" accuses nobody.
                if (accuser?.Text.ToLowerInvariant() is "nobody" or "no one" or "no-one" or "none" || (c.Trigger > 0 && c.Sentence.Lower.Take(c.Trigger).Any(w => w is "nobody" or "no-one"))) continue;
                // "She named him as Ruben Vale": the name after "as" is the one accused.
                if (accused != null && accused.Last + 1 < c.Sentence.Tokens.Count && c.Sentence.Lower[accused.Last] == "as")
                    accused = ArgumentFinder.NounPhraseStartingAt(c.Sentence, accused.Last + 1) ?? accused;
                if (holderName != null && !context.Refers(accuser, holder, holderName)) continue;
                var e = context.EntityOf(accused);
                if (e == null || e.Kind != EntityKind.Person || e == holder || e == context.EntityOf(accuser)) continue;
                // "accused X of starting the fire" names the act: a full match; without it, a little less.
                bool act = q.Forms != null && c.Sentence.Lemmas.Skip(c.Trigger).Take(8).Any(l => q.Forms.Verbs.ContainsKey(l) || q.Forms.AgentNouns.ContainsKey(l));
                // Without the act named, an accusation counts when its document is about the act at all.
                bool near = act || q.Forms == null || NearEvent(doc, c.Sentence.Index, q.Forms);
                if (holderName == null && !near && !doc.Sentences.Any(x => x.Lemmas.Any(l => q.Forms!.Verbs.ContainsKey(l) || q.Forms.AgentNouns.ContainsKey(l)))) continue;
                yield return context.Make(e, doc, c.Sentence, Stance.Reported, act ? 1.0 : holderName != null ? 0.8 : near ? 0.6 : 0.5, "accused (" + c.Sentence.Tokens[c.Trigger].Text + ")",
                    accuser, clauseId: $"{doc.Document.Id}:{c.Sentence.Index}:{c.Trigger}");
            }
    }

    /// <summary>
    /// "Who was seen on CCTV at the fish bar?": when the question gives two or more further content words and the
    /// clause's sentence has none of them, the clause is likely about another occasion.
    /// </summary>
    private static double ContextMatch(QuestionFrame q, ReadSentence s)
    {
        var nameWords = q.Names.SelectMany(n => n.ToLowerInvariant().Split(' ')).ToHashSet();
        var predicate = q.Forms?.Verbs.Keys.ToHashSet() ?? [];
        var extra = q.ContentLemmas.Where(w => w.Length > 2 && !nameWords.Contains(w) && !predicate.Contains(w) && w != q.ObjectHead).ToList();
        if (extra.Count < 2) return 1.0;
        var present = s.Lemmas.Concat(s.Lower).ToHashSet();
        return extra.Any(present.Contains) ? 1.0 : 0.4;
    }

    private static bool Eligible(Entity e, AnswerType type) =>
        type == AnswerType.Person ? e.Kind is EntityKind.Person : e.Kind is not EntityKind.Place;

    /// <summary>How well the clause's other argument fits the question's; 0 rejects the clause.</summary>
    private static double ArgumentMatch(CandidateContext context, EventClause c, IReadOnlyList<EventClause> all, Argument? other, Entity? fixedEntity, string? fixedName, bool askAgent)
    {
        var q = context.Question;
        if (fixedName == null && q.AgentWords.Count > 0)
        {
            // "cleared by security video": the passage must speak of it.
            var around = Enumerable.Range(Math.Max(0, c.Sentence.Index - 1), 2).Where(i => i < c.Document.Sentences.Count)
                .SelectMany(i => c.Document.Sentences[i].Lemmas).ToHashSet();
            return q.AgentWords.Any(around.Contains) ? 0.85 : 0.45;
        }
        if (fixedName == null)
        {
            if (c.Kind == TriggerKind.MadeBy) return 1.0;
            if (c.Kind == TriggerKind.EventNoun && c.Agent != null) return 0.9;
            if (q.ObjectHead != null && other != null && other.Mention == null && other.Text.Contains(q.ObjectHead, StringComparison.OrdinalIgnoreCase)) return 0.9;
            // "put the stimulant into Kasia's bottle": the asked object may sit in a phrase after the verb.
            if (q.ObjectHead != null && c.Sentence.Lemmas.Skip(c.Trigger + 1).Take(8).Contains(q.ObjectHead)) return 0.85;
            // "X was responsible", "X did it": the passage around names the asked object.
            if (q.ObjectHead != null && c.Kind is TriggerKind.CulpritNoun or TriggerKind.ProVerb
                && Enumerable.Range(Math.Max(0, c.Sentence.Index - 2), 3).Where(i => i < c.Document.Sentences.Count).Any(i => c.Document.Sentences[i].Lemmas.Contains(q.ObjectHead)))
                return 0.75;
            return q.ObjectHead == null ? 0.8 : 0.4;
        }
        if (c.Kind == TriggerKind.MadeBy) return 0.9;
        if (context.Refers(other, fixedEntity, fixedName)) return 1.0;
        if (other?.Mention != null) return 0;
        if (other != null && context.Refers(c.Sentence, other, fixedEntity, fixedName)) return 0.9;
        // "the gallery", "the club": a common noun standing for the named organisation or work.
        if (other != null && other.Mention == null && fixedEntity != null && fixedEntity.Kind is not EntityKind.Person)
        {
            if (fixedEntity.Name.Split(' ').Any(w => other.Text.Contains(w, StringComparison.OrdinalIgnoreCase))) return 0.8;
            var head = c.Sentence.Lower[other.Last - 1];
            return Words.Cues.Is("organisation.head", head) || Words.Cues.Is("place.head", head) ? 0.7 : 0.35;
        }
        if (c.Kind is TriggerKind.CulpritNoun or TriggerKind.ProVerb or TriggerKind.AgentNoun || other == null)
        {
            // No stated victim: the passage must hold the asked event with the question's argument just before.
            bool passage = all.Any(o => o != c && o.Kind == TriggerKind.Verb && o.Sentence.Index <= c.Sentence.Index && c.Sentence.Index - o.Sentence.Index <= 2
                && context.Refers(o.Sentence, askAgent ? o.Patient : o.Agent, fixedEntity, fixedName));
            return passage ? 0.75 : 0;
        }
        return 0;
    }

    /// <summary>Whether the predicate (or its doer noun) is named within two sentences of the given one.</summary>
    private static bool NearEvent(ReadDocument doc, int index, PredicateForms forms)
    {
        for (int i = Math.Max(0, index - 2); i < doc.Sentences.Count && i <= index + 2; i++)
            if (doc.Sentences[i].Lemmas.Any(l => forms.Verbs.ContainsKey(l) || forms.AgentNouns.ContainsKey(l))) return true;
        return false;
    }

    /// <summary>"X is innocent", "X was framed", "X was released for lack of evidence", "X is not the reason Y fell".</summary>
    private static IEnumerable<Finding> Clearances(CandidateContext context, HashSet<string> candidates, Entity? victim)
    {
        var cues = Words.Cues;
        foreach (var doc in context.Reading.Documents)
            foreach (var s in doc.Sentences)
            {
                if (s.IsQuestion) continue;
                for (int t = 0; t < s.Tokens.Count; t++)
                {
                    var w = s.Lower[t];
                    bool clear = cues.Is("clearance", w);
                    bool notReason = w is "reason" or "responsible" or "culprit" or "guilty" && t > 1 && Enumerable.Range(Math.Max(0, t - 4), Math.Min(4, t)).Any(k => Words.IsNegation(s.Lower[k]) && s.Lower[k] is not "no");
                    if (!clear && !notReason) continue;
                    if (clear && t > 0 && Words.IsNegation(s.Lower[t - 1])) continue;
                    if (notReason && victim != null && !s.Mentions.Any(m => m.EntityId == victim.Id)) continue;
                    var walk = ArgumentFinder.WalkLeft(s, t);
                    var subject = walk.Subject;
                    // "Julian framed Wren", "police cleared him": an active clearing verb clears its object.
                    bool verbUse = w.EndsWith("ed") && !walk.Passive && !(t > 0 && Words.IsBe(s.Lower[t - 1]));
                    if (verbUse) subject = ArgumentFinder.RightObject(s, t);
                    if (subject?.Mention == null) subject = null;
                    var e = context.EntityOf(subject);
                    if (e == null || e == victim || e.Kind != EntityKind.Person) continue;
                    // Someone cleared in a passage about the act was a suspect even when no claim against them was read.
                    if (!candidates.Contains(e.Id) && !(context.Question.Forms is { } forms && (NearEvent(doc, s.Index, forms)
                        || s.Lower.Any(x => x.StartsWith("suspect") || x.StartsWith("suspicion"))))) continue;
                    var stance = StanceReader.Read(s, subject!.First, false, walk.Modal);
                    if (stance.Stance is Stance.Asked or Stance.Speculated) continue;
                    var why = notReason ? "not the one responsible" : ClearanceReason(s, t);
                    yield return context.Make(e, doc, s, Stance.Denied, 0.8, why, stance.Holder, stance.HolderText, supports: false);
                }
            }
    }

    private static string ClearanceReason(ReadSentence s, int t)
    {
        int end = t + 1;
        while (end < s.Tokens.Count && end < t + 8 && s.Lower[end] is not ("," or ";" or "." or "and" or "but")) end++;
        return string.Join(' ', s.Tokens.Skip(t).Take(end - t).Select(x => x.Text));
    }
}
