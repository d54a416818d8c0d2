using Sleuth.Answering;

namespace Sleuth.Case;

/// <summary>What sort of entity a name refers to.</summary>
public enum EntityKind { Person, Organisation, Place, Work, Other }

/// <summary>A person, organisation or place with every name the sources use for it.</summary>
public sealed record CaseEntity
{
    public required string Name { get; init; }
    public required EntityKind Kind { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>Descriptions the sources give ("Mara's boyfriend", "the roommate", "played by ...").</summary>
    public IReadOnlyList<string> Descriptors { get; init; } = [];
    /// <summary>Mentions per document id.</summary>
    public IReadOnlyDictionary<long, int> MentionsPerDocument { get; init; } = new Dictionary<long, int>();
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}

/// <summary>The people, organisations and places of a case.</summary>
public sealed record PeopleReport(IReadOnlyList<CaseEntity> People, IReadOnlyList<CaseEntity> Organisations, IReadOnlyList<CaseEntity> Places)
{
    /// <summary>Works (titles of shows, books), brands and names of no clear kind, kept apart from the people.</summary>
    public IReadOnlyList<CaseEntity> Other { get; init; } = [];
    /// <summary>Documents read for the report; fewer than <see cref="DocumentsInCase"/> when the case is too large to read whole.</summary>
    public int DocumentsRead { get; init; }
    public int DocumentsInCase { get; init; }
}

/// <summary>A relation between two entities: "Ottilie is Ines's sister" is From=Ottilie, Kind=sister, To=Ines.</summary>
public sealed record CaseRelation
{
    public required string From { get; init; }
    public required string Kind { get; init; }
    public required string To { get; init; }
    /// <summary>kinship, romance, work, school, rivalry or other.</summary>
    public required string Category { get; init; }
    public required int Sources { get; init; }
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}

/// <summary>Where a person stands with respect to an event.</summary>
public enum BoardStatus { Culprit, AccusedRefuted, SuspectedCleared, Disputed, Suspected, NamedOnly }

/// <summary>One person on the board of an event, with status, accuser, reason cleared, motive and evidence.</summary>
public sealed record BoardEntry
{
    public required string Person { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required BoardStatus Status { get; init; }
    public IReadOnlyList<string> AccusedBy { get; init; } = [];
    public string? ClearedBecause { get; init; }
    public string? Motive { get; init; }
    public IReadOnlyList<Evidence> For { get; init; } = [];
    public IReadOnlyList<Evidence> Against { get; init; } = [];
}

/// <summary>The board of an event: the verdict from ask and every person the sources connect to it.</summary>
public sealed record BoardReport(string Question, AskResult Verdict, IReadOnlyList<BoardEntry> Entries);

/// <summary>One independent source, a column of the claims matrix.</summary>
public sealed record ClaimSource(long SourceGroup, string Title, IReadOnlyList<long> DocumentIds);

/// <summary>One cell: how a source stands toward a proposition; Stance null means the source is silent.</summary>
public sealed record ClaimCell(long SourceGroup, Stance? Stance, string? Holder, Evidence? Evidence)
{
    /// <summary>How the reader took the sentence ("accused (accuses)", "innocent", "names X instead" for a silent source that names another).</summary>
    public string? Note { get; init; }
    /// <summary>Further sentences of the same source about the proposition, weaker than the one shown.</summary>
    public IReadOnlyList<Evidence> Others { get; init; } = [];
}

/// <summary>One proposition ("Ottilie pushed Mara Vance") across every source.</summary>
public sealed record ClaimRow(string Proposition, string Candidate, IReadOnlyList<ClaimCell> Cells)
{
    /// <summary>Where ask placed the candidate: answer, refuted, disputed or unsupported.</summary>
    public CandidateStatus Status { get; init; }
}

/// <summary>The who-says-what matrix for a question.</summary>
public sealed record ClaimsMatrix(string Question, IReadOnlyList<ClaimSource> Sources, IReadOnlyList<ClaimRow> Rows);

/// <summary>An event with its time anchor and position; unanchored events keep the order the sources tell them.</summary>
public sealed record TimelineEvent
{
    public required string Description { get; init; }
    public string? Anchor { get; init; }
    public required int Order { get; init; }
    public required bool Anchored { get; init; }
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}
