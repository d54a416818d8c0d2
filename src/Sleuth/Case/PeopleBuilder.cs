using Sleuth.Analysis.Reading;
using Sleuth.Answering;

namespace Sleuth.Case;

/// <summary>
/// Turns the named entities of a read case into the people, organisations and places a reader sees: aliases
/// merged, a clean display name, descriptors from relation facts ("Cassie's boyfriend", "the roommate") and cast
/// parentheses ("played by ..."), and mention counts (names and resolved pronouns) per document.
/// </summary>
public static class PeopleBuilder
{
    public static PeopleReport Build(CaseNames names)
    {
        var reading = names.Reading;
        var views = new Dictionary<string, View>(StringComparer.Ordinal);
        View? ViewOf(string group)
        {
            if (views.TryGetValue(group, out var v)) return v;
            var kind = names.Kind(group);
            if (kind == null) return null;
            return views[group] = new View { Group = group, Kind = kind.Value };
        }
        foreach (var e in reading.Entities.Entities) ViewOf(names.Group(e.Id));
        // One pass over every mention: counts per document, the first mention in each, and cast parentheses.
        foreach (var doc in reading.Documents)
        {
            var quoted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var s in doc.Sentences)
                foreach (var m in s.Mentions)
                {
                    if (m.EntityId == null || m.Parenthetical || names.IsCast(m)) continue;
                    var v = ViewOf(names.Group(m.EntityId));
                    if (v == null) continue;
                    v.Counts[doc.Document.Id] = v.Counts.GetValueOrDefault(doc.Document.Id) + 1;
                    if (m.Kind != MentionKind.Name) continue;
                    if (quoted.Add(v.Group)) v.Evidence.Add(CaseEvidence.Of(doc, s, note: "first mention"));
                    if (v.Kind != EntityKind.Person) continue;
                    var cast = Cast(doc, s, m);
                    if (cast != null) v.Describe("played by " + cast, CaseEvidence.Of(doc, s, note: "played by " + cast));
                }
        }
        foreach (var f in names.Facts)
        {
            var v = ViewOf(names.Group(f.PersonId));
            if (v == null || v.Kind != EntityKind.Person || (f.AnchorId != null && names.Group(f.AnchorId) == v.Group)) continue;
            // Kin and partners are people's: "the shop's daughter" is a name read wrongly, not a relation.
            bool work = Sleuth.Analysis.Cues.CueLexicon.Shared.Relations.TryGetValue(f.Noun, out var noun) && noun.Category == "work";
            if (f.AnchorId != null && !names.IsPerson(f.AnchorId) && !(work && names.Kind(f.AnchorId) == EntityKind.Organisation)) continue;
            var text = f.AnchorId != null ? $"{names.Display(f.AnchorId)}'s {f.Noun}" : $"the {f.Noun}";
            v.Describe(text, CaseEvidence.Of(f.Document, f.Sentence, f.Stance, note: text));
        }
        // Roles in apposition the cue list does not hold ("the night guard"); relation nouns were described above.
        foreach (var (person, role, doc, sentence) in names.Roles)
        {
            var v = ViewOf(person);
            if (v == null || v.Kind != EntityKind.Person) continue;
            // "the night guard" says more than the bare "the guard" a relation noun gave: it takes its place.
            int plain = v.Descriptors.IndexOf("the " + role.Noun);
            if (plain >= 0 && role.Phrase.Length > 4 + role.Noun.Length) { v.Descriptors[plain] = role.Phrase; continue; }
            if (v.Descriptors.Any(d => d.EndsWith(" " + role.Noun, StringComparison.OrdinalIgnoreCase))) continue;
            v.Describe(role.Phrase, CaseEvidence.Of(doc, sentence, note: role.Phrase));
        }
        var members = reading.Entities.Entities.GroupBy(e => names.Group(e.Id)).ToDictionary(g => g.Key, g => g.ToList());
        var entities = views.Values.Select(v =>
        {
            var name = names.Display(v.Group);
            var aliases = members.GetValueOrDefault(v.Group, []).SelectMany(e => e.Aliases).Where(a => a != name).Distinct()
                .OrderByDescending(a => a.Length).ThenBy(a => a, StringComparer.Ordinal).ToList();
            return new CaseEntity
            {
                Name = name, Kind = v.Kind, Aliases = aliases, Descriptors = v.Descriptors, MentionsPerDocument = v.Counts, Evidence = v.Evidence,
            };
        }).ToList();
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

    private sealed class View
    {
        private readonly HashSet<string> _seen = new(StringComparer.OrdinalIgnoreCase);
        public required string Group { get; init; }
        public required EntityKind Kind { get; init; }
        public Dictionary<long, int> Counts { get; } = [];
        public List<Evidence> Evidence { get; } = [];
        public List<string> Descriptors { get; } = [];

        public void Describe(string text, Evidence evidence)
        {
            if (!_seen.Add(text)) return;
            Descriptors.Add(text);
            Evidence.Add(evidence);
        }
    }

    /// <summary>The parenthesised cast name right after a mention, as written ("Casimere Jollette"), or null.</summary>
    private static string? Cast(ReadDocument doc, ReadSentence s, Mention m)
    {
        var tokens = s.Tokens;
        if (m.Last >= tokens.Count || tokens[m.Last].Text != "(") return null;
        int close = m.Last + 1;
        while (close < tokens.Count && close < m.Last + 6 && Words.IsCapitalisedWord(tokens[close])) close++;
        if (close == m.Last + 1 || close >= tokens.Count || tokens[close].Text != ")") return null;
        return CaseEvidence.Text(doc, s, m.Last + 1, close);
    }
}
