namespace Sleuth.Analysis.Reading;

/// <summary>A participant of a clause: a mention when it is a name or pronoun, otherwise a generic phrase.</summary>
public sealed record Argument(Mention? Mention, int First, int Last, string Text)
{
    public bool IsGeneric => Mention == null;
}

/// <summary>What walking left from a verb found: its subject and the auxiliaries, negation and modality in between.</summary>
public sealed record LeftWalk
{
    public Argument? Subject { get; init; }
    public bool Negated { get; init; }
    public bool Modal { get; init; }
    public bool Passive { get; init; }
    public bool Attempted { get; init; }
    /// <summary>"it was X who ..." (a cleft: the subject is in focus).</summary>
    public bool Cleft { get; init; }
    /// <summary>"... who pushed" with no antecedent: an embedded question, not a claim about anyone.</summary>
    public bool Interrogative { get; init; }
    /// <summary>Index of the first token of the verb group (auxiliaries included).</summary>
    public int GroupStart { get; init; }
}

/// <summary>
/// Shallow syntax around a verb: who is its subject (through auxiliaries, relative clauses, clefts,
/// "as" links and coordination), its object, and the agent of a passive. Rules, not a parser: each
/// rule covers a construction that news prose uses for who-did-what.
/// </summary>
public static class ArgumentFinder
{
    private static bool IsSpeculativeModal(string lower) => lower is "might" or "may" or "could" or "would" or "should" or "must";

    public static LeftWalk WalkLeft(ReadSentence s, int verb)
    {
        var low = s.Lower;
        int j = verb - 1;
        bool negated = false, modal = false, be = false, attempted = false;
        while (j >= 0)
        {
            var w = low[j];
            if (w == "fact" && j > 0 && low[j - 1] == "in") { j -= 2; continue; }
            if (w == "reality" && j > 0 && low[j - 1] == "in") { j -= 2; continue; }
            if (Words.IsNegation(w) && w is not ("no" or "nobody" or "nothing" or "none" or "without" or "neither"))
            {
                negated = true;
                if (w is "can't" or "can’t" or "cannot" or "couldn't" or "couldn’t") { }
                else if (w.EndsWith("n't") || w.EndsWith("n’t")) { var stem = w[..^3]; if (Words.IsBe(stem) || stem is "was" or "were" or "is" or "are") be = true; }
                j--; continue;
            }
            if (Words.IsModal(w)) { modal |= IsSpeculativeModal(w); j--; continue; }
            if (Words.IsBe(w) || Words.IsGet(w)) { be = true; j--; continue; }
            if (Words.IsAuxiliary(w)) { j--; continue; }
            if (Words.IsAdverb(w) || w is "also" or "then") { j--; continue; }
            if (w == "to" && j > 0 && Words.Cues.Is("catenative", s.Lemmas[j - 1]))
            {
                attempted |= Words.Cues.Is("catenative.attempt", s.Lemmas[j - 1]);
                if (s.Lemmas[j - 1] is "seem" or "appear") modal = true;
                j -= 2; be = false; continue;
            }
            if (w == "," && j > 0 && (Words.IsAdverb(low[j - 1]) || low[j - 1] is "fact" or "reality")) { j--; continue; }
            break;
        }
        // "led the chairman, Leonard Strand, to accuse her": the object before "to" is the infinitive's subject.
        if (j > 0 && low[j] == "to")
        {
            var controller = NounPhraseEndingAt(s, low[j - 1] == "," ? j - 2 : j - 1);
            if (controller?.Mention != null)
                return new LeftWalk { Negated = negated, Modal = modal, Passive = false, Attempted = attempted, GroupStart = j + 1, Subject = controller };
        }
        bool passive = be && LooksLikeParticiple(s, verb);
        // "The gallery, founded in 1971 by X": a participle with a by-phrase after a noun is passive.
        if (!passive && j >= 0 && low[j] == "," && LooksLikeParticiple(s, verb) && s.Lower[verb].EndsWith("ed") && ByAgent(s, verb) != null) passive = true;
        var result = new LeftWalk { Negated = negated, Modal = modal, Passive = passive, Attempted = attempted, GroupStart = j + 1 };
        if (j < 0) return result;
        var word = low[j];
        if (word is "who" or "that" or "whom") return Relative(s, j, result);
        if (word == "which") return result with { Subject = null };
        if (word == "and" || word == "but" || (word == "," && j > 0 && low[j - 1] == "and"))
        {
            // "X was questioned and released": a participle coordinated with a passive is passive too.
            bool coordinatedPassive = !passive && LooksLikeParticiple(s, verb) && PassiveBefore(s, j);
            return result with { Subject = ClauseSubject(s, j), Passive = passive || coordinatedPassive };
        }
        if (word == "," && passive && !be)
            return result with { Subject = NounPhraseEndingAt(s, j - 1) };
        // "Pete blamed Jess, suggesting that ...": a participle after a comma takes the main clause's subject.
        if (word == "," && low[verb].EndsWith("ing"))
            return result with { Subject = ClauseSubject(s, j) };
        if (word == ",")
        {
            // "Gavin Pruitt, 24, the nephew of Dale Pruitt, told ...": a clause opening with a name and a comma has it as subject.
            var opener = ClauseSubject(s, j);
            if (opener?.Mention != null && opener.Last < low.Length && low[opener.Last] == "," && opener.Mention.Kind == MentionKind.Name
                && (opener.First == 0 || low[opener.First - 1] is "," or ";" or ":" or "—"))
                return result with { Subject = opener };
            // Either an apposition closing before the verb ("Ottilie, her sister, pushed") or a coordination.
            for (int p = j - 1; p >= 0 && p >= j - 12; p--)
                if (low[p] == ",")
                {
                    var np = NounPhraseEndingAt(s, p - 1);
                    // "Colin Marsh, 51, of Netmakers Lane, pleaded": a name inside a prepositional phrase is no subject.
                    if (np?.Mention != null && np.First > 0 && Words.IsPreposition(low[np.First - 1]))
                    {
                        var subject = ClauseSubject(s, j);
                        if (subject?.Mention != null) return result with { Subject = subject };
                    }
                    if (np?.Mention != null) return result with { Subject = np };
                    // "Two reporters, A and B, have written": names in the apposition specify a generic head.
                    var named = NounPhraseEndingAt(s, j - 1);
                    if (named?.Mention != null && named.Mention.Kind == MentionKind.Name && !(named.First > 0 && Words.IsPreposition(low[named.First - 1])))
                        return result with { Subject = named };
                    break;
                }
            return result with { Subject = ClauseSubject(s, j) };
        }
        return result with { Subject = NounPhraseEndingAt(s, j) };
    }

    private static LeftWalk Relative(ReadSentence s, int relIndex, LeftWalk walk)
    {
        var low = s.Lower;
        int k = relIndex - 1;
        if (k >= 0 && low[k] == ",") k--;
        if (k < 0) return walk with { Interrogative = true };
        var np = NounPhraseEndingAt(s, k);
        if (np == null) return walk with { Interrogative = true };
        if (np.Mention == null)
        {
            // "Colin Marsh, the former foreman, who set the fire": the description stands in apposition to a name.
            if (np.First >= 2 && low[np.First - 1] == ",")
            {
                var named = NounPhraseEndingAt(s, np.First - 2);
                if (named?.Mention != null) return walk with { Subject = named };
            }
            var head = low[np.Last - 1];
            if (!Words.Cues.Is("person.generic", head)) return walk with { Subject = np };
            // "accuses X as the person who ...", "X was the one who ...": the generic head points back to X.
            int c = np.First - 1;
            bool neg = false;
            while (c >= 0 && (Words.IsAdverb(low[c]) || Words.IsNegation(low[c]) || low[c] is "fact" or "in" or ","))
            {
                neg |= Words.IsNegation(low[c]);
                c--;
            }
            if (c >= 0 && (low[c] == "as" || Words.IsBe(low[c]) || low[c].EndsWith("n't") || low[c].EndsWith("n’t")))
            {
                neg |= low[c].EndsWith("n't") || low[c].EndsWith("n’t");
                var linked = NounPhraseEndingAt(s, c - 1);
                if (linked?.Mention != null) return walk with { Subject = linked, Negated = walk.Negated || neg };
            }
            return walk with { Subject = np };
        }
        // A cleft: "it was (not) X who ...".
        int b = np.First - 1;
        bool cleftNeg = false;
        while (b >= 0 && !IsContractedAuxiliary(low[b]) && (Words.IsAdverb(low[b]) || Words.IsNegation(low[b]) || low[b] is "fact" or "in" or "reality" or ","))
        {
            cleftNeg |= Words.IsNegation(low[b]);
            b--;
        }
        bool cleft = false;
        if (b >= 0)
        {
            var w = low[b];
            if (w is "it's" or "it’s" or "twas") cleft = true;
            else if ((Words.IsBe(w) || w.EndsWith("n't") || w.EndsWith("n’t")) && b > 0 && low[b - 1] == "it") cleft = true;
            if (w.EndsWith("n't") || w.EndsWith("n’t")) cleftNeg = true;
        }
        return walk with { Subject = np, Cleft = cleft, Negated = walk.Negated || (cleft && cleftNeg) };
    }

    /// <summary>
    /// The subject of the clause containing the token: the first noun phrase after the clause's start (a
    /// boundary, a subordinator such as "after", or a relative pronoun). A generic phrase ("police") is returned
    /// as such, so that a name earlier in the sentence is not mistaken for the doer.
    /// </summary>
    public static Argument? ClauseSubject(ReadSentence s, int index)
    {
        var low = s.Lower;
        int start = 0;
        for (int i = index - 1; i >= 0; i--)
        {
            if (low[i] is ";" or ":" or "—" or "–") { start = i + 1; break; }
            // "Vale, who was accused ... and later cleared": the relative clause's subject is its antecedent.
            if (low[i] is "who" or "which" && i > 0)
            {
                var antecedent = NounPhraseEndingAt(s, low[i - 1] == "," ? i - 2 : i - 1);
                if (antecedent != null) return antecedent;
            }
            if (i > 0 && Words.IsSubordinator(low[i]) && low[i] is not ("as" or "since" or "if" or "once") && low[i - 1] is ",") { start = i + 1; break; }
            if (Words.IsSubordinator(low[i]) && low[i] is "after" or "before" or "when" or "while" or "because" or "although" or "though" or "until" or "whereas" && i > 0) { start = i + 1; break; }
        }
        if (start == 0 && s.Tokens.Count > 0 && Words.IsSubordinator(low[0]))
        {
            for (int i = 0; i < index; i++)
                if (low[i] == ",") { start = i + 1; break; }
        }
        for (int k = start; k < index; k++)
        {
            var m = s.MentionAt(k);
            if (m != null)
            {
                if (m.Parenthetical || m.Possessive || (k > 0 && Words.IsPreposition(low[k - 1]))) { k = m.Last - 1; continue; }
                return new Argument(m, m.First, m.Last, m.Text);
            }
            var w = low[k];
            if (s.Tokens[k].Kind != TokenKind.Word || Words.IsFunctionWord(w) || Words.IsAdverb(w) || Words.IsSubordinator(w)) continue;
            if (k > 0 && Words.IsPreposition(low[k - 1])) continue;
            // A common noun at the head of the clause is its subject ("police had questioned and released him").
            var np = NounPhraseEndingAt(s, k);
            if (np != null && k + 1 < s.Tokens.Count && (Words.IsAuxiliary(low[k + 1]) || Words.IsModal(low[k + 1]) || low[k + 1].EndsWith("ed"))) return np;
        }
        return null;
    }

    /// <summary>The noun phrase whose last token is at index: a name or pronoun mention, or a generic phrase.</summary>
    public static Argument? NounPhraseEndingAt(ReadSentence s, int index)
    {
        var low = s.Lower;
        if (index < 0) return null;
        if (low[index] == ")")
        {
            int open = index;
            while (open >= 0 && low[open] != "(") open--;
            if (open > 0) index = open - 1;
        }
        if (index >= 0 && Words.IsPossessiveMarker(s.Tokens[index].Text)) return null;
        var mention = s.MentionEndingAt(index);
        if (mention != null && !mention.Possessive) return new Argument(mention, mention.First, mention.Last, mention.Text);
        var w = low[index];
        if (s.Tokens[index].Kind != TokenKind.Word || Words.IsFunctionWord(w) || Words.IsAdverb(w)) return null;
        if (w.EndsWith("ed") && index > 0 && (Words.IsAuxiliary(low[index - 1]) || s.MentionEndingAt(index - 1) != null)) return null;
        int first = index;
        while (first > 0)
        {
            var prev = low[first - 1];
            if (Words.IsDeterminer(prev)) { first--; break; }
            // "the chandlery's former foreman": the possessor belongs to the phrase.
            if (Words.IsPossessiveMarker(s.Tokens[first - 1].Text) && first >= 2 && s.MentionEndingAt(first - 2) == null && s.Tokens[first - 2].Kind == TokenKind.Word)
            {
                first -= 2;
                if (first > 0 && Words.IsDeterminer(low[first - 1])) first--;
                break;
            }
            var m = s.MentionEndingAt(first - 1);
            if (m != null && m.Possessive) { first = m.First; break; }
            if (s.Tokens[first - 1].Kind != TokenKind.Word || Words.IsFunctionWord(prev) || Words.IsAdverb(prev)) break;
            if (first < index - 4) break;
            first--;
        }
        return new Argument(null, first, index + 1, string.Join(' ', s.Tokens.Skip(first).Take(index + 1 - first).Select(t => t.Text)));
    }

    /// <summary>The noun phrase starting at index, preferring a name it ends in ("her sister Ottilie" → Ottilie).</summary>
    public static Argument? NounPhraseStartingAt(ReadSentence s, int index)
    {
        var low = s.Lower;
        for (int k = index; k < s.Tokens.Count && k < index + 6; k++)
        {
            var m = s.MentionAt(k);
            if (m != null && !m.Parenthetical)
            {
                if (m.Possessive && m.Kind == MentionKind.Name)
                {
                    // "Ines's sister Ottilie": the possessor is not the phrase; look on for the name it ends in.
                    continue;
                }
                if (m.Kind == MentionKind.Pronoun && m.Possessive) continue;
                return new Argument(m, m.First, m.Last, m.Text);
            }
            var w = low[k];
            if (s.Tokens[k].Kind != TokenKind.Word && !Words.IsPossessiveMarker(s.Tokens[k].Text)) break;
            if (k > index && (Words.IsPreposition(w) || Words.IsConjunction(w) || Words.IsAuxiliary(w) || w is "who" or "that" or "which")) break;
        }
        int end = index;
        while (end < s.Tokens.Count && (s.Tokens[end].Kind == TokenKind.Word || s.Tokens[end].Kind == TokenKind.Number) && !(end > index && (Words.IsPreposition(low[end]) || Words.IsFunctionWord(low[end])))) end++;
        if (end == index) return null;
        return new Argument(null, index, end, string.Join(' ', s.Tokens.Skip(index).Take(end - index).Select(t => t.Text)));
    }

    /// <summary>The direct object right after a verb (skipping adverbs); a name in apposition a little later counts.</summary>
    public static Argument? RightObject(ReadSentence s, int verb)
    {
        var low = s.Lower;
        int k = verb + 1;
        while (k < s.Tokens.Count && Words.IsAdverb(low[k])) k++;
        if (k >= s.Tokens.Count) return null;
        var m = s.MentionAt(k);
        if (m != null && m.First == k && !(m.Kind == MentionKind.Pronoun && m.Possessive && k + 1 < s.Tokens.Count && !Words.IsPreposition(low[k + 1])))
        {
            if (m.Possessive && m.Kind == MentionKind.Name) return NounPhraseStartingAt(s, k);
            return new Argument(m, m.First, m.Last, m.Text);
        }
        if (Words.IsPreposition(low[k]) || s.Tokens[k].Kind != TokenKind.Word || Words.IsConjunction(low[k])) return null;
        var np = NounPhraseStartingAt(s, k);
        if (np?.Mention != null) return np;
        // "pushed one of the students, Mara Vance, off a roof": an appositive name shortly after.
        for (int i = k; i < s.Tokens.Count && i < k + 10; i++)
        {
            if (low[i] is ";" or "." || (low[i] is "who" or "that" or "which")) break;
            if (low[i] == "," && i + 1 < s.Tokens.Count)
            {
                // ", incumbent councilwoman Theresa Amoah,": up to three describing words may precede the name.
                for (int d = i + 1; d < s.Tokens.Count && d <= i + 4; d++)
                {
                    var after = s.MentionAt(d);
                    if (after != null && after.Kind == MentionKind.Name && after.First == d && !after.Possessive) return new Argument(after, after.First, after.Last, after.Text);
                    if (after != null || s.Tokens[d].Kind != TokenKind.Word || Words.IsFunctionWord(low[d])) break;
                }
            }
        }
        return np;
    }

    /// <summary>The agent of a passive verb: the phrase after "by" within the clause.</summary>
    public static Argument? ByAgent(ReadSentence s, int verb)
    {
        var low = s.Lower;
        for (int k = verb + 1; k < s.Tokens.Count && k < verb + 12; k++)
        {
            var w = low[k];
            if (w is ";" or "," or "." or "because" or "when" or "while" or "after" or "who" or "which") return null;
            if (w == "by" && k + 1 < s.Tokens.Count) return NounPhraseStartingAt(s, k + 1);
        }
        return null;
    }

    /// <summary>Whether a verb token is used as a noun here ("the push", "her fall", "Mara's fall").</summary>
    public static bool IsNounUse(ReadSentence s, int index)
    {
        if (index == 0) return false;
        var prev = s.Lower[index - 1];
        if (Words.IsDeterminer(prev) && prev is not "that") return true;
        if (Words.IsPossessiveMarker(s.Tokens[index - 1].Text)) return true;
        var m = s.MentionEndingAt(index - 1);
        return m != null && m.Possessive;
    }

    private static bool PassiveBefore(ReadSentence s, int and)
    {
        for (int k = and - 1; k > 0 && k >= and - 8; k--)
        {
            if (s.Lower[k] is "," or ";" or "and") break;
            if ((Words.IsBe(s.Lower[k]) || Words.IsGet(s.Lower[k])) && k + 1 < and && LooksLikeParticiple(s, k + 1)) return true;
        }
        return false;
    }

    /// <summary>"wasn't", "isn’t": an auxiliary carrying its negation, which ends a walk over adverbs.</summary>
    private static bool IsContractedAuxiliary(string w) =>
        (w.EndsWith("n't") || w.EndsWith("n’t")) && w.Length > 3 && w[..^3] is "was" or "is" or "were" or "are" or "did" or "does" or "do" or "had" or "has" or "have" or "could" or "would";

    private static bool LooksLikeParticiple(ReadSentence s, int verb)
    {
        var w = s.Lower[verb];
        if (w.EndsWith("ing")) return false;
        return w.EndsWith("ed") || w.EndsWith("en") || w.EndsWith("wn") || w.EndsWith("ne") || (s.Lemmas[verb] != w && !w.EndsWith('s'));
    }
}
