using Sleuth.Case;

namespace Sleuth;

public sealed partial class CaseService
{
    /// <summary>People, organisations and places with aliases merged.</summary>
    public PeopleReport People() => throw new NotImplementedException();

    /// <summary>Relations, optionally only those touching one name.</summary>
    public IReadOnlyList<CaseRelation> Relations(string? name = null) => throw new NotImplementedException();

    /// <summary>Everyone the sources connect to the event in the question, with status and evidence.</summary>
    public BoardReport Board(string question) => throw new NotImplementedException();

    /// <summary>The who-says-what matrix for the question.</summary>
    public ClaimsMatrix Claims(string question) => throw new NotImplementedException();

    /// <summary>Events in the order the sources allow.</summary>
    public IReadOnlyList<TimelineEvent> Timeline() => throw new NotImplementedException();
}
