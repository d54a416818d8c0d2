using Sleuth.Case;

namespace Sleuth.Analysis.Reading;

/// <summary>One entity of the case: every name form the sources use for it, its kind and its gender.</summary>
public sealed class Entity
{
    public required string Id { get; init; }
    /// <summary>The fullest, most used name.</summary>
    public required string Name { get; set; }
    public HashSet<string> Aliases { get; } = new(StringComparer.Ordinal);
    public EntityKind Kind { get; set; } = EntityKind.Person;
    /// <summary>'f', 'm' or '?' when the sources do not tell.</summary>
    public char Gender { get; set; } = '?';
    /// <summary>Evidence counts that decide the kind.</summary>
    public double PersonVotes { get; set; }
    public double PlaceVotes { get; set; }
    public double OrganisationVotes { get; set; }
    public double OtherVotes { get; set; }
    public double FemaleVotes { get; set; }
    public double MaleVotes { get; set; }
    public override string ToString() => $"{Name} [{Kind},{Gender}] ({string.Join(", ", Aliases)})";
}
