using Sleuth.Analysis;
using Sleuth.Analysis.Cues;
using Sleuth.Analysis.Reading;
using Sleuth.Analysis.Text;
using Sleuth.Lexicon;

namespace Sleuth.Answering.Questions;

/// <summary>
/// A question that cannot be read: empty, too long, or not a question Sleuth can parse. An ArgumentException on the
/// parameter "question", so every face (CLI, web) reports it as the user's input error with this message.
/// </summary>
public sealed class MalformedQuestionException(string message) : ArgumentException(message, "question")
{
    /// <summary>The reason alone, without the parameter suffix ArgumentException adds.</summary>
    public override string Message { get; } = message;
}

/// <summary>
/// Reads a question: its wh-word and expected answer type, the focus predicate with its named arguments,
/// voice, an attribution frame ("Who did X accuse of ...?"), a relation ("Who is X's sister?"), and
/// declarative rewrites used for display and retrieval.
/// </summary>
public sealed class QuestionAnalyzer
{
    public const int MaxQuestionLength = 500;
    private readonly ILexicon _lexicon;
    private readonly CueLexicon _cues = CueLexicon.Shared;

    public QuestionAnalyzer(ILexicon lexicon) => _lexicon = lexicon;

    public QuestionFrame Analyze(string question)
    {
        if (string.IsNullOrWhiteSpace(question)) throw new MalformedQuestionException("the question is empty");
        question = question.Trim();
        if (question.Length > MaxQuestionLength) throw new MalformedQuestionException($"the question is longer than {MaxQuestionLength} characters");
        var s = ToSentence(question);
        var words = Enumerable.Range(0, s.Tokens.Count).Where(i => s.Tokens[i].Kind is TokenKind.Word or TokenKind.Number).ToList();
        if (words.Count == 0) throw new MalformedQuestionException("the question has no words");
        var low = s.Lower;
        var names = s.Mentions.Where(m => m.Kind == MentionKind.Name).ToList();
        var content = words.Where(i => s.MentionAt(i) == null && !Words.IsFunctionWord(low[i]) && !Words.IsWh(low[i]))
            .Select(i => s.Lemmas[i]).Concat(names.SelectMany(n => n.Text.ToLowerInvariant().Split(' '))).Distinct().ToList();
        int w0 = words[0];
        string wh = low[w0];
        if (wh is "in" or "on" or "at" or "to" or "by" && words.Count > 1) { w0 = words[1]; wh = low[w0]; }

        QuestionFrame frame = wh switch
        {
            "who" or "whom" or "whose" => WhoQuestion(s, w0, names),
            "what" or "which" => WhatQuestion(s, w0, names),
            "where" => PlaceQuestion(s, w0, names),
            "when" => PredicateQuestion(s, w0, names, AskedRole.Time, AnswerType.Date),
            "why" => PredicateQuestion(s, w0, names, AskedRole.Reason, AnswerType.Reason),
            "how" when w0 + 1 < low.Length && low[w0 + 1] is "many" or "much" => CountQuestion(s, w0, names),
            // "How is X related to Y?": the relation itself is the answer.
            "how" when names.Count >= 2 && s.Lemmas.Any(l => l is "relate" or "related" or "connect" or "connected") =>
                Frame(s, AskedRole.Relation, AnswerType.Thing, null) with { RelationTarget = names[0].Text, RelationAnchor = names[1].Text },
            "how" => PredicateQuestion(s, w0, names, AskedRole.Reason, AnswerType.Reason),
            _ when Words.IsAuxiliary(wh) || Words.IsModal(wh) => PredicateQuestion(s, w0 - 1, names, AskedRole.YesNo, AnswerType.YesNo),
            _ => throw new MalformedQuestionException($"cannot tell what is asked: the question should start with who, what, which, where, when, why, how, or a verb such as does or is (got \"{s.Tokens[w0].Text}\")"),
        };
        return frame with
        {
            ContentLemmas = content,
            Names = names.Select(n => n.Text).ToList(),
            Public = frame.Public with { Text = question, Keywords = content, Rewrites = Rewrites(frame) },
        };
    }

    private ReadSentence ToSentence(string question)
    {
        var tokens = WordTokenizer.Shared.Tokenize(question, 0, question.Length);
        var lower = tokens.Select(t => t.Lower).ToArray();
        var lemmas = tokens.Select(t => t.Kind == TokenKind.Word ? _lexicon.Lemma(t.Text) : t.Lower).ToArray();
        var s = new ReadSentence { Index = 0, Start = 0, End = question.Length, Kind = SegmentKind.Body, Tokens = tokens, Lower = lower, Lemmas = lemmas };
        // In a question, any capitalised word after the first is taken as part of a name.
        var known = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 1; i < tokens.Count; i++)
            if (Words.IsCapitalisedWord(tokens[i])) known.Add(Words.StripPossessive(tokens[i].Text).Core);
        new NameFinder(_lexicon, known, trustCapitals: true).Find(s);
        return s;
    }

    private QuestionFrame WhoQuestion(ReadSentence s, int wh, List<Mention> names)
    {
        var low = s.Lower;
        int i = wh + 1;
        if (i >= low.Length) throw new MalformedQuestionException("the question stops after its first word");
        // "Who was X having an affair with?", "Who is X dating?": a relation asked without its noun.
        var phrase = Enumerable.Range(i, low.Length - i).Select(k => s.Lemmas[k]).FirstOrDefault(w => _cues.RelationPhrases.ContainsKey(w))
            ?? Enumerable.Range(i, low.Length - i).Select(k => low[k]).FirstOrDefault(w => _cues.RelationPhrases.ContainsKey(w));
        if (phrase != null && names.Count > 0)
        {
            var nouns = _cues.RelationPhrases[phrase];
            return Frame(s, AskedRole.Relation, AnswerType.Person, null) with { RelationNoun = nouns[0], RelationAlternatives = nouns[1..], RelationAnchor = names[0].Text };
        }
        // "Who was at a wedding in Dunmere?": a state, answered by the sentences that say it.
        if (Words.IsBe(low[i]) && i + 1 < low.Length && Words.IsPreposition(low[i + 1]))
            return Frame(s, AskedRole.Agent, AnswerType.Person, null);
        // "Who is X's sister?", "Who is the sister of X?", "Who was the choreographer?"
        if (Words.IsBe(low[i]))
        {
            var relation = FindRelation(s, i + 1);
            if (relation.Noun != null && !HasVerbAfter(s, i + 1))
                return Frame(s, AskedRole.Relation, AnswerType.Person, null) with { RelationNoun = relation.Noun, RelationAnchor = relation.Anchor };
            // "Who was X pushed by?" / "Who was pushed?"
            int v = FindVerb(s, i + 1);
            if (v >= 0 && low[v].EndsWith("ing") && names.Any(n => n.First > i && n.First < v))
            {
                // "Who was Hale planning to sell it to?": Hale acts; the asked one is an object of the last verb.
                int last = v;
                for (int k = v + 1; k + 1 < low.Length; k++) if (low[k] == "to" && FindVerb(s, k + 1) == k + 1) last = k + 1;
                return Frame(s, AskedRole.Patient, AnswerType.Person, Forms(s, last, names)) with { Subject = names.First(n => n.First > i && n.First < v).Text };
            }
            if (v >= 0)
            {
                var subject = names.FirstOrDefault(n => n.First > i && n.First < v);
                var forms = Forms(s, v, names);
                // "Who was Mara pushed by?" asks the agent; "Who was cleared by the video?" asks the one cleared.
                int lastWord = Enumerable.Range(0, low.Length).Last(k => s.Tokens[k].Kind == TokenKind.Word);
                if (low[lastWord] == "by")
                {
                    string? head = null;
                    for (int k = i + 1; k < v; k++) if (s.MentionAt(k) == null && !Words.IsFunctionWord(low[k]) && _lexicon.Has(s.Lemmas[k], PartOfSpeech.Noun)) head = s.Lemmas[k];
                    return Frame(s, AskedRole.Agent, AnswerType.Person, forms, passive: true) with { Object = subject?.Text, ObjectHead = subject == null ? head : null };
                }
                int by = Array.IndexOf(low, "by", v);
                var agentWords = by < 0 ? [] : Enumerable.Range(by + 1, low.Length - by - 1)
                    .Where(k => s.Tokens[k].Kind == TokenKind.Word && !Words.IsFunctionWord(low[k])).Select(k => s.Lemmas[k]).ToList();
                return Frame(s, AskedRole.Patient, AnswerType.Person, forms, passive: true) with
                {
                    Subject = by >= 0 ? names.FirstOrDefault(n => n.First > by)?.Text : null, AgentWords = agentWords,
                };
            }
            return Frame(s, AskedRole.Relation, AnswerType.Person, null) with { RelationNoun = relation.Noun, RelationAnchor = relation.Anchor ?? names.FirstOrDefault()?.Text };
        }
        // "Who did X accuse of pushing her?", "Who did Ottilie push?"
        if (Words.IsAuxiliary(low[i]) || Words.IsModal(low[i]))
        {
            var subject = names.FirstOrDefault(n => n.First > i);
            int v = FindVerb(s, (subject?.Last ?? i + 1));
            if (v < 0) throw new MalformedQuestionException("cannot find the question's verb");
            var lemma = s.Lemmas[v];
            if ((_cues.Is("accuse.lemma", lemma) || _cues.Is("report.lemma", lemma)) && subject != null)
            {
                int inner = FindVerb(s, v + 1);
                if (inner > 0)
                {
                    var obj = ObjectAfter(s, names, inner);
                    var objText = obj?.Text ?? (HasPronounAfter(s, inner) ? subject.Text : null);
                    return Frame(s, AskedRole.Agent, AnswerType.Person, Forms(s, inner, names)) with { Holder = subject.Text, Object = objText, ObjectHead = HeadAfter(s, inner) };
                }
            }
            return Frame(s, AskedRole.Patient, AnswerType.Person, Forms(s, v, names)) with { Subject = subject?.Text };
        }
        // "Who pushed Mara Vance?", "Who wrote the novel X?"
        int verb = FindVerb(s, i);
        if (verb < 0) throw new MalformedQuestionException("cannot find the question's verb");
        var o = ObjectAfter(s, names, verb);
        return Frame(s, AskedRole.Agent, AnswerType.Person, Forms(s, verb, names)) with { Object = o?.Text, ObjectHead = HeadAfter(s, verb) };
    }

    private QuestionFrame WhatQuestion(ReadSentence s, int wh, List<Mention> names)
    {
        var low = s.Lower;
        int i = wh + 1;
        if (i < low.Length && low[i] is "year" or "date" or "day" or "month" or "time")
            return PredicateQuestion(s, i, names, AskedRole.Time, AnswerType.Date);
        if (i < low.Length && low[i] is "city" or "town" or "country" or "place" or "street" or "state")
            return PlaceQuestion(s, i, names);
        if (i < low.Length && (_cues.Is("person.generic", low[i]) || _cues.Relations.ContainsKey(low[i])))
        {
            var who = WhoQuestion(s, i, names);
            return who;
        }
        if (i < low.Length && low[i] is "motive" or "reason")
            return PredicateQuestion(s, i, names, AskedRole.Reason, AnswerType.Reason);
        int v = FindVerb(s, i);
        if (v < 0) return Frame(s, AskedRole.Thing, AnswerType.Thing, null) with { Focus = names.FirstOrDefault()?.Text };
        var subject = names.FirstOrDefault(n => n.First < v);
        return Frame(s, AskedRole.Thing, AnswerType.Thing, Forms(s, v, names)) with { Subject = subject?.Text };
    }

    private QuestionFrame PlaceQuestion(ReadSentence s, int wh, List<Mention> names)
    {
        int v = FindLastVerb(s, wh + 1);
        var focus = names.FirstOrDefault();
        var focusWords = new List<string>();
        for (int k = wh + 1; k < s.Tokens.Count; k++)
            if (s.Tokens[k].Kind == TokenKind.Word && !Words.IsFunctionWord(s.Lower[k]) && (v < 0 || k != v)) focusWords.Add(s.Lemmas[k]);
        var forms = v >= 0 && !Words.IsBe(s.Lower[v]) ? Forms(s, v, names) : null;
        string? eventNoun = null;
        for (int k = wh + 1; k < s.Tokens.Count && (v < 0 || k < v); k++)
            if (s.MentionAt(k) == null && s.Tokens[k].Kind == TokenKind.Word && !Words.IsFunctionWord(s.Lower[k]) && _lexicon.Has(s.Lemmas[k], PartOfSpeech.Noun)) eventNoun = s.Lemmas[k];
        return Frame(s, AskedRole.Place, AnswerType.Place, forms) with { Focus = focus?.Text, FocusWords = focusWords, Subject = focus?.Text, EventNoun = eventNoun };
    }

    private QuestionFrame CountQuestion(ReadSentence s, int wh, List<Mention> names)
    {
        int noun = wh + 2;
        string? counted = noun < s.Tokens.Count ? s.Lemmas[noun] : null;
        int v = FindVerb(s, noun + 1);
        return Frame(s, AskedRole.Number, AnswerType.Number, v >= 0 ? Forms(s, v, names) : null) with
        {
            CountedNoun = counted, Subject = names.FirstOrDefault()?.Text,
        };
    }

    /// <summary>"When was X released on Y?", "Why did X push Y?", "Does X die?": a predicate with a subject and object.</summary>
    private QuestionFrame PredicateQuestion(ReadSentence s, int wh, List<Mention> names, AskedRole role, AnswerType type)
    {
        int start = wh + 1;
        var subject = names.FirstOrDefault(n => n.First >= start);
        bool auxLed = start < s.Lower.Length && (Words.IsAuxiliary(s.Lower[start]) || Words.IsModal(s.Lower[start]) || (wh >= 0 && (Words.IsAuxiliary(s.Lower[wh]) || Words.IsModal(s.Lower[wh]))));
        int v = auxLed ? FindLastVerb(s, subject?.Last ?? start) : FindVerb(s, subject?.Last ?? start);
        if (v >= 0 && subject != null && v < subject.First) v = FindVerb(s, subject.Last);
        bool passive = start < s.Lower.Length && Words.IsBe(s.Lower[start]) && v >= 0 && s.Lower[v].EndsWith("ed");
        if (v < 0 && role == AskedRole.YesNo)
        {
            // "Is X alive?": the adjective or noun after the subject is the predicate.
            int a = (subject?.Last ?? start);
            while (a < s.Tokens.Count && (s.Tokens[a].Kind != TokenKind.Word || Words.IsFunctionWord(s.Lower[a]) || Words.IsAdverb(s.Lower[a]))) a++;
            if (a < s.Tokens.Count) v = a;
        }
        var forms = v >= 0 ? Forms(s, v, names) : null;
        var obj = v >= 0 ? ObjectAfter(s, names, v) : null;
        // "When did the fire happen?": the event is the noun before any name.
        string? eventNoun = null;
        for (int k = start; k < s.Tokens.Count && (v < 0 || k < v); k++)
        {
            if (s.MentionAt(k) != null) break;
            if (s.Tokens[k].Kind == TokenKind.Word && !Words.IsFunctionWord(s.Lower[k]) && _lexicon.Has(s.Lemmas[k], PartOfSpeech.Noun)) { eventNoun = s.Lemmas[k]; break; }
        }
        return Frame(s, role, type, forms, passive) with { Subject = subject?.Text, Object = obj?.Text, ObjectHead = v >= 0 ? HeadAfter(s, v) : null, EventNoun = eventNoun };
    }

    private QuestionFrame Frame(ReadSentence s, AskedRole role, AnswerType type, PredicateForms? forms, bool passive = false)
    {
        string askedRole = role switch
        {
            AskedRole.Agent => "agent", AskedRole.Patient => "patient", AskedRole.Relation => "relation", AskedRole.Place => "place",
            AskedRole.Time => "time", AskedRole.Reason => "reason", AskedRole.YesNo => "proposition", AskedRole.Number => "number",
            _ => "thing",
        };
        var names = s.Mentions.Where(m => m.Kind == MentionKind.Name).Select(m => m.Text).ToList();
        return new QuestionFrame
        {
            Role = role, Type = type, Forms = forms,
            Public = new QuestionAnalysis
            {
                Text = s.Tokens.Count > 0 ? string.Join(' ', s.Tokens.Select(t => t.Text)) : "",
                WhWord = s.Lower.FirstOrDefault(w => Words.IsWh(w)) ?? (s.Lower.Length > 0 ? s.Lower[0] : ""),
                ExpectedType = type, Predicate = forms?.Lemma, Arguments = names, AskedRole = askedRole, Passive = passive,
            },
        };
    }

    /// <summary>The words that stand for the predicate at a token: itself, synonyms, doer nouns and made-by works.</summary>
    private PredicateForms Forms(ReadSentence s, int v, List<Mention> names)
    {
        var lemma = _lexicon.Lemma(s.Tokens[v].Text, PartOfSpeech.Verb);
        if (string.IsNullOrEmpty(lemma)) lemma = s.Lemmas[v];
        var verbs = new Dictionary<string, double>(StringComparer.Ordinal) { [lemma] = 1.0, [s.Lemmas[v]] = 1.0 };
        foreach (var syn in _lexicon.Synonyms(lemma, PartOfSpeech.Verb).Take(10))
            if (!syn.Contains(' ') && !_cues.Is("light.verb", syn) && !verbs.ContainsKey(syn)) verbs[syn] = 0.75;
        foreach (var adjSyn in _lexicon.Synonyms(lemma, PartOfSpeech.Adjective).Take(4))
            if (!adjSyn.Contains(' ') && !verbs.ContainsKey(adjSyn)) verbs[adjSyn] = 0.75;
        foreach (var d in _lexicon.Derivations(lemma))
            if (!d.Contains(' ') && _lexicon.Has(d, PartOfSpeech.Adjective) && !verbs.ContainsKey(d)) verbs[d] = 0.9;
        var requirements = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var phrase in _cues.Paraphrases(lemma, HeadAfter(s, v)))
        {
            if (verbs.TryGetValue(phrase.Verb, out var existing) && existing >= 0.85 && !requirements.ContainsKey(phrase.Verb)) continue;
            verbs[phrase.Verb] = 0.85;
            requirements[phrase.Verb] = phrase.Following;
        }
        var agentNouns = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var d in _lexicon.Derivations(lemma))
            if (IsDoerNoun(d)) agentNouns[d] = 0.9;
        foreach (var syn in verbs.Keys.Where(k => verbs[k] < 1).ToList())
            foreach (var d in _lexicon.Derivations(syn))
                if ((d.EndsWith("er") || d.EndsWith("or")) && !d.Contains(' ') && !agentNouns.ContainsKey(d)) agentNouns[d] = 0.7;
        foreach (var d in _cues.Doers.GetValueOrDefault(lemma) ?? [])
            agentNouns.TryAdd(d, 0.9);
        // An accusation is worded many ways: "denounced", "blamed", "named".
        if (_cues.Is("accuse.lemma", lemma))
            foreach (var a in _cues.Section("accuse.lemma"))
                verbs.TryAdd(a, a is "name" or "identify" ? 0.6 : 0.85);
        var made = new HashSet<string>(StringComparer.Ordinal);
        if (_cues.Is("creation.verb", lemma))
        {
            var head = HeadAfter(s, v);
            if (head != null) made.Add(head);
        }
        var objectHead = HeadAfter(s, v);
        var acts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in new[] { lemma, objectHead == null ? null : lemma + " " + objectHead })
            if (key != null && _cues.EventNouns.TryGetValue(key, out var nouns)) acts.UnionWith(nouns);
        return new PredicateForms { Lemma = lemma, Verbs = verbs, AgentNouns = agentNouns, MadeThings = made, Requirements = requirements, ActNouns = acts };
    }

    private static bool IsDoerNoun(string word) =>
        !word.Contains(' ') && (word.EndsWith("er") || word.EndsWith("or") || word.EndsWith("ist") || word.EndsWith("ant") || word.EndsWith("ent"));

    private int FindVerb(ReadSentence s, int from)
    {
        for (int k = Math.Max(0, from); k < s.Tokens.Count; k++)
        {
            if (s.Tokens[k].Kind != TokenKind.Word || s.MentionAt(k) != null) continue;
            var w = s.Lower[k];
            if (Words.IsFunctionWord(w) || Words.IsAdverb(w) || _cues.Relations.ContainsKey(w)) continue;
            // After a determiner or a possessive the word is a noun: "the ring" in "When was the ring stolen?".
            if (k > 0 && (Words.IsDeterminer(s.Lower[k - 1]) || Words.IsPossessiveMarker(s.Tokens[k - 1].Text)) && !s.Lower[k].EndsWith("ed")) continue;
            if (_lexicon.Has(s.Lemmas[k], PartOfSpeech.Verb) || _lexicon.Has(_lexicon.Lemma(s.Tokens[k].Text, PartOfSpeech.Verb), PartOfSpeech.Verb) || w.EndsWith("ed") || w.EndsWith("ing"))
                return k;
        }
        return -1;
    }

    /// <summary>
    /// In "Where was the stolen painting found?" or "Did the gallery pay a ransom for the painting?" the main verb is
    /// the last verb-like word not inside a noun phrase.
    /// </summary>
    private int FindLastVerb(ReadSentence s, int from)
    {
        int found = -1;
        for (int k = FindVerb(s, from); k >= 0; k = FindVerb(s, k + 1))
        {
            found = k;
            if (k + 1 >= s.Tokens.Count) break;
        }
        return found;
    }

    private bool HasVerbAfter(ReadSentence s, int from)
    {
        int v = FindVerb(s, from);
        return v >= 0 && !s.Lower[v].EndsWith("ing") && !_lexicon.Has(s.Lemmas[v], PartOfSpeech.Noun);
    }

    private (string? Noun, string? Anchor) FindRelation(ReadSentence s, int from)
    {
        for (int k = from; k < s.Tokens.Count; k++)
        {
            var w = s.Lower[k];
            var lemma = s.Lemmas[k];
            var noun = _cues.Relations.ContainsKey(w) ? w : _cues.Relations.ContainsKey(lemma) ? lemma : null;
            if (noun == null) continue;
            // "X's sister" or "the sister of X".
            var possessor = s.Mentions.LastOrDefault(m => m.Kind == MentionKind.Name && m.Possessive && m.Last <= k);
            var after = s.Mentions.FirstOrDefault(m => m.Kind == MentionKind.Name && m.First > k);
            return (noun, possessor?.Text ?? after?.Text);
        }
        return (null, null);
    }

    /// <summary>The name that is the verb's object: right after it, past determiners; a name inside a later phrase is context.</summary>
    private static Mention? ObjectAfter(ReadSentence s, List<Mention> names, int verb)
    {
        var next = names.FirstOrDefault(n => n.First > verb);
        // "spiked Kasia's bottle": the possessor is context, the object is the bottle.
        // "confessed to Detective Abernathy": a name after a preposition is no direct object.
        return next != null && next.First <= verb + 2 && !next.Possessive && !(next.First == verb + 2 && Words.IsPreposition(s.Lower[verb + 1])) ? next : null;
    }

    private static bool HasPronounAfter(ReadSentence s, int from) =>
        s.Mentions.Any(m => m.Kind == MentionKind.Pronoun && m.First > from);

    /// <summary>The head noun of the phrase after the verb ("novel" in "wrote the novel X", "bottle" in "spiked Kasia's bottle").</summary>
    private string? HeadAfter(ReadSentence s, int verb)
    {
        for (int k = verb + 1; k < s.Tokens.Count; k++)
        {
            var m = s.MentionAt(k);
            if (m != null && m.Possessive) { k = m.Last - 1; continue; }
            if (Words.IsPossessiveMarker(s.Tokens[k].Text)) continue;
            if (m != null) return null;
            var w = s.Lower[k];
            if (s.Tokens[k].Kind != TokenKind.Word || Words.IsPreposition(w)) return null;
            if (Words.IsDeterminer(w) || Words.IsAdverb(w)) continue;
            if (_lexicon.Has(s.Lemmas[k], PartOfSpeech.Noun)) return s.Lemmas[k];
        }
        return null;
    }

    private static IReadOnlyList<string> Rewrites(QuestionFrame f)
    {
        var p = f.Forms?.Lemma;
        var list = new List<string>();
        switch (f.Role)
        {
            case AskedRole.Agent when f.Holder != null: list.Add($"{f.Holder} accused X of {p}ing {f.Object}"); list.Add($"{f.Holder} claims X {p}ed {f.Object}"); break;
            case AskedRole.Agent: list.Add($"X {p}ed {f.Object ?? f.ObjectHead}"); list.Add($"{f.Object ?? f.ObjectHead} was {p}ed by X"); list.Add($"it was X who {p}ed {f.Object ?? f.ObjectHead}"); break;
            case AskedRole.Patient: list.Add($"{f.Subject} {p}ed X"); break;
            case AskedRole.Relation: list.Add($"{f.RelationAnchor}'s {f.RelationNoun} X"); list.Add($"X is {f.RelationAnchor}'s {f.RelationNoun}"); break;
            case AskedRole.Place: list.Add($"{f.Focus ?? string.Join(' ', f.FocusWords)} in X"); break;
            case AskedRole.Time: list.Add($"{f.Subject} was {p}ed on X"); break;
            case AskedRole.Reason: list.Add($"{f.Subject} {p}ed {f.Object} because X"); break;
            case AskedRole.YesNo: list.Add($"{f.Subject} {p}s {f.Object}".Trim()); list.Add($"{f.Subject} does not {p} {f.Object}".Trim()); break;
            case AskedRole.Number: list.Add($"X {f.CountedNoun}"); break;
        }
        return list;
    }
}
