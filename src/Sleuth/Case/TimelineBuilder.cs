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
            var mine = new List<Occurrence>();
            foreach (var s in doc.Sentences)
            {
                if (s.IsQuestion || s.Kind is not (SegmentKind.Body or SegmentKind.ListItem)) continue;
                var anchors = TimeAnchorFinder.Find(s);
                mine.AddRange(Events(names, doc, s, anchors, docOrder));
            }
            Place(mine);
            occurrences.AddRange(mine);
            docOrder++;
        }
        // An occasion ("the night of the fire") that a source ties to a date in one sentence takes that date's rank.
        var occasionRanks = OccasionDates(reading);
        foreach (var o in occurrences.Where(o => o.Anchor?.Kind == TimeAnchorKind.Occasion && occasionRanks.ContainsKey(o.Anchor.Key)))
        {
            o.Scale = 0;
            o.Position = occasionRanks[o.Anchor!.Key];
        }
        var merged = occurrences
            .GroupBy(o => o.Key + "|" + (o.Anchor?.Kind is TimeAnchorKind.Relative or null ? "" : o.Anchor.Key))
            .Select(g => g.OrderBy(o => o.DocumentOrder).ThenBy(o => o.Sentence.Index).ToList())
            .OrderBy(g => g.Min(o => o.Scale)).ThenBy(g => g.Min(o => o.Position)).ThenBy(g => g[0].DocumentOrder).ThenBy(g => g[0].Sentence.Index)
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

    /// <summary>Positions on a common scale: dates (0), then numbered parts and story boundaries (1); unranked events follow the one before.</summary>
    private static void Place(List<Occurrence> mine)
    {
        double scale = 2, position = 0;
        bool seenRanked = false;
        int step = 0;
        foreach (var o in mine)
        {
            step++;
            if (o.Anchor?.Rank is double rank)
            {
                scale = o.Anchor.Kind == TimeAnchorKind.Date ? 0 : 1;
                position = rank;
                seenRanked = true;
                step = 0;
                o.Scale = scale;
                o.Position = position;
                continue;
            }
            int direction = o.Anchor?.Kind == TimeAnchorKind.Relative ? o.Anchor.Direction : 0;
            o.Scale = seenRanked ? scale : 2;
            o.Position = position + (direction < 0 ? -0.5 : 0.01 * step) + (direction > 0 ? 0.5 : 0);
        }
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
            if (!(low.EndsWith("ed") || low.EndsWith('s') || low.EndsWith("en") || low != lemma || IsPresentAfterSubject(s, t))) continue;
            if (ArgumentFinder.IsNounUse(s, t)) continue;
            var walk = ArgumentFinder.WalkLeft(s, t);
            if (walk.Interrogative) continue;
            var subject = walk.Subject?.Mention;
            if (subject?.EntityId == null || subject.Parenthetical || names.IsCast(subject)) continue;
            var entityId = names.Group(subject.EntityId);
            if (!names.IsPerson(entityId) || !subjects.Add(entityId)) continue;
            var stance = StanceReader.Read(s, walk.Subject!.First, walk.Negated, walk.Modal);
            if (stance.Stance is not (Stance.Asserted or Stance.Reported)) continue;
            var obj = walk.Passive ? ArgumentFinder.ByAgent(s, t) : ArgumentFinder.RightObject(s, t);
            var objEntity = obj?.Mention?.EntityId == null ? null : names.Group(obj.Mention.EntityId);
            string objText = objEntity != null ? names.Display(objEntity) : obj != null && obj.Mention == null ? CaseEvidence.Text(doc, s, obj.First, obj.Last) : "";
            string verbGroup = CaseEvidence.Text(doc, s, Math.Min(walk.GroupStart, t), t + 1);
            var name = names.Display(entityId);
            var description = $"{name} {verbGroup}" + (objText.Length > 0 ? (walk.Passive ? " by " : " ") + objText : "");
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

    private static bool IsPresentAfterSubject(ReadSentence s, int t) => t > 0 && s.MentionEndingAt(t - 1) != null;

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
