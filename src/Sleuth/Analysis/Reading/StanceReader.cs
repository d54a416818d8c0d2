using Sleuth.Answering;

namespace Sleuth.Analysis.Reading;

/// <summary>
/// Decides how a sentence's source stands toward a clause: a question asks it; negation denies it; a modal or
/// hedge makes it speculation; an attribution verb ("claims", "accused", "according to") makes it reported,
/// with the speaker as holder, unless a contrast ("..., it was actually") starts a new assertion in between.
/// </summary>
public static class StanceReader
{
    public sealed record Reading(Stance Stance, Argument? Holder, string? HolderText, bool HolderNegated);

    /// <param name="sentence">The sentence of the clause.</param>
    /// <param name="clauseStart">The first token of the clause (its subject, or the verb group).</param>
    /// <param name="negated">Negation found in the verb group or cleft.</param>
    /// <param name="modal">A speculative modal in the verb group.</param>
    public static Reading Read(ReadSentence sentence, int clauseStart, bool negated, bool modal)
    {
        var low = sentence.Lower;
        if (sentence.IsQuestion || (sentence.Kind is Sleuth.Analysis.SegmentKind.Heading or Sleuth.Analysis.SegmentKind.Title && low.Length > 0 && Words.IsWh(low[0])))
            return new Reading(Stance.Asked, null, null, false);
        var (holder, holderText, reportNegated, hedged, factive) = FindFrame(sentence, clauseStart);
        if (negated ^ reportNegated) return new Reading(Stance.Denied, holder, holderText, reportNegated);
        if (modal || hedged) return new Reading(Stance.Speculated, holder, holderText, false);
        if ((holder != null || holderText != null) && !factive) return new Reading(Stance.Reported, holder, holderText, false);
        return new Reading(Stance.Asserted, null, null, false);
    }

    /// <summary>
    /// Looks left of the clause for what frames it: an attribution verb and its speaker, "according to X",
    /// hedges ("if", "perhaps"), and stops at a contrast that opens a new main clause.
    /// </summary>
    private static (Argument? Holder, string? HolderText, bool Negated, bool Hedged, bool Factive) FindFrame(ReadSentence s, int clauseStart)
    {
        var low = s.Lower;
        var cues = Words.Cues;
        bool hedged = false;
        for (int i = clauseStart - 1; i >= 0; i--)
        {
            var w = low[i];
            if (IsContrastBoundary(s, i)) break;
            if (w is ";" or "." or "!" or "?") break;
            if (w is "if" or "whether" or "perhaps" or "maybe" or "possibly" or "allegedly" or "reportedly" or "supposedly" or "theory" or "theorize" or "theorise" or "speculate" or "speculated" or "rumor" or "rumour" or "rumored" or "rumoured" || (cues.Is("hedge", w) && w is "seems" or "seem" or "seemed" or "appears" or "apparently" or "presumably" or "probably" or "likely"))
                hedged = true;
            if (w == "to" && i > 0 && low[i - 1] == "according")
            {
                var who = ArgumentFinder.NounPhraseStartingAt(s, i + 1);
                return (who?.Mention != null ? who : null, who?.Mention == null ? who?.Text : null, false, hedged, false);
            }
            var lemma = s.Lemmas[i];
            if (cues.Is("report.lemma", lemma) && !ArgumentFinder.IsNounUse(s, i) && !cues.Is("accuse.lemma", lemma) || (cues.Is("accuse.lemma", lemma) && lemma is not ("name" or "identify") && !ArgumentFinder.IsNounUse(s, i)))
            {
                bool factive = cues.Is("factive", w) || cues.Is("report.self", lemma);
                var walk = ArgumentFinder.WalkLeft(s, i);
                Argument? holder = walk.Subject;
                if (walk.Passive) holder = ArgumentFinder.ByAgent(s, i);
                if (factive) return (null, null, walk.Negated, hedged || walk.Modal, true);
                // "everyone believes", "many think": a pronoun holder is named by its word.
                string? text = holder?.Text ?? (walk.GroupStart > 0 && cues.Is("pronoun.other", low[walk.GroupStart - 1]) ? s.Tokens[walk.GroupStart - 1].Text : null);
                return (holder?.Mention != null ? holder : null, holder?.Mention == null ? text ?? "someone" : null, walk.Negated, hedged || walk.Modal, false);
            }
            if (cues.Is("factive", w) && !ArgumentFinder.IsNounUse(s, i))
                return (null, null, false, hedged, true);
        }
        return (null, null, false, hedged, false);
    }

    /// <summary>", it was actually", ", but", "; however": the clause after is the source's own account.</summary>
    private static bool IsContrastBoundary(ReadSentence s, int i)
    {
        var low = s.Lower;
        if (low[i] != ",") return low[i] is "however" or "but" or "actually" or "reality" or "instead";
        if (i + 1 < low.Length && low[i + 1] is "but" or "however" or "yet" or "actually" or "instead") return true;
        // ", it was actually X": a fresh main clause that corrects what came before.
        if (i + 1 < low.Length && low[i + 1] is "it" or "it's" or "it’s")
            for (int k = i + 2; k < low.Length && k <= i + 5; k++)
                if (low[k] is "actually" or "really" or "reality" or "fact" or "truly" or "instead") return true;
        return low.Length > 0 && low[0] is "despite" or "although" or "though" or "while" or "whereas" && i + 1 < low.Length && low[i + 1] is "it" or "it's" or "it’s";
    }
}
