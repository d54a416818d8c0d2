using Sleuth.Analysis.Reading;

namespace Sleuth.Answering.Questions;

/// <summary>Which part of a proposition a question asks for.</summary>
public enum AskedRole { Agent, Patient, Relation, Place, Time, Reason, YesNo, Number, Thing, Unknown }

/// <summary>The parsed question the answering stages work from; <see cref="Public"/> is what users see.</summary>
public sealed record QuestionFrame
{
    public required QuestionAnalysis Public { get; init; }
    public required AskedRole Role { get; init; }
    public required AnswerType Type { get; init; }
    /// <summary>The predicate's lemma and the words that can stand for it, when the question has one.</summary>
    public PredicateForms? Forms { get; init; }
    /// <summary>The named subject of the question's predicate ("Ottilie" in "Why did Ottilie push Mara?").</summary>
    public string? Subject { get; init; }
    /// <summary>The named object ("Mara Vance" in "Who pushed Mara Vance?").</summary>
    public string? Object { get; init; }
    /// <summary>Head noun of the object phrase ("novel" in "the novel Glass Harbour").</summary>
    public string? ObjectHead { get; init; }
    /// <summary>For "Who did X accuse of ...?": the person whose claim is asked about.</summary>
    public string? Holder { get; init; }
    /// <summary>For relation questions: the relation noun ("sister") and the person it is relative to.</summary>
    public string? RelationNoun { get; init; }
    public string? RelationAnchor { get; init; }
    /// <summary>For "How is X related to Y?": X, whose relation to the anchor Y is asked.</summary>
    public string? RelationTarget { get; init; }
    /// <summary>Further relation nouns that answer the question ("affair" asks for a lover, boyfriend or partner).</summary>
    public IReadOnlyList<string> RelationAlternatives { get; init; } = [];
    /// <summary>For place questions: what is located; its name when it has one, and its head words.</summary>
    public string? Focus { get; init; }
    public IReadOnlyList<string> FocusWords { get; init; } = [];
    /// <summary>Content words of a by-phrase that is no name ("security video" in "Who was cleared by security video?").</summary>
    public IReadOnlyList<string> AgentWords { get; init; } = [];
    /// <summary>The event named by a noun ("fire" in "When did the fire happen?").</summary>
    public string? EventNoun { get; init; }
    /// <summary>For "how many" questions: the counted noun's lemma.</summary>
    public string? CountedNoun { get; init; }
    /// <summary>Content lemmas of the question, for retrieval.</summary>
    public IReadOnlyList<string> ContentLemmas { get; init; } = [];
    /// <summary>Every name in the question.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];
}
