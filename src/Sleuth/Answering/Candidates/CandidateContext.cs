using Sleuth.Analysis.Reading;
using Sleuth.Answering.Questions;
using Sleuth.Case;

namespace Sleuth.Answering.Candidates;

/// <summary>What every candidate stage gets: the parsed question and the read case, with name lookups.</summary>
public sealed class CandidateContext
{
    public required QuestionFrame Question { get; init; }
    public required CaseReading Reading { get; init; }

    /// <summary>The entity a question name refers to, by alias, then by any shared word of a person's name.</summary>
    public Entity? EntityOf(string? name)
    {
        if (name == null) return null;
        var e = Reading.Entities.Find(name);
        if (e != null) return e;
        var words = name.Split(' ');
        var matches = Reading.Entities.Entities.Where(x => x.Aliases.Any(a => a.Split(' ').Intersect(words).Any())).ToList();
        return matches.Count == 1 ? matches[0] : matches.OrderByDescending(x => x.Kind == EntityKind.Person).ThenByDescending(x => x.Aliases.Count).FirstOrDefault();
    }

    public Entity? EntityOf(Argument? argument) => Reading.Entities.Get(argument?.Mention?.EntityId);

    /// <summary>Whether an argument refers to the named entity, reading role phrases ("his brother") through the case's relations.</summary>
    public bool Refers(ReadSentence sentence, Argument? argument, Entity? entity, string? name)
    {
        if (argument != null && argument.Mention == null && entity != null)
            return Reading.ResolveRole(sentence, argument) == entity.Id;
        return Refers(argument, entity, name);
    }

    /// <summary>Whether an argument refers to the named entity (or, unresolved, has the same text).</summary>
    public bool Refers(Argument? argument, Entity? entity, string? name)
    {
        if (argument?.Mention == null) return false;
        if (entity != null && argument.Mention.EntityId == entity.Id) return true;
        return name != null && argument.Mention.EntityId == null && string.Equals(argument.Mention.Text, name, StringComparison.OrdinalIgnoreCase);
    }

    public Finding Make(Entity entity, ReadDocument doc, ReadSentence s, Stance stance, double match, string? note = null,
        Argument? holder = null, string? holderText = null, string? clauseId = null, bool supports = true, bool exclusive = true)
    {
        var holderEntity = EntityOf(holder);
        return new Finding
        {
            Key = entity.Id, Display = entity.Name, Aliases = entity.Aliases.Where(a => a != entity.Name).OrderBy(a => a).ToList(),
            Document = doc, Sentence = s, Stance = stance, Match = match, Note = note, Supports = supports, Exclusive = exclusive,
            Holder = holderEntity?.Name ?? holder?.Text ?? holderText, HolderKey = holderEntity?.Id, ClauseId = clauseId,
        };
    }
}

/// <summary>A candidate stage: turns the read case into findings for one kind of question.</summary>
public interface ICandidateStage
{
    IEnumerable<Finding> Find(CandidateContext context);
}
