using Sleuth.Lexicon;

namespace Sleuth.Analysis.Reading;

/// <summary>
/// Finds proper-name and pronoun mentions in a sentence. Names are runs of capitalised words (with inner
/// connectors such as "of"); a capitalised word where capitals are not informative (sentence start, headings)
/// counts only when the case uses it as a name elsewhere or it is no ordinary word.
/// </summary>
public sealed class NameFinder
{
    private readonly ILexicon _lexicon;
    private readonly IReadOnlySet<string> _knownNames;

    /// <param name="lexicon">Tells ordinary words from names at sentence starts.</param>
    /// <param name="knownNames">Names seen mid-sentence in body text anywhere in the case, and their words.</param>
    /// <param name="trustCapitals">Take every capitalised run as a name, even in title case (questions are typed by people).</param>
    public NameFinder(ILexicon lexicon, IReadOnlySet<string> knownNames, bool trustCapitals = false)
    {
        _lexicon = lexicon;
        _knownNames = knownNames;
        _trustCapitals = trustCapitals;
    }

    private readonly bool _trustCapitals;

    /// <summary>Names found where capitalisation is informative: body text, not at a sentence start.</summary>
    public static IEnumerable<string> ReliableNames(ReadSentence sentence)
    {
        if (sentence.Kind is not (Sleuth.Analysis.SegmentKind.Body or Sleuth.Analysis.SegmentKind.ListItem)) yield break;
        var tokens = sentence.Tokens;
        foreach (var run in Runs(tokens))
        {
            if (AtInformativeStart(tokens, run.First)) continue;
            // "Who Poisoned Hollis Calloway": question words and inflected verbs in a quoted title are not the name.
            int first = run.First;
            while (first < run.Last && (Words.IsFunctionWord(tokens[first].Lower) || (tokens[first].Lower.Length > 4 && (tokens[first].Lower.EndsWith("ed") || tokens[first].Lower.EndsWith("ing")))))
                first++;
            int last = run.Last;
            while (last > first && Words.IsFunctionWord(tokens[last - 1].Lower)) last--;
            if (first >= last) continue;
            yield return Join(tokens, first, last);
        }
    }

    public void Find(ReadSentence sentence)
    {
        var tokens = sentence.Tokens;
        bool headingLike = !_trustCapitals && sentence.Kind is Sleuth.Analysis.SegmentKind.Heading or Sleuth.Analysis.SegmentKind.Title || (!_trustCapitals && LooksTitleCase(tokens));
        foreach (var run in Runs(tokens))
        {
            if (headingLike) { AddKnownSubNames(sentence, run); continue; }
            int first = run.First;
            // "Poisoned Hollis Calloway" in a title-cased phrase: an inflected ordinary verb does not start a name.
            while (first + 1 < run.Last && tokens[first].Lower.Length > 4 && (tokens[first].Lower.EndsWith("ed") || tokens[first].Lower.EndsWith("ing")) && IsOrdinaryWord(tokens[first].Lower) && !IsGivenName(tokens[first].Lower))
                first++;
            if (AtInformativeStart(tokens, first))
            {
                // Capitalisation at a sentence start says nothing: drop leading function words and common words.
                while (first < run.Last && !IsTitleBeforeName(tokens, first, run.Last) && !IsNounStartingAName(tokens, first, run.Last) && (Words.IsFunctionWord(tokens[first].Lower) || (!_knownNames.Contains(Words.StripPossessive(tokens[first].Text).Core) && !IsGivenName(tokens[first].Lower) && IsOrdinaryWord(tokens[first].Lower))))
                    first++;
                if (first >= run.Last) continue;
            }
            Add(sentence, first, run.Last, run.Possessive);
        }
        for (int i = 0; i < tokens.Count; i++)
        {
            var lower = tokens[i].Lower;
            char g = Words.Cues.Is("pronoun.female", lower) ? 'f' : Words.Cues.Is("pronoun.male", lower) ? 'm' : Words.Cues.Is("pronoun.plural", lower) ? 'p' : '\0';
            if (g == '\0' || sentence.MentionAt(i) != null) continue;
            sentence.Mentions.Add(new Mention
            {
                Sentence = sentence.Index, First = i, Last = i + 1, Start = tokens[i].Start, End = tokens[i].End,
                Text = tokens[i].Text, Kind = MentionKind.Pronoun, Gender = g,
                Possessive = lower is "his" or "their" || (lower == "her" && i + 1 < tokens.Count && !IsObjectFollower(tokens[i + 1])),
            });
        }
        MarkParentheticals(sentence);
        sentence.Mentions.Sort((a, b) => a.First.CompareTo(b.First));
    }

    private static bool IsTitleBeforeName(IReadOnlyList<Token> tokens, int i, int last)
    {
        var w = tokens[i].Lower.TrimEnd('.');
        return i + 1 < last && (Words.Cues.Is("title.female", w) || Words.Cues.Is("title.male", w) || Words.Cues.Is("title.neutral", w));
    }

    /// <summary>"Martin Hale, 41, admitted": a word that is only a noun, followed by another capitalised word, starts the name.</summary>
    private bool IsNounStartingAName(IReadOnlyList<Token> tokens, int i, int last)
    {
        var w = tokens[i].Lower;
        return i + 1 < last && !Words.IsFunctionWord(w) && !w.EndsWith("ly") && !Words.IsFunctionWord(tokens[i + 1].Lower)
            && !_lexicon.Has(w, PartOfSpeech.Verb) && !_lexicon.Has(w, PartOfSpeech.Adjective) && !_lexicon.Has(w, PartOfSpeech.Adverb);
    }

    private static bool IsGivenName(string lower) =>
        Words.Cues.Is("given.female", lower) || Words.Cues.Is("given.male", lower) || Words.Cues.Is("given.neutral", lower);

    private bool IsOrdinaryWord(string lower) =>
        lower.EndsWith("ly") || _lexicon.IsKnownWord(lower)
        || _lexicon.Has(_lexicon.Lemma(lower), PartOfSpeech.Noun) || _lexicon.Has(_lexicon.Lemma(lower), PartOfSpeech.Verb);

    // "her" is an object pronoun when what follows cannot start the noun phrase it would determine.
    private static bool IsObjectFollower(Token next) =>
        next.Kind != TokenKind.Word || Words.IsPreposition(next.Lower) || Words.IsConjunction(next.Lower) || Words.IsDeterminer(next.Lower)
        || Words.IsSubordinator(next.Lower) || Words.IsAdverb(next.Lower) || next.Lower is "to" or "that" or "who" or "herself";

    private void AddKnownSubNames(ReadSentence sentence, NameRun run)
    {
        var tokens = sentence.Tokens;
        int i = run.First;
        while (i < run.Last)
        {
            int best = -1;
            for (int j = run.Last; j > i; j--)
            {
                var text = Join(tokens, i, j);
                if (_knownNames.Contains(text)) { best = j; break; }
            }
            // A run of known name words ("Ines Kade" from "Ines" and "Kade" seen apart) is a name too.
            int words = i;
            while (words < run.Last && _knownNames.Contains(Words.StripPossessive(tokens[words].Text).Core) && !Words.IsFunctionWord(tokens[words].Lower)
                && !(tokens[words].Lower.Length > 4 && (tokens[words].Lower.EndsWith("ed") || tokens[words].Lower.EndsWith("ing")) && IsOrdinaryWord(tokens[words].Lower))) words++;
            if (words > i && words > best) best = words;
            if (best > 0) { Add(sentence, i, best, best == run.Last && run.Possessive); i = best; }
            else i++;
        }
    }

    private static void Add(ReadSentence sentence, int first, int last, bool possessive)
    {
        var tokens = sentence.Tokens;
        // "Mara Vance In": a capitalised small word closing a title-cased run is no part of the name.
        while (last > first && (Words.IsNameConnector(tokens[last - 1].Lower) || Words.IsFunctionWord(tokens[last - 1].Lower))) { last--; possessive = false; }
        if (last <= first) return;
        var (core, poss) = Words.StripPossessive(tokens[last - 1].Text);
        int end = tokens[last - 1].End - (tokens[last - 1].Text.Length - core.Length);
        string text = first == last - 1 ? core : Join(tokens, first, last - 1) + " " + core;
        if (text is "I" || text.Length < 2) return;
        // A title alone ("Mr.", "Dr.") left by a sentence break is nobody.
        var bare = text.ToLowerInvariant().TrimEnd('.');
        if (first == last - 1 && (Words.Cues.Is("title.female", bare) || Words.Cues.Is("title.male", bare) || Words.Cues.Is("title.neutral", bare))) return;
        sentence.Mentions.Add(new Mention
        {
            Sentence = sentence.Index, First = first, Last = last, Start = tokens[first].Start, End = end,
            Text = text, Kind = MentionKind.Name, Possessive = poss || possessive,
        });
    }

    private static string Join(IReadOnlyList<Token> tokens, int first, int last)
    {
        var parts = new List<string>(last - first);
        for (int i = first; i < last; i++) parts.Add(Words.StripPossessive(tokens[i].Text).Core);
        return string.Join(' ', parts);
    }

    // Parenthesised names right after another name are alternative names (cast, maiden name), not participants.
    private static void MarkParentheticals(ReadSentence sentence)
    {
        var tokens = sentence.Tokens;
        foreach (var m in sentence.Mentions)
        {
            if (m.Kind != MentionKind.Name || m.First == 0 || tokens[m.First - 1].Text != "(") continue;
            if (sentence.Mentions.Any(o => o != m && o.Kind == MentionKind.Name && o.Last == m.First - 1)) m.Parenthetical = true;
        }
    }

    /// <summary>Title case: most ordinary words after the first are capitalised ("Who Pushed Her In The Night").</summary>
    private bool LooksTitleCase(IReadOnlyList<Token> tokens)
    {
        int ordinary = 0, capitalised = 0;
        for (int i = 1; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || Words.IsPossessiveMarker(t.Text)) continue;
            if (!Words.IsFunctionWord(t.Lower) && !IsOrdinaryWord(t.Lower)) continue;
            if (_knownNames.Contains(t.Text)) continue;
            ordinary++;
            if (char.IsUpper(t.Text[0])) capitalised++;
        }
        return ordinary >= 3 && capitalised * 3 >= ordinary * 2;
    }

    /// <summary>Whether capitalisation at this token is forced by position rather than by being a name.</summary>
    private static bool AtInformativeStart(IReadOnlyList<Token> tokens, int index)
    {
        if (index == 0) return true;
        var prev = tokens[index - 1].Text;
        return prev is "\"" or "“" or "'" or "‘" or ":" or "—" or "–" or "-" or "(" or "." or "?" or "!" or "…";
    }

    private readonly record struct NameRun(int First, int Last, bool Possessive, string Text);

    /// <summary>Maximal runs of capitalised words, joined by name connectors, never across a possessive.</summary>
    private static IEnumerable<NameRun> Runs(IReadOnlyList<Token> tokens)
    {
        int i = 0;
        while (i < tokens.Count)
        {
            if (!Words.IsCapitalisedWord(tokens[i]) || IsNumberedLabel(tokens, i) || IsDateWord(tokens, i)
                || (Words.IsFunctionWord(tokens[i].Lower) && i + 1 < tokens.Count && Words.IsCapitalisedWord(tokens[i + 1]))) { i++; continue; }
            int j = i;
            bool possessive = false;
            while (j < tokens.Count)
            {
                var t = tokens[j];
                if (Words.IsCapitalisedWord(t) && !IsDateWord(tokens, j) && !(j > i && IsNumberedLabel(tokens, j)))
                {
                    j++;
                    if (Words.StripPossessive(t.Text).Possessive) { possessive = true; break; }
                    if (j < tokens.Count && Words.IsPossessiveMarker(tokens[j].Text)) { possessive = true; break; }
                    continue;
                }
                if (j > i && Words.IsNameConnector(t.Lower) && t.Lower is not "and" && j + 1 < tokens.Count && Words.IsCapitalisedWord(tokens[j + 1])) { j++; continue; }
                break;
            }
            yield return new NameRun(i, j, possessive, Join(tokens, i, j));
            i = Math.Max(j, i + 1);
        }
    }

    // "Episode 8", "Season 1", "Chapter 3" are time anchors, not names.
    private static bool IsNumberedLabel(IReadOnlyList<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Number && !Words.IsMonth(tokens[i].Lower);

    private static bool IsDateWord(IReadOnlyList<Token> tokens, int i)
    {
        var lower = tokens[i].Lower;
        if (Words.IsWeekday(lower)) return true;
        if (!Words.IsMonth(lower) && !Words.IsMonth(lower + ".")) return false;
        bool numberNext = i + 1 < tokens.Count && (tokens[i + 1].Kind == TokenKind.Number || (tokens[i + 1].Text == "." && i + 2 < tokens.Count && tokens[i + 2].Kind == TokenKind.Number));
        bool numberBefore = i > 0 && tokens[i - 1].Kind == TokenKind.Number;
        bool monthOnly = lower.Length > 4 && lower is not "june" and not "april" and not "august" and not "may";
        return numberNext || numberBefore || monthOnly || (i > 0 && tokens[i - 1].Lower is "in" or "since" or "until" or "last" or "next" or "early" or "late" or "mid");
    }
}
