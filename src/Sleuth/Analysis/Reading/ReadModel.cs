using Sleuth.Storage;

namespace Sleuth.Analysis.Reading;

/// <summary>What a mention is: a proper name, a personal pronoun, or a description ("her sister").</summary>
public enum MentionKind { Name, Pronoun }

/// <summary>A reference to an entity inside one sentence, with token positions and exact character offsets.</summary>
public sealed class Mention
{
    public required int Sentence { get; init; }
    /// <summary>First token index in the sentence.</summary>
    public required int First { get; init; }
    /// <summary>Token index one past the last token of the mention (possessive marker excluded).</summary>
    public required int Last { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public required string Text { get; init; }
    public required MentionKind Kind { get; init; }
    /// <summary>Followed by a possessive 's ("Bette's sister").</summary>
    public bool Possessive { get; init; }
    /// <summary>Inside parentheses right after another name: an actor or alternative name, not a participant.</summary>
    public bool Parenthetical { get; set; }
    /// <summary>For pronouns: 'f', 'm' or 'p' (plural).</summary>
    public char Gender { get; init; }
    /// <summary>The entity the mention refers to, once names are clustered and pronouns resolved.</summary>
    public string? EntityId { get; set; }
    public override string ToString() => $"{Text}@{Sentence}:{First}->{EntityId}";
}

/// <summary>A sentence ready for reading: tokens with lemmas and the mentions found in it.</summary>
public sealed class ReadSentence
{
    public required int Index { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public required SegmentKind Kind { get; init; }
    public required IReadOnlyList<Token> Tokens { get; init; }
    /// <summary>Lowercase forms, parallel to Tokens.</summary>
    public required string[] Lower { get; init; }
    /// <summary>Index lemmas, parallel to Tokens.</summary>
    public required string[] Lemmas { get; init; }
    public List<Mention> Mentions { get; } = [];
    /// <summary>A question (ends with '?'), whose content the source only asks.</summary>
    public bool IsQuestion { get; init; }

    /// <summary>The mention covering a token, or null.</summary>
    public Mention? MentionAt(int token)
    {
        foreach (var m in Mentions)
            if (token >= m.First && token < m.Last) return m;
        return null;
    }

    /// <summary>The mention whose last token (or possessive marker, or closing parenthesis of a trailing alias) is at the token.</summary>
    public Mention? MentionEndingAt(int token)
    {
        foreach (var m in Mentions)
            if (!m.Parenthetical && m.Last - 1 == token) return m;
        return null;
    }
}

/// <summary>One stored document read: its sentences and mentions, resolved against the case's entities.</summary>
public sealed class ReadDocument
{
    public required StoredDocument Document { get; init; }
    public required IReadOnlyList<ReadSentence> Sentences { get; init; }
    /// <summary>The document carries a spoiler warning.</summary>
    public bool SpoilerWarning { get; init; }
    public IEnumerable<Mention> Mentions => Sentences.SelectMany(s => s.Mentions);
}
