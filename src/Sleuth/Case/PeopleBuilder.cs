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
        var entities = new List<CaseEntity>();
        foreach (var group in reading.Entities.Entities.Select(e => names.Group(e.Id)).Distinct())
        {
            var kind = names.Kind(group);
            if (kind == null) continue;
            entities.Add(Describe(names, group, kind.Value));
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

    private static CaseEntity Describe(CaseNames names, string group, EntityKind kind)
    {
        var reading = names.Reading;
        var members = names.Members(group).Append(group).ToHashSet(StringComparer.Ordinal);
        var counts = new Dictionary<long, int>();
        var evidence = new List<Evidence>();
        var descriptors = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var doc in reading.Documents)
        {
            bool quoted = false;
            foreach (var s in doc.Sentences)
                foreach (var m in s.Mentions)
                {
                    if (m.EntityId == null || !members.Contains(m.EntityId) || m.Parenthetical || names.IsCast(m)) continue;
                    counts[doc.Document.Id] = counts.GetValueOrDefault(doc.Document.Id) + 1;
                    if (!quoted && m.Kind == MentionKind.Name) { evidence.Add(CaseEvidence.Of(doc, s, note: "first mention")); quoted = true; }
                    if (m.Kind != MentionKind.Name || kind != EntityKind.Person) continue;
                    var cast = Cast(doc, s, m);
                    if (cast != null && seen.Add("played by " + cast))
                    {
                        descriptors.Add("played by " + cast);
                        evidence.Add(CaseEvidence.Of(doc, s, note: "played by " + cast));
                    }
                }
        }
        if (kind == EntityKind.Person)
            foreach (var f in names.Facts.Where(f => members.Contains(f.PersonId)))
            {
                var text = f.AnchorId != null ? $"{names.Display(f.AnchorId)}'s {f.Noun}" : $"the {f.Noun}";
                if (f.AnchorId != null && names.Group(f.AnchorId) == group) continue;
                if (!seen.Add(text)) continue;
                descriptors.Add(text);
                evidence.Add(CaseEvidence.Of(f.Document, f.Sentence, f.Stance, note: text));
            }
        var name = names.Display(group);
        var aliases = members.SelectMany(id => reading.Entities.Get(id)?.Aliases ?? []).Where(a => a != name).Distinct()
            .OrderByDescending(a => a.Length).ThenBy(a => a, StringComparer.Ordinal).ToList();
        return new CaseEntity
        {
            Name = name, Kind = kind, Aliases = aliases, Descriptors = descriptors, MentionsPerDocument = counts, Evidence = evidence,
        };
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
