using Sleuth.Answering;

namespace Sleuth.Analysis.Reading;

/// <summary>How a trigger word relates to the asked predicate.</summary>
public enum TriggerKind
{
    /// <summary>The predicate itself or a synonym used as a verb ("pushed", "shoved").</summary>
    Verb,
    /// <summary>A noun for the doer ("the pusher", "the killer").</summary>
    AgentNoun,
    /// <summary>A generic doer noun ("the culprit") that takes the event of its passage.</summary>
    CulpritNoun,
    /// <summary>The event as a noun ("Cassie's fall", "her death").</summary>
    EventNoun,
    /// <summary>"did it", "done it" standing for an event named nearby.</summary>
    ProVerb,
    /// <summary>A work and its maker: "the novel ... by X and Y".</summary>
    MadeBy,
}

/// <summary>
/// One occurrence of an event in a sentence: the trigger, who did it to whom, and how the source stands
/// toward it (asserted, reported by a holder, denied, speculated or asked).
/// </summary>
public sealed record EventClause
{
    public required ReadDocument Document { get; init; }
    public required ReadSentence Sentence { get; init; }
    public required int Trigger { get; init; }
    public required TriggerKind Kind { get; init; }
    /// <summary>1 for the asked predicate itself, lower for derivations and synonyms.</summary>
    public required double PredicateMatch { get; init; }
    public Argument? Agent { get; init; }
    /// <summary>Other doers joined to the agent by "and" ("by X and Y").</summary>
    public IReadOnlyList<Argument> CoAgents { get; init; } = [];
    public Argument? Patient { get; init; }
    public required Stance Stance { get; init; }
    /// <summary>Who claims or believes it, when the source only reports it.</summary>
    public Argument? Holder { get; init; }
    /// <summary>The holder's text when it is no mention ("people", "everyone").</summary>
    public string? HolderText { get; init; }
    public bool Passive { get; init; }
    public bool Attempted { get; init; }
    /// <summary>A contrasting doer named with "but (rather)": "it wasn't X who did it, but rather Y".</summary>
    public Argument? ContrastAgent { get; init; }
    public string? Note { get; init; }
}
