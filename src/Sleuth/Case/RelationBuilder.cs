using Sleuth.Analysis.Cues;
using Sleuth.Analysis.Reading;

namespace Sleuth.Case;

/// <summary>
/// Merges the relation facts of every source into one list: one relation per (person, noun, anchor), its
/// category from the cue list, the number of independent sources (duplicate groups) that state it and a quote
/// from each. A plain role ("Ramon, the choreographer") has an empty <see cref="CaseRelation.To"/>.
/// Questions and denials do not make a relation.
/// </summary>
public static class RelationBuilder
{
    public static IReadOnlyList<CaseRelation> Build(CaseNames names, string? name = null)
    {
        var reading = names.Reading;
        string? only = null;
        if (name != null)
        {
            var e = reading.Entities.Find(name) ?? reading.Entities.Entities
                .Where(x => x.Aliases.Any(a => a.Split(' ').Contains(name, StringComparer.OrdinalIgnoreCase)) || names.Display(x.Id).Equals(name, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(x => names.IsPerson(x.Id)).ThenByDescending(x => x.Aliases.Count).FirstOrDefault();
            if (e == null) return [];
            only = names.Group(e.Id);
        }
        var relations = new List<CaseRelation>();
        var inverses = Inverses(names);
        var groups = names.Facts.Concat(inverses.Keys)
            .Where(f => names.IsPerson(f.PersonId))
            .Where(f => f.AnchorId == null || names.IsPerson(f.AnchorId) || names.Kind(f.AnchorId) == EntityKind.Organisation && Category(f.Noun) == "work")
            .Where(f => f.AnchorId == null || names.Group(f.AnchorId) != names.Group(f.PersonId))
            .Where(f => only == null || names.Group(f.PersonId) == only || (f.AnchorId != null && names.Group(f.AnchorId) == only))
            .GroupBy(f => (Person: names.Group(f.PersonId), Noun: Canonical(f.Noun), Anchor: f.AnchorId == null ? null : names.Group(f.AnchorId)));
        foreach (var g in groups)
        {
            var anchor = g.Key.Anchor == null ? "" : names.Display(g.Key.Anchor);
            var evidence = g.GroupBy(f => (f.Document.Document.Id, f.Sentence.Index)).Select(x => x.First())
                .OrderBy(f => f.Document.Document.Id).ThenBy(f => f.Sentence.Index)
                .Select(f => CaseEvidence.Of(f.Document, f.Sentence, f.Stance,
                    note: inverses.TryGetValue(f, out var source) ? $"from: {names.Display(source.PersonId)} is {anchor}'s {source.Noun}" : anchor.Length == 0 ? $"the {f.Noun}" : names.IsImplied(f) ? $"the {f.Noun}, in a source about {anchor}"
                        : names.ResolvedRole(f) is { } role ? $"{f.Noun} of the {role}, {anchor}" : $"{f.Noun} of {anchor}"))
                .ToList();
            relations.Add(new CaseRelation
            {
                From = names.Display(g.Key.Person), Kind = g.Key.Noun, To = anchor,
                Category = Category(g.Key.Noun),
                Sources = g.Select(f => f.Document.Document.DuplicateGroup).Distinct().Count(),
                Evidence = evidence,
            });
        }
        return relations.OrderBy(r => CategoryOrder(r.Category)).ThenByDescending(r => r.Sources).ThenBy(r => r.From, StringComparer.Ordinal)
            .ThenBy(r => r.Kind, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// "X is Y's girlfriend" also says "Y is X's boyfriend": each kinship or romance fact between two people gives
    /// its inverse, worded by the gender the case gives Y ([relation.inverse]), mapped to the fact it came from.
    /// </summary>
    private static Dictionary<RelationFact, RelationFact> Inverses(CaseNames names)
    {
        var table = Sleuth.Analysis.Reading.Words.Cues.Section("relation.inverse").Select(e => e.Split('_')).Where(p => p.Length == 4).ToDictionary(p => p[0], p => p);
        var result = new Dictionary<RelationFact, RelationFact>();
        foreach (var f in names.Facts)
        {
            if (f.AnchorId == null || !names.IsPerson(f.AnchorId) || !table.TryGetValue(Canonical(f.Noun), out var forms)) continue;
            var gender = names.Reading.Entities.Get(names.Group(f.AnchorId))?.Gender ?? '?';
            var inverse = f with { PersonId = f.AnchorId, AnchorId = f.PersonId, Noun = gender == 'm' ? forms[1] : gender == 'f' ? forms[2] : forms[3] };
            result[inverse] = f;
        }
        return result;
    }

    private static string Category(string noun) =>
        CueLexicon.Shared.Relations.TryGetValue(Canonical(noun), out var r) || CueLexicon.Shared.Relations.TryGetValue(noun, out r) ? r.Category : "other";

    private static int CategoryOrder(string category) => category switch
    {
        "kinship" => 0, "romance" => 1, "work" => 2, "school" => 3, "rivalry" => 4, _ => 5,
    };

    /// <summary>Spellings of one relation ("mom" and "mother") merge under one noun.</summary>
    public static string Canonical(string noun) => noun switch
    {
        "mom" or "mum" => "mother", "dad" => "father", "co-worker" => "coworker", "fiance" => "fiancé", "fiancee" => "fiancée",
        "neighbour" => "neighbor",
        _ => noun,
    };
}
