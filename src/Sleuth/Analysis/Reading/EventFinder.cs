using Sleuth.Answering;

namespace Sleuth.Analysis.Reading;

/// <summary>The words that can stand for an asked predicate, each with how closely it matches.</summary>
public sealed record PredicateForms
{
    /// <summary>Lemma of the asked predicate ("push").</summary>
    public required string Lemma { get; init; }
    /// <summary>Verb lemmas with their match weight: the predicate 1.0, synonyms lower.</summary>
    public required IReadOnlyDictionary<string, double> Verbs { get; init; }
    /// <summary>Doer nouns ("pusher", "killer") with their weight.</summary>
    public IReadOnlyDictionary<string, double> AgentNouns { get; init; } = new Dictionary<string, double>();
    /// <summary>Verbs that only stand for the predicate with certain words after them ("set" + "fire").</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Requirements { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>Nouns that name the act itself ("arson", "theft"), read after words of guilt.</summary>
    public IReadOnlySet<string> ActNouns { get; init; } = new HashSet<string>();
    /// <summary>Work nouns for "made by" questions ("novel"), from the asked object.</summary>
    public IReadOnlySet<string> MadeThings { get; init; } = new HashSet<string>();
}

/// <summary>
/// Finds every clause in a document that expresses a predicate and reads its participants and stance:
/// active and passive verbs, clefts, relative clauses, coordination, "accused X of doing", doer nouns
/// ("X is not the pusher"), generic culprit nouns tied to the passage's event, and "did it" pro-verbs.
/// </summary>
public static class EventFinder
{
    public static IReadOnlyList<EventClause> Find(ReadDocument doc, PredicateForms forms)
    {
        var clauses = new List<EventClause>();
        var cues = Words.Cues;
        var eventSentences = new HashSet<int>();
        foreach (var s in doc.Sentences)
        {
            for (int t = 0; t < s.Tokens.Count; t++)
            {
                var lemma = s.Lemmas[t];
                var lower = s.Lower[t];
                if ((forms.Verbs.TryGetValue(lemma, out var w) || forms.Verbs.TryGetValue(lower, out w)) && Satisfies(s, t, forms, lemma))
                {
                    var c = ReadVerb(doc, s, t, w);
                    if (c != null)
                    {
                        clauses.Add(c);
                        eventSentences.Add(s.Index);
                        var denied = NotButDenial(c);
                        if (denied != null) clauses.Add(denied);
                    }
                }
                else if (forms.AgentNouns.TryGetValue(lemma, out w) || forms.AgentNouns.TryGetValue(lower, out w))
                {
                    var c = ReadDoerNoun(doc, s, t, w, TriggerKind.AgentNoun);
                    if (c != null) clauses.Add(c);
                }
                else if (forms.MadeThings.Contains(lemma))
                    clauses.AddRange(ReadMadeBy(doc, s, t));
                else if (cues.Is("creation.verb", lemma) || lemma is "add" or "sign" or "plant")
                {
                    // "wrote the forged signatures", "planted the fake entries": making the thing the act produces is doing the act.
                    var obj = ArgumentFinder.RightObject(s, t);
                    if (obj != null && obj.Mention == null && Enumerable.Range(obj.First, obj.Last - obj.First).Any(k => forms.Verbs.TryGetValue(s.Lemmas[k], out var ow) && ow >= 0.75 || forms.Verbs.ContainsKey(s.Lower[k])))
                    {
                        var c = ReadVerb(doc, s, t, 0.8);
                        if (c != null) clauses.Add(c with { Note = "made the " + obj.Text });
                    }
                }
                else if (forms.ActNouns.Contains(lemma) || forms.ActNouns.Contains(lower))
                {
                    var c = ReadGuilt(doc, s, t);
                    if (c != null) clauses.Add(c);
                }
            }
        }
        clauses.AddRange(AnswersToQuestions(doc, clauses));
        // Generic culprit nouns and pro-verbs take the event of their passage: only near a clause of the predicate.
        foreach (var s in doc.Sentences)
        {
            bool near = eventSentences.Any(i => i <= s.Index && s.Index - i <= 2);
            if (!near) continue;
            for (int t = 0; t < s.Tokens.Count; t++)
            {
                var lower = s.Lower[t];
                if (cues.Is("culprit.noun", lower) && !forms.AgentNouns.ContainsKey(lower))
                {
                    var c = ReadDoerNoun(doc, s, t, 0.7, TriggerKind.CulpritNoun);
                    if (c != null && c.Agent?.Mention != null) clauses.Add(c);
                }
                else if (s.Lemmas[t] == "do" && t + 1 < s.Tokens.Count && s.Lower[t + 1] == "it")
                {
                    var c = ReadVerb(doc, s, t, 0.6, TriggerKind.ProVerb);
                    if (c != null && c.Agent?.Mention != null) clauses.Add(c with { Patient = null });
                }
            }
        }
        return clauses;
    }

    /// <summary>
    /// Explainers ask and answer: a question "Who poisoned X?" followed shortly by "It was Y." or "Y did it." or a
    /// bare "Y (Actor)." names Y as the doer of the asked event.
    /// </summary>
    private static IEnumerable<EventClause> AnswersToQuestions(ReadDocument doc, List<EventClause> clauses)
    {
        foreach (var asked in clauses.Where(c => c.Note == "asked" && c.Agent == null).ToList())
        {
            for (int i = asked.Sentence.Index + 1; i < doc.Sentences.Count && i <= asked.Sentence.Index + 3; i++)
            {
                var s = doc.Sentences[i];
                if (s.IsQuestion) break;
                var names = s.Mentions.Where(m => m.Kind == MentionKind.Name && !m.Parenthetical).ToList();
                int words = s.Tokens.Count(t => t.Kind == TokenKind.Word) - s.Mentions.Where(m => m.Parenthetical).Sum(m => m.Last - m.First);
                if (names.Count != 1 || words > 9) continue;
                var name = names[0];
                var rest = string.Join(' ', s.Lower.Where((w, k) => s.Tokens[k].Kind == TokenKind.Word && (k < name.First || k >= name.Last) && s.MentionAt(k)?.Parenthetical != true));
                if (rest is "" or "it was" or "it's" or "it is" or "did it" or "the answer is" or "it was actually" or "answer" or "the culprit is" or "the culprit was")
                    yield return new EventClause
                    {
                        Document = doc, Sentence = s, Trigger = name.First, Kind = TriggerKind.ProVerb, PredicateMatch = asked.PredicateMatch * 0.85,
                        Agent = new Argument(name, name.First, name.Last, name.Text), Patient = asked.Patient, Stance = Stance.Asserted,
                        Note = "answers the question \"" + string.Join(' ', asked.Sentence.Tokens.Select(t => t.Text)) + "\"",
                    };
                break;
            }
        }
    }

    /// <summary>Whether the words a paraphrase needs ("fire" after "set") follow the trigger closely.</summary>
    private static bool Satisfies(ReadSentence s, int t, PredicateForms forms, string lemma)
    {
        if (!forms.Requirements.TryGetValue(lemma, out var needed) || needed.Count == 0) return true;
        var window = Enumerable.Range(t + 1, Math.Max(0, Math.Min(5, s.Tokens.Count - t - 1))).Select(i => s.Lemmas[i]).ToHashSet();
        return needed.All(window.Contains);
    }

    private static EventClause? ReadVerb(ReadDocument doc, ReadSentence s, int t, double weight, TriggerKind kind = TriggerKind.Verb)
    {
        var cues = Words.Cues;
        if (kind == TriggerKind.Verb && ArgumentFinder.IsNounUse(s, t))
        {
            // "Mara's fall", "her death": the possessor undergoes the event.
            var possessor = t > 0 ? s.MentionEndingAt(t - 1) ?? s.MentionAt(t - 1) : null;
            if (Words.IsPossessiveMarker(s.Tokens[t - 1].Text) && t > 1) possessor = s.MentionEndingAt(t - 2);
            var stanceN = StanceReader.Read(s, t, HasNegationBefore(s, t), false);
            bool counterfactual = t > 1 && cues.Is("counterfactual", s.Lower[t - 1]);
            return new EventClause
            {
                Document = doc, Sentence = s, Trigger = t, Kind = TriggerKind.EventNoun, PredicateMatch = weight * 0.8,
                Patient = possessor != null ? new Argument(possessor, possessor.First, possessor.Last, possessor.Text) : null,
                Agent = ArgumentFinder.ByAgent(s, t),
                Stance = counterfactual && stanceN.Stance == Stance.Asserted ? Stance.Denied : stanceN.Stance,
                Holder = stanceN.Holder, HolderText = stanceN.HolderText, Note = counterfactual ? "did not happen (" + s.Lower[t - 1] + ")" : null,
            };
        }
        var walk = ArgumentFinder.WalkLeft(s, t);
        Argument? agent, patient;
        Stance? forced = null;
        Argument? holderOverride = null;
        string? note = null;
        int clauseStart = walk.Subject?.First ?? walk.GroupStart;
        // "accused X of pushing her", "blamed X for", "a motive for pushing her".
        if (t > 1 && s.Lower[t].EndsWith("ing") && s.Lower[t - 1] is "of" or "for")
        {
            var np = ArgumentFinder.NounPhraseEndingAt(s, t - 2);
            int v = np?.First - 1 ?? t - 3;
            while (v >= 0 && Words.IsAdverb(s.Lower[v])) v--;
            if (np != null && v >= 0 && cues.Is("accuse.lemma", s.Lemmas[v]))
            {
                var accuser = ArgumentFinder.WalkLeft(s, v);
                var by = accuser.Passive ? ArgumentFinder.ByAgent(s, v) : accuser.Subject;
                agent = np;
                patient = ArgumentFinder.RightObject(s, t);
                forced = accuser.Negated ? Stance.Denied : Stance.Reported;
                holderOverride = by;
                note = "accused (" + s.Tokens[v].Text + ")";
                if (s.Lemmas[v] == "frame") forced = Stance.Denied;
                return Build(doc, s, t, kind, weight, agent, [], patient, walk, forced, holderOverride, by?.Mention == null ? by?.Text ?? "someone" : null, note, np.First);
            }
            if (np != null && np.Mention == null && cues.Is("speculative.noun", s.Lower[np.Last - 1]))
            {
                agent = ArgumentFinder.ClauseSubject(s, np.First);
                patient = ArgumentFinder.RightObject(s, t);
                return Build(doc, s, t, kind, weight, agent, [], patient, walk, Stance.Speculated, null, null, "a " + s.Lower[np.Last - 1] + " for it", clauseStart);
            }
        }
        // "Who poisoned X?": nobody is named, but the passage is about the event and its answer may follow.
        if (walk.Interrogative)
            return new EventClause
            {
                Document = doc, Sentence = s, Trigger = t, Kind = kind, PredicateMatch = weight, Stance = Stance.Asked,
                Patient = ArgumentFinder.RightObject(s, t), Note = "asked",
            };
        if (walk.Passive)
        {
            patient = walk.Subject;
            agent = ArgumentFinder.ByAgent(s, t);
            // "started not by Vale but by the defendant": a negated by-phrase denies that doer.
            if (agent != null && agent.First >= 2 && s.Lower[agent.First - 1] == "by" && s.Lower[agent.First - 2] is "not" or "never")
                forced = Stance.Denied;
        }
        else
        {
            agent = walk.Subject;
            patient = kind == TriggerKind.ProVerb ? null : ArgumentFinder.RightObject(s, t);
        }
        var coAgents = CoAgents(s, agent).Concat(WithPartners(s, t)).ToList();
        var clause = Build(doc, s, t, kind, weight, agent, coAgents, patient, walk, forced, holderOverride, null, walk.Attempted ? "attempted" : null, clauseStart);
        if (forced == Stance.Denied && walk.Passive) clause = clause with { Stance = clause.Stance is Stance.Asked ? Stance.Asked : Stance.Denied };
        if (clause.Stance == Stance.Denied && walk.Subject?.Mention != null)
        {
            // "it wasn't X who pushed Mara, but rather Y": Y is the source's own answer.
            var contrast = ContrastAgent(s, t);
            if (contrast != null) clause = clause with { ContrastAgent = contrast };
        }
        return clause;
    }

    private static EventClause Build(ReadDocument doc, ReadSentence s, int t, TriggerKind kind, double weight, Argument? agent,
        IReadOnlyList<Argument> coAgents, Argument? patient, LeftWalk walk, Stance? forced, Argument? holder, string? holderText, string? note, int clauseStart)
    {
        var stance = StanceReader.Read(s, clauseStart, walk.Negated, walk.Modal);
        // "Gavin told prosecutors he wrote them": a doer's own account of the act is an admission, which the source reports as fact.
        if (stance.Stance == Stance.Reported && forced == null && stance.Holder?.Mention?.EntityId is { } self && agent?.Mention?.EntityId == self)
            stance = stance with { Stance = Stance.Asserted, Holder = null, HolderText = null };
        var finalStance = forced ?? stance.Stance;
        if (forced == Stance.Reported && stance.Stance is Stance.Asked or Stance.Denied or Stance.Speculated) finalStance = stance.Stance;
        return new EventClause
        {
            Document = doc, Sentence = s, Trigger = t, Kind = kind, PredicateMatch = weight * (walk.Attempted ? 0.5 : 1.0),
            Agent = agent, CoAgents = coAgents, Patient = patient, Stance = finalStance,
            Holder = holder ?? stance.Holder, HolderText = holder == null ? holderText ?? stance.HolderText : null,
            Passive = walk.Passive, Attempted = walk.Attempted, Note = note,
        };
    }

    /// <summary>"it was not Jess but Ryan who tampered with it": the name after "not" is denied the act.</summary>
    private static EventClause? NotButDenial(EventClause c)
    {
        var s = c.Sentence;
        if (c.Agent?.Mention == null || c.Stance is Stance.Asked) return null;
        int b = c.Agent.First - 1;
        if (b >= 0 && s.Lower[b] == ",") b--;
        if (b < 1 || s.Lower[b] != "but") return null;
        var other = ArgumentFinder.NounPhraseEndingAt(s, s.Lower[b - 1] == "," ? b - 2 : b - 1);
        if (other?.Mention == null || other.First < 1 || !Words.IsNegation(s.Lower[other.First - 1])) return null;
        return c with { Agent = other, CoAgents = [], Stance = Stance.Denied, Note = "\"not " + other.Text + " but " + c.Agent.Text + "\"" };
    }

    /// <summary>"X and Y pushed ...": the other names joined to the agent by "and" (on either side).</summary>
    private static IReadOnlyList<Argument> CoAgents(ReadSentence s, Argument? agent)
    {
        if (agent?.Mention == null || agent.Mention.Kind != MentionKind.Name) return [];
        var list = new List<Argument>();
        int k = agent.First - 1;
        while (k > 0 && s.Lower[k] is "and" or ",")
        {
            var np = ArgumentFinder.NounPhraseEndingAt(s, k - 1);
            if (np?.Mention == null || np.Mention.Kind != MentionKind.Name) break;
            list.Add(np);
            k = np.First - 1;
            if (s.Lower[k + 1] == "," && !(k >= 0 && s.Lower[k] == "and")) { }
        }
        int n = agent.Last;
        while (n + 1 < s.Tokens.Count && s.Lower[n] == "and")
        {
            // "X and her business partner Y": a short role phrase may stand before the second name.
            Mention? m = null;
            for (int r = n + 1; r < s.Tokens.Count && r <= n + 5 && m == null; r++)
            {
                var at = s.MentionAt(r);
                if (at?.Kind == MentionKind.Name && !at.Possessive) m = at;
                else if (at == null && (s.Tokens[r].Kind != TokenKind.Word || Words.IsPreposition(s.Lower[r]) || Words.IsAuxiliary(s.Lower[r]))) break;
            }
            if (m == null) break;
            list.Add(new Argument(m, m.First, m.Last, m.Text));
            n = m.Last;
        }
        return list;
    }

    /// <summary>"X founded the club with Y": a named partner after "with" shares the act.</summary>
    private static IEnumerable<Argument> WithPartners(ReadSentence s, int t)
    {
        for (int k = t + 1; k < s.Tokens.Count - 1 && k <= t + 6; k++)
        {
            if (s.Lower[k] is "," or ";" or "." or "who" or "which" or "that" or "and") yield break;
            if (s.Lower[k] != "with") continue;
            var m = s.MentionAt(k + 1);
            if (m?.Kind == MentionKind.Name && !m.Possessive) yield return new Argument(m, m.First, m.Last, m.Text);
            yield break;
        }
    }

    private static Argument? ContrastAgent(ReadSentence s, int t)
    {
        for (int k = t + 1; k < s.Tokens.Count - 1; k++)
        {
            if (s.Lower[k] == "but")
            {
                int n = k + 1;
                while (n < s.Tokens.Count && (s.Lower[n] is "," or "rather" or "instead" or "actually" or "in" or "fact" or "it" or "was" or "is")) n++;
                var np = n < s.Tokens.Count ? ArgumentFinder.NounPhraseStartingAt(s, n) : null;
                return np?.Mention != null ? np : null;
            }
        }
        return null;
    }

    /// <summary>"X is (not) the pusher", "X, the killer,", "the culprit was X".</summary>
    private static EventClause? ReadDoerNoun(ReadDocument doc, ReadSentence s, int t, double weight, TriggerKind kind)
    {
        var low = s.Lower;
        if (t > 0 && (low[t - 1].EndsWith("-") || s.Tokens[t].Text.Contains('-'))) return null;
        int k = t - 1;
        bool negated = false;
        while (k >= 0 && (Words.IsDeterminer(low[k]) || Words.IsAdverb(low[k]) || low[k] is "," or "fact" or "in" or "real" or "true" or "actual" or "only" or "prime" or "main" || (low[k] == "to" && low[t] == "blame") || Words.IsNegation(low[k])))
        {
            if (Words.IsNegation(low[k]) && low[k] is not "no") negated = true;
            k--;
        }
        Argument? agent = null;
        Argument? patient = null;
        // Possessor before the noun is the victim: "Mara's killer".
        if (t > 0)
        {
            var poss = s.MentionEndingAt(t - 1) ?? (t > 1 && Words.IsPossessiveMarker(s.Tokens[t - 1].Text) ? s.MentionEndingAt(t - 2) : null);
            if (poss != null && poss.Possessive) patient = new Argument(poss, poss.First, poss.Last, poss.Text);
        }
        int clauseStart = t;
        if (k >= 0 && (Words.IsBe(low[k]) || low[k].EndsWith("n't") || low[k].EndsWith("n’t")))
        {
            negated |= low[k].EndsWith("n't") || low[k].EndsWith("n’t");
            var np = ArgumentFinder.NounPhraseEndingAt(s, k - 1);
            if (np?.Mention != null) { agent = np; clauseStart = np.First; }
        }
        else if (k >= 0 && low[k] == "," && t - 1 >= 0)
        {
            var np = ArgumentFinder.NounPhraseEndingAt(s, k - 1);
            if (np?.Mention != null) { agent = np; clauseStart = np.First; }
        }
        int copula = t + 1;
        // "The killer turns out to be X", "the culprit was revealed to be X", "... proves to be X".
        if (copula + 3 < s.Tokens.Count && low[copula] is "turns" or "turned" or "proves" or "proved" && low[copula + 1] is "out" or "to")
        {
            copula += low[copula + 1] == "out" ? 2 : 1;
            if (low[copula] == "to" && copula + 1 < s.Tokens.Count && low[copula + 1] == "be") copula += 1;
        }
        else if (copula + 3 < s.Tokens.Count && Words.IsBe(low[copula]) && low[copula + 1] is "revealed" or "shown" or "found" or "confirmed" && low[copula + 2] is "to" or "as")
            copula += low[copula + 2] == "to" && low[copula + 3] == "be" ? 3 : 2;
        if (agent == null && copula + 1 < s.Tokens.Count && (Words.IsBe(low[copula]) || low[copula] is "be" or "as"))
        {
            int n = copula + 1;
            while (n < s.Tokens.Count && (Words.IsAdverb(low[n]) || Words.IsNegation(low[n]))) { negated |= Words.IsNegation(low[n]); n++; }
            var np = n < s.Tokens.Count ? ArgumentFinder.NounPhraseStartingAt(s, n) : null;
            if (np?.Mention != null) agent = np;
        }
        if (agent == null) return null;
        if (patient == null && t + 2 < s.Tokens.Count && low[t + 1] == "of")
        {
            var np = ArgumentFinder.NounPhraseStartingAt(s, t + 2);
            if (np?.Mention != null) patient = np;
        }
        var stance = StanceReader.Read(s, clauseStart, negated, false);
        return new EventClause
        {
            Document = doc, Sentence = s, Trigger = t, Kind = kind, PredicateMatch = weight,
            Agent = agent, Patient = patient, Stance = stance.Stance, Holder = stance.Holder, HolderText = stance.HolderText,
        };
    }

    /// <summary>"X pleaded guilty to arson", "X was convicted of theft", "X confessed to the murder": the act is X's.</summary>
    private static EventClause? ReadGuilt(ReadDocument doc, ReadSentence s, int t)
    {
        for (int k = t - 1; k >= 0 && k >= t - 8; k--)
        {
            if (s.Lower[k] is "." or ";" or "but" || (s.Lower[k] == "," && k < t - 1 && s.Tokens[k + 1].Kind != TokenKind.Number)) return null;
            if (!Words.Cues.Is("guilt", s.Lower[k])) continue;
            int verb = k;
            // "pleaded guilty", "found guilty": the verb before the guilt word carries the subject.
            if (s.Lower[k] == "guilty" && k > 0 && !Words.IsBe(s.Lower[k - 1])) verb = k - 1;
            var walk = ArgumentFinder.WalkLeft(s, verb);
            var agent = walk.Subject;
            if (agent?.Mention == null) return null;
            var stance = StanceReader.Read(s, agent.First, walk.Negated, walk.Modal);
            return new EventClause
            {
                Document = doc, Sentence = s, Trigger = t, Kind = TriggerKind.EventNoun, PredicateMatch = 0.85,
                Agent = agent, Stance = stance.Stance, Holder = stance.Holder, HolderText = stance.HolderText,
                Note = string.Join(' ', s.Tokens.Skip(verb).Take(t - verb + 1).Select(x => x.Text)),
            };
        }
        return null;
    }

    /// <summary>"the 2016 novel of the same name by X and Y": the makers of a work.</summary>
    private static IEnumerable<EventClause> ReadMadeBy(ReadDocument doc, ReadSentence s, int t)
    {
        var low = s.Lower;
        for (int k = t + 1; k < s.Tokens.Count && k < t + 9; k++)
        {
            if (low[k] is "." or ";" or "who" or "which" or "that") yield break;
            if (low[k] != "by") continue;
            var first = ArgumentFinder.NounPhraseStartingAt(s, k + 1);
            if (first?.Mention == null) yield break;
            var makers = new List<Argument> { first };
            int n = first.Last;
            while (n + 1 < s.Tokens.Count && low[n] is "and" or ",")
            {
                var next = ArgumentFinder.NounPhraseStartingAt(s, low[n + 1] == "and" ? n + 2 : n + 1);
                if (next?.Mention == null || next.Mention.Kind != MentionKind.Name) break;
                makers.Add(next);
                n = next.Last;
            }
            var stance = StanceReader.Read(s, t, HasNegationBefore(s, t), false);
            yield return new EventClause
            {
                Document = doc, Sentence = s, Trigger = t, Kind = TriggerKind.MadeBy, PredicateMatch = 0.85,
                Agent = makers[0], CoAgents = makers.Skip(1).ToList(), Stance = stance.Stance, Holder = stance.Holder, HolderText = stance.HolderText,
            };
            yield break;
        }
    }

    private static bool HasNegationBefore(ReadSentence s, int t)
    {
        for (int k = t - 1; k >= 0 && k >= t - 4; k--)
        {
            if (s.Lower[k] is "," or ";") break;
            if (Words.IsNegation(s.Lower[k]) && s.Lower[k] is not "no") return true;
        }
        return false;
    }
}
