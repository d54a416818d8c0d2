using Sleuth.Case;

namespace Sleuth.Analysis.Reading;

/// <summary>
/// Clusters name mentions across the whole case into entities (Ottilie = Ottilie Kade; Madam Celeste =
/// Celeste Varre), then decides each entity's kind and gender from the evidence the text gives.
/// </summary>
public sealed class EntityCatalog
{
    private readonly Dictionary<string, Entity> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _formToId = new(StringComparer.Ordinal);

    public IReadOnlyCollection<Entity> Entities => _byId.Values;

    public Entity? Get(string? id) => id != null && _byId.TryGetValue(id, out var e) ? e : null;

    /// <summary>The entity a name form belongs to, by exact form, then by core form without title.</summary>
    public Entity? Find(string form)
    {
        if (_formToId.TryGetValue(form, out var id)) return _byId[id];
        var core = StripTitle(form).Core;
        return _formToId.TryGetValue(core, out id) ? _byId[id] : null;
    }

    /// <summary>Whether two names (any forms) refer to the same entity.</summary>
    public bool SameEntity(string a, string b)
    {
        var ea = Find(a); var eb = Find(b);
        return ea != null && ea == eb;
    }

    /// <summary>Builds the catalog from every name mention of the case and assigns EntityId to each.</summary>
    public static EntityCatalog Build(IReadOnlyList<ReadDocument> documents)
    {
        var catalog = new EntityCatalog();
        var forms = new Dictionary<string, (int Count, HashSet<long> Docs)>(StringComparer.Ordinal);
        foreach (var doc in documents)
            foreach (var m in doc.Mentions)
            {
                if (m.Kind != MentionKind.Name) continue;
                var core = StripTitle(m.Text).Core;
                if (core.Length == 0) continue;
                if (!forms.TryGetValue(core, out var f)) forms[core] = f = (0, []);
                forms[core] = (f.Count + 1, f.Docs);
                f.Docs.Add(doc.Document.Id);
            }

        // Longest forms first: a shorter form joins the one longer form that contains it, when only one does.
        var ordered = forms.Keys.OrderByDescending(k => k.Split(' ').Length).ThenByDescending(k => forms[k].Count).ThenBy(k => k, StringComparer.Ordinal).ToList();
        var full = new List<string>();
        foreach (var form in ordered)
        {
            var parts = form.Split(' ');
            string? home = null;
            var containing = full.Where(f => IsSubName(parts, f.Split(' '))).ToList();
            if (containing.Count > 0)
            {
                // Several owners share the word (a family name): it stays apart, and each document resolves it locally.
                var owners = containing.Select(c => catalog._formToId[c]).Distinct().ToList();
                if (owners.Count == 1) home = owners[0];
            }
            if (home == null)
            {
                var entity = new Entity { Id = form, Name = form };
                catalog._byId[form] = entity;
                home = form;
                if (parts.Length > 1) full.Add(form);
            }
            else if (parts.Length > 1) full.Add(form);
            catalog._formToId[form] = home;
            catalog._byId[home].Aliases.Add(form);
        }
        foreach (var doc in documents)
            foreach (var m in doc.Mentions)
                if (m.Kind == MentionKind.Name)
                {
                    var (core, _) = StripTitle(m.Text);
                    if (catalog._formToId.TryGetValue(core, out var id)) { m.EntityId = id; catalog._byId[id].Aliases.Add(m.Text); }
                }
        return catalog;
    }

    private static bool IsSubName(string[] shorter, string[] longer)
    {
        if (shorter.Length >= longer.Length) return false;
        for (int start = 0; start + shorter.Length <= longer.Length; start++)
        {
            bool all = true;
            for (int k = 0; k < shorter.Length && all; k++) all = shorter[k] == longer[start + k];
            if (all)
            {
                // "Marrow Creek" inside "Marrow Creek Courier": a place that names a paper or a school is not it.
                var head = longer[^1].ToLowerInvariant();
                if (start == 0 && (Words.Cues.Is("organisation.head", head) || Words.Cues.Is("place.head", head))) return false;
                // "Port Ellery" inside "Smoke Over Port Ellery": a name after a small word of a title is another thing.
                if (start > 0 && Words.IsFunctionWord(longer[start - 1].ToLowerInvariant())) return false;
                // Only a first name, a last name, or a run at either end; "of"-joined organisation words do not count alone.
                if (start != 0 && start + shorter.Length != longer.Length) return false;
                return shorter.All(w => w.Length > 1 && !Words.IsNameConnector(w.ToLowerInvariant()));
            }
        }
        return false;
    }

    /// <summary>Removes entities no mention refers to any more (a surname whose every use was resolved to a person).</summary>
    public void DropUnused(IReadOnlyList<ReadDocument> documents)
    {
        var used = documents.SelectMany(d => d.Mentions).Select(m => m.EntityId).Where(id => id != null).ToHashSet();
        foreach (var id in _byId.Keys.Where(id => !used.Contains(id)).ToList())
        {
            _byId.Remove(id);
            foreach (var form in _formToId.Where(kv => kv.Value == id).Select(kv => kv.Key).ToList()) _formToId.Remove(form);
        }
    }

    /// <summary>Splits a leading title ("Mr.", "Dr", "Madam") off a name.</summary>
    public static (string Core, string? Title) StripTitle(string name)
    {
        var space = name.IndexOf(' ');
        if (space <= 0) return (name, null);
        var first = name[..space].ToLowerInvariant();
        var cues = Words.Cues;
        if (cues.Is("title.female", first) || cues.Is("title.male", first) || cues.Is("title.neutral", first)
            || cues.Is("title.female", first + ".") || cues.Is("title.male", first + ".") || cues.Is("title.neutral", first + "."))
            return (name[(space + 1)..].TrimStart('.', ' '), first.TrimEnd('.'));
        return (name, null);
    }

    /// <summary>Decides kind and gender from the votes gathered while reading.</summary>
    public void Settle(Sleuth.Lexicon.ILexicon lexicon)
    {
        foreach (var e in _byId.Values)
        {
            var words = e.Name.Split(' ');
            // "Dhonielle Clayton": several capitalised words that are mostly no ordinary words read as a person's name.
            if (words.Length is 2 or 3)
            {
                int unknown = words.Count(w => !Sleuth.Lexicon.LexiconExtensions.IsKnownWord(lexicon, w.ToLowerInvariant()));
                if (unknown * 2 >= words.Length && words.All(w => w.Length > 1 && char.IsUpper(w[0]))) e.PersonVotes += 1;
            }
            foreach (var w in words)
            {
                var lower = w.ToLowerInvariant();
                if (Words.Cues.Is("organisation.head", lower)) e.OrganisationVotes += 3;
                if (Words.Cues.Is("place.head", lower)) e.PlaceVotes += 3;
            }
            // A common given name first says "person", and how the sources will usually refer to them.
            var given = StripTitle(e.Name).Core.Split(' ')[0].ToLowerInvariant();
            if (words.Length <= 3 && Words.Cues.Is("given.female", given)) { e.PersonVotes += 1; e.FemaleVotes += 1.5; }
            else if (words.Length <= 3 && Words.Cues.Is("given.male", given)) { e.PersonVotes += 1; e.MaleVotes += 1.5; }
            else if (words.Length <= 3 && Words.Cues.Is("given.neutral", given)) e.PersonVotes += 1;
            foreach (var alias in e.Aliases)
            {
                var (_, title) = StripTitle(alias);
                if (title == null) continue;
                e.PersonVotes += 3;
                if (Words.Cues.Is("title.female", title) || Words.Cues.Is("title.female", title + ".")) e.FemaleVotes += 3;
                if (Words.Cues.Is("title.male", title) || Words.Cues.Is("title.male", title + ".")) e.MaleVotes += 3;
            }
            double best = Math.Max(Math.Max(e.PlaceVotes, e.OrganisationVotes), e.OtherVotes);
            e.Kind = e.PersonVotes >= 1 && e.PersonVotes >= best ? EntityKind.Person
                : e.OrganisationVotes >= Math.Max(e.PlaceVotes, e.OtherVotes) && e.OrganisationVotes > 0 ? EntityKind.Organisation
                : e.PlaceVotes > 0 && e.PlaceVotes >= e.OtherVotes ? EntityKind.Place
                : EntityKind.Other;
            e.Gender = e.FemaleVotes > e.MaleVotes ? 'f' : e.MaleVotes > e.FemaleVotes ? 'm' : '?';
            e.Name = e.Aliases.Select(a => StripTitle(a).Core).OrderByDescending(a => a.Split(' ').Length).ThenBy(a => a.Length).First();
        }
    }
}
