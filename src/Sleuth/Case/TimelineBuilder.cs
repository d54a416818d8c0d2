using Sleuth.Analysis;
using Sleuth.Analysis.Reading;
using Sleuth.Answering;
using Sleuth.Lexicon;

namespace Sleuth.Case;

/// <summary>
/// Builds the timeline: an event is a clause whose subject is a person and whose verb is an action (not a state
/// or a thought), asserted or reported by its source. Events take the time anchors of their sentence; those of
/// several sources merge when subject, verb, object and anchor agree. Dated events sort by date, numbered parts
/// by number, the finale last; an unanchored or relatively anchored event sits after the anchored event its
/// source told just before it, so the order the sources tell is kept where the text gives no time.
/// </summary>
public sealed class TimelineBuilder
{
    private readonly ILexicon _lexicon;

    public TimelineBuilder(ILexicon lexicon) => _lexicon = lexicon;

    private sealed class Occurrence
    {
        public required ReadDocument Document { get; init; }
        public required ReadSentence Sentence { get; init; }
        public required int DocumentOrder { get; init; }
        public required string Key { get; init; }
        public required string Description { get; init; }
        public TimeAnchor? Anchor { get; init; }
        public string? AnchorText { get; init; }
        public required Stance Stance { get; init; }
        public string? Holder { get; init; }
        public TimeAnchor? Inherited { get; set; }
        public double Scale { get; set; }
        public double Position { get; set; }
    }

    public IReadOnlyList<TimelineEvent> Build(CaseNames names)
    {
        var reading = names.Reading;
        var occurrences = new List<Occurrence>();
        int docOrder = 0;
        foreach (var doc in reading.Documents.OrderBy(d => d.Document.Id))
        {
            // An event takes the time of the sentence just before it when it has none: a narrative goes on at
            // its last time for a sentence, but a jump back or forward is rarely marked, so no further.
            TimeAnchor? last = null;
            foreach (var s in doc.Sentences)
            {
                if (s.IsQuestion) continue;
                var anchors = TimeAnchorFinder.Find(s);
                if (s.Kind is SegmentKind.Body or SegmentKind.ListItem)
                    foreach (var o in Events(names, doc, s, anchors, docOrder))
                    {
                        o.Inherited = o.Anchor?.Rank != null ? null : last;
                        occurrences.Add(o);
                    }
                last = anchors.LastOrDefault(x => x.Rank != null);
            }
            docOrder++;
        }
        // An occasion ("the night of the fire") that a source ties to a date in one sentence takes that date's rank.
        var occasionRanks = OccasionDates(reading);
        var dateShift = YearStart(occurrences.Select(o => o.Anchor?.Rank != null ? o.Anchor : o.Inherited).Where(a => a?.Kind == TimeAnchorKind.Date && a.Rank < 400).Select(a => a!.Rank!.Value)
            .Concat(occasionRanks.Values).ToList());
        double Rank(TimeAnchor a) => a.Kind == TimeAnchorKind.Date && a.Rank < 400 ? (a.Rank!.Value - dateShift + 400) % 400 : a.Rank!.Value;
        foreach (var o in occurrences)
        {
            int direction = o.Anchor?.Kind == TimeAnchorKind.Relative ? o.Anchor.Direction : 0;
            if (o.Anchor?.Rank != null) { o.Scale = o.Anchor.Kind == TimeAnchorKind.Date ? 0 : 1; o.Position = Rank(o.Anchor); }
            else if (o.Anchor?.Kind == TimeAnchorKind.Occasion && occasionRanks.TryGetValue(o.Anchor.Key, out var dated)) { o.Scale = 0; o.Position = (dated - dateShift + 400) % 400; }
            else if (o.Inherited != null) { o.Scale = o.Inherited.Kind == TimeAnchorKind.Date ? 0 : 1; o.Position = Rank(o.Inherited) + 0.4 * direction + 0.0001 * o.Sentence.Index; }
            else { o.Scale = 2; o.Position = o.DocumentOrder * 100_000 + o.Sentence.Index; }
        }
        var merged = occurrences
            .GroupBy(o => o.Key + "|" + (o.Anchor?.Kind is TimeAnchorKind.Relative or null ? "" : o.Anchor.Key))
            .Select(g => g.OrderBy(o => o.DocumentOrder).ThenBy(o => o.Sentence.Index).ToList())
            .OrderBy(g => g.Min(o => o.Scale)).ThenBy(g => g.Where(o => o.Scale == g.Min(x => x.Scale)).Min(o => o.Position)).ThenBy(g => g[0].DocumentOrder).ThenBy(g => g[0].Sentence.Index)
            .ToList();
        var events = new List<TimelineEvent>();
        foreach (var g in merged)
        {
            var first = g.FirstOrDefault(o => o.Anchor != null) ?? g[0];
            events.Add(new TimelineEvent
            {
                Description = first.Description, Anchor = first.AnchorText, Order = events.Count + 1,
                Anchored = g.Any(o => o.Anchor != null),
                Evidence = g.GroupBy(o => o.Document.Document.DuplicateGroup).Select(x => x.First())
                    .Select(o => CaseEvidence.Of(o.Document, o.Sentence, o.Stance, o.Holder, note: o.AnchorText)).ToList(),
            });
        }
        return events;
    }

    /// <summary>
    /// Dates written without a year are placed on a circle of months; the widest gap between the dates the case
    /// uses is where its year turns ("September, October, then February"), so that is where the order starts.
    /// </summary>
    private static double YearStart(List<double> ranks)
    {
        var sorted = ranks.Distinct().OrderBy(r => r).ToList();
        if (sorted.Count < 2) return 0;
        double bestGap = -1, start = sorted[0];
        for (int i = 0; i < sorted.Count; i++)
        {
            double next = i + 1 < sorted.Count ? sorted[i + 1] : sorted[0] + 31 * 12;
            double gap = next - sorted[i];
            if (gap > bestGap) { bestGap = gap; start = i + 1 < sorted.Count ? sorted[i + 1] : sorted[0]; }
        }
        return start;
    }

    private static Dictionary<string, double> OccasionDates(CaseReading reading)
    {
        var ranks = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var doc in reading.Documents)
            foreach (var s in doc.Sentences)
            {
                var anchors = TimeAnchorFinder.Find(s);
                var date = anchors.FirstOrDefault(a => a.Kind == TimeAnchorKind.Date && a.Rank is < 400);
                if (date == null) continue;
                foreach (var a in anchors.Where(a => a.Kind == TimeAnchorKind.Occasion))
                    ranks.TryAdd(a.Key, date.Rank!.Value);
            }
        return ranks;
    }

    private IEnumerable<Occurrence> Events(CaseNames names, ReadDocument doc, ReadSentence s, IReadOnlyList<TimeAnchor> anchors, int docOrder)
    {
        var cues = Words.Cues;
        var subjects = new HashSet<string>();
        for (int t = 0; t < s.Tokens.Count; t++)
        {
            var tok = s.Tokens[t];
            if (tok.Kind != TokenKind.Word || s.MentionAt(t) != null) continue;
            var low = s.Lower[t];
            if (Words.IsFunctionWord(low) || Words.IsAdverb(low) || anchors.Any(a => t >= a.First && t < a.Last)) continue;
            var lemma = _lexicon.Lemma(low, PartOfSpeech.Verb);
            if (!_lexicon.Has(lemma, PartOfSpeech.Verb) || cues.Is("timeline.skip", lemma) || cues.Is("report.lemma", lemma) && lemma is "think" or "believe") continue;
            // A finite or participle form: "pushed", "threatens", or any form after an auxiliary ("was taken", "is sleeping").
            bool inflected = low != lemma && (low.EndsWith("ed") || low.EndsWith('s') || !low.EndsWith("ing"));
            bool afterAuxiliary = t > 0 && (Words.IsAuxiliary(s.Lower[t - 1]) || Words.IsModal(s.Lower[t - 1]) || Words.IsNegation(s.Lower[t - 1]));
            if (!inflected && !afterAuxiliary) continue;
            if (ArgumentFinder.IsNounUse(s, t)) continue;
            var walk = ArgumentFinder.WalkLeft(s, t);
            if (walk.Interrogative) continue;
            var subject = walk.Subject?.Mention;
            if (subject != null && names.PersonOf(doc, s, subject) == null) subject = ApposedHead(names, doc, s, subject) ?? subject;
            if (subject?.EntityId == null || subject.Parenthetical || names.IsCast(subject)) continue;
            // "a novel by X and Y, follows ...": a name after a preposition (through "and") is no subject.
            int before = subject.First - 1;
            while (before > 0 && s.Lower[before] is "and" or "," && s.MentionEndingAt(before - 1) is { } joined) before = joined.First - 1;
            if (before >= 0 && Words.IsPreposition(s.Lower[before])) continue;
            // "the Cassie case": a name that modifies a noun is no subject.
            if (subject.First > 0 && Words.IsDeterminer(s.Lower[subject.First - 1]) && subject.Kind == MentionKind.Name) continue;
            var entityId = names.Group(subject.EntityId);
            if (!names.IsPerson(entityId) || !subjects.Add(entityId)) continue;
            var stance = StanceReader.Read(s, walk.Subject!.First, walk.Negated, walk.Modal);
            // What a source only reports someone claiming did not happen on its word; the claim itself is the event.
            if (stance.Stance is not Stance.Asserted) continue;
            var obj = walk.Passive ? ArgumentFinder.ByAgent(s, t) : ArgumentFinder.RightObject(s, t);
            var objEntity = obj?.Mention == null ? null : names.PersonOf(doc, s, obj.Mention) ?? (obj.Mention.EntityId == null ? null : names.Group(obj.Mention.EntityId));
            if (objEntity == entityId && obj?.Mention?.Kind == MentionKind.Pronoun) objEntity = null;
            string objText = objEntity != null ? names.Display(objEntity) : obj != null && obj.Mention == null ? CaseEvidence.Text(doc, s, obj.First, obj.Last) : "";
            string verbGroup = CaseEvidence.Text(doc, s, Math.Min(walk.GroupStart, t), t + 1);
            var name = names.Display(entityId);
            int complementStart = obj?.Last ?? t + 1;
            string complement = anchors.Any(a => a.First >= complementStart && a.First <= complementStart + 5) ? "" : Complement(doc, s, complementStart);
            var description = $"{name} {verbGroup}" + (objText.Length > 0 ? (walk.Passive ? " by " : " ") + objText : "") + complement;
            var anchor = Nearest(anchors, t);
            yield return new Occurrence
            {
                Document = doc, Sentence = s, DocumentOrder = docOrder, Anchor = anchor,
                AnchorText = anchor == null ? null : AnchorText(doc, s, anchor),
                Key = $"{entityId}|{_lexicon.Lemma(low, PartOfSpeech.Verb)}|{(walk.Passive ? "p" : "a")}|{objEntity ?? objText.ToLowerInvariant()}",
                Description = description, Stance = stance.Stance,
                Holder = stance.Stance == Stance.Reported ? (stance.Holder?.Mention?.EntityId is { } holderId ? names.Display(holderId) : stance.HolderText) : null,
            };
        }
    }

    /// <summary>
    /// "Colin Marsh, 51, of Netmakers Lane, pleaded guilty": a place or body named inside the commas after a person
    /// is part of that person's apposition; the person is the subject.
    /// </summary>
    private static Mention? ApposedHead(CaseNames names, ReadDocument doc, ReadSentence s, Mention subject)
    {
        if (subject.First == 0 || !Words.IsPreposition(s.Lower[subject.First - 1])) return null;
        for (int k = subject.First - 2; k >= 0 && k >= subject.First - 8; k--)
        {
            if (s.Lower[k] is ";" or "." or "—") return null;
            if (s.Lower[k] != ",") continue;
            var head = s.MentionEndingAt(k - 1);
            if (head != null && names.PersonOf(doc, s, head) != null) return head;
        }
        return null;
    }

    /// <summary>A short phrase after the verb or its object that says where or how ("off the roof", "into custody").</summary>
    private static string Complement(ReadDocument doc, ReadSentence s, int from)
    {
        if (from >= s.Tokens.Count || !Words.IsPreposition(s.Lower[from]) || s.Lower[from] is "by" or "as" or "than" or "like" or "after" or "before" or "since" or "until") return "";
        int end = from + 1;
        while (end < s.Tokens.Count && end < from + 5 && s.Tokens[end].Kind == TokenKind.Word && !Words.IsConjunction(s.Lower[end]) && !Words.IsSubordinator(s.Lower[end])
            && !(end > from + 1 && Words.IsPreposition(s.Lower[end])) && s.Lower[end] is not ("who" or "which" or "that")) end++;
        return end > from + 1 ? " " + CaseEvidence.Text(doc, s, from, end) : "";
    }

    /// <summary>The anchor that governs the verb: the nearest one in the sentence, ranked anchors first.</summary>
    private static TimeAnchor? Nearest(IReadOnlyList<TimeAnchor> anchors, int t) =>
        anchors.OrderBy(a => a.Kind == TimeAnchorKind.Relative ? 1 : 0).ThenBy(a => Math.Min(Math.Abs(a.First - t), Math.Abs(a.Last - 1 - t))).FirstOrDefault();

    /// <summary>The anchor as written, with the preposition that binds it ("By Episode 8", "on October 24").</summary>
    private static string AnchorText(ReadDocument doc, ReadSentence s, TimeAnchor a)
    {
        int first = a.First;
        if (first > 0 && s.Lower[first - 1] is "by" or "on" or "in" or "until" or "after" or "before" or "since" or "at" or "during") first--;
        return CaseEvidence.Text(doc, s, first, a.Last);
    }
}
