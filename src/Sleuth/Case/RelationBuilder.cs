using Sleuth.Analysis.Cues;
using Sleuth.Analysis.Reading;
using Sleuth.Answering;
using Sleuth.Lexicon;

namespace Sleuth.Case;

/// <summary>
/// Merges the relation facts of every source into one list: one relation per (person, noun, anchor), its
/// category from the cue list, the number of independent sources (duplicate groups) that state it and a quote
/// from each. A plain role ("Ramon, the choreographer") has an empty <see cref="CaseRelation.To"/>.
/// Questions and denials do not make a relation.
/// </summary>
public sealed class RelationBuilder
{
    private readonly PeopleBuilder _people;

    public RelationBuilder(ILexicon lexicon) => _people = new PeopleBuilder(lexicon);

    public IReadOnlyList<CaseRelation> Build(CaseReading reading, string? name = null)
    {
        var facts = reading.Documents.SelectMany(RelationFinder.Find).ToList();
        var kinds = _people.KindsOf(reading, facts);
        Entity? only = null;
        if (name != null)
        {
            only = reading.Entities.Find(name) ?? reading.Entities.Entities
                .Where(e => e.Aliases.Any(a => a.Split(' ').Contains(name, StringComparer.OrdinalIgnoreCase)))
                .OrderByDescending(e => kinds[e.Id] == EntityKind.Person).ThenByDescending(e => e.Aliases.Count).FirstOrDefault();
            if (only == null) return [];
        }
        var relations = new List<CaseRelation>();
        var groups = facts
            .Where(f => f.Stance is Stance.Asserted or Stance.Reported)
            .Where(f => kinds.GetValueOrDefault(f.PersonId) == EntityKind.Person)
            .Where(f => f.AnchorId == null || kinds.GetValueOrDefault(f.AnchorId) is EntityKind.Person or EntityKind.Organisation)
            .Where(f => only == null || f.PersonId == only.Id || f.AnchorId == only.Id)
            .GroupBy(f => (f.PersonId, Noun: Canonical(f.Noun), f.AnchorId));
        foreach (var g in groups)
        {
            var person = reading.Entities.Get(g.Key.PersonId)!;
            var anchor = reading.Entities.Get(g.Key.AnchorId);
            var evidence = g.GroupBy(f => (f.Document.Document.Id, f.Sentence.Index)).Select(x => x.First())
                .OrderBy(f => f.Document.Document.Id).ThenBy(f => f.Sentence.Index)
                .Select(f => CaseEvidence.Of(f.Document, f.Sentence, f.Stance, note: anchor != null ? $"{f.Noun} of {PeopleBuilder.DisplayName(anchor)}" : $"the {f.Noun}"))
                .ToList();
            relations.Add(new CaseRelation
            {
                From = PeopleBuilder.DisplayName(person), Kind = g.Key.Noun, To = anchor != null ? PeopleBuilder.DisplayName(anchor) : "",
                Category = CueLexicon.Shared.Relations.TryGetValue(g.Key.Noun, out var r) ? r.Category : "other",
                Sources = g.Select(f => f.Document.Document.DuplicateGroup).Distinct().Count(),
                Evidence = evidence,
            });
        }
        return relations.OrderBy(r => CategoryOrder(r.Category)).ThenByDescending(r => r.Sources).ThenBy(r => r.From, StringComparer.Ordinal)
            .ThenBy(r => r.Kind, StringComparer.Ordinal).ToList();
    }

    private static int CategoryOrder(string category) => category switch
    {
        "kinship" => 0, "romance" => 1, "work" => 2, "school" => 3, "rivalry" => 4, _ => 5,
    };

    /// <summary>Spellings of one relation ("mom" and "mother") merge under one noun.</summary>
    private static string Canonical(string noun) => noun switch
    {
        "mom" or "mum" => "mother", "dad" => "father", "co-worker" => "coworker", "fiance" => "fiancé", "fiancee" => "fiancée",
        "neighbour" => "neighbor",
        _ => noun,
    };
}
