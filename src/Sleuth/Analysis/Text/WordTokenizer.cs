using System.Globalization;

namespace Sleuth.Analysis.Text;

/// <summary>
/// Splits text into words, numbers, punctuation and symbols with exact offsets: for every token
/// <c>text[Start..End] == Text</c>, tokens are in order and never overlap. A hand-written scanner
/// (no regular expressions) that allocates only the token list, the tokens and the text of words not seen recently.
/// </summary>
/// <remarks>
/// Conventions: possessive and clitic <c>'s</c>/<c>’s</c> is its own <see cref="TokenKind.Word"/> token
/// ("Bette's" → "Bette" + "'s") so names stay whole; other contractions stay whole ("don't", "I'm",
/// "O'Brien"); a plural possessive's apostrophe is punctuation ("sisters" + "'"). Hyphenated words
/// are one token ("well-known"). Listed abbreviations, initials and dotted acronyms keep their period
/// ("Dr.", "J.", "U.S."); "No." and capitalised months ("Dec.") only before a number or a comma.
/// Numbers keep separators and suffixes ("1,000", "3.5", "10:30", "1/2", "2020-01-05", "14th", "1990s").
/// An ellipsis ("...", "…") and a run of hyphens ("--") are one punctuation token. URLs and e-mail
/// addresses are one <see cref="TokenKind.Symbol"/> token, without trailing sentence punctuation.
/// </remarks>
public sealed class WordTokenizer : ITokenizer
{
    private static readonly string[] s_asciiText = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    private readonly Abbreviations _abbreviations = Abbreviations.Instance;

    /// <summary>The shared, stateless tokenizer.</summary>
    public static WordTokenizer Shared { get; } = new();

    /// <summary>Tokenizes <c>text[start..end)</c>; offsets are into the whole text.</summary>
    public IReadOnlyList<Token> Tokenize(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);

        var tokens = new List<Token>(Math.Max(4, (end - start) / 4));
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format) { i++; continue; }

            int next;
            TokenKind kind;
            if (char.IsLetterOrDigit(c))
            {
                if ((next = ScanUrl(text, i, end)) > i) kind = TokenKind.Symbol;
                else if (char.IsDigit(c)) next = ScanNumber(text, i, end, out kind);
                else { next = ScanWord(text, i, end); kind = TokenKind.Word; }
                // Only a word stopped by a character an address can hold may be an e-mail address.
                if (kind != TokenKind.Symbol && next < end && text[next] is '@' or '.' or '_' or '+' or '%' or '-'
                    && ScanEmail(text, i, end) is var email && email > i)
                {
                    next = email;
                    kind = TokenKind.Symbol;
                }
            }
            else if (IsApostrophe(c) && i > start && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '.') && IsClitic(text, i, end))
            {
                next = i + 2;
                kind = TokenKind.Word;
            }
            else if (c == '.' && i + 1 < end && text[i + 1] == '.')
            {
                next = i + 2;
                while (next < end && text[next] == '.') next++;
                kind = TokenKind.Punctuation;
            }
            else if (c == '-' && i + 1 < end && text[i + 1] == '-')
            {
                next = i + 2;
                while (next < end && text[next] == '-') next++;
                kind = TokenKind.Punctuation;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                // Emoji and other astral characters: keep the pair together so the token is valid text.
                next = i + 2;
                kind = TokenKind.Symbol;
            }
            else
            {
                next = i + 1;
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }

            tokens.Add(new Token(Slice(text, i, next), i, next, kind));
            i = next;
        }
        return tokens;
    }

    private int ScanWord(string text, int i, int end)
    {
        int s = i;
        while (true)
        {
            while (i < end && IsWordChar(text[i])) i++;
            if (i + 1 >= end) break;
            char c = text[i];
            if (IsApostrophe(c) && char.IsLetter(text[i + 1]))
            {
                if (IsClitic(text, i, end)) break; // "'s" becomes its own token
                i++;
                continue;
            }
            if (IsHyphen(c) && char.IsLetterOrDigit(text[i + 1])) { i++; continue; }
            if (c == '.' && char.IsLetter(text[i + 1]) && i - s <= 2)
            {
                int acronymEnd = ScanDottedAcronym(text, s, end);
                if (acronymEnd > i) return acronymEnd;
            }
            break;
        }
        if (i < end && text[i] == '.' && KeepsPeriod(text, s, i, end)) i++;
        return i;
    }

    /// <summary>Whether the period at <paramref name="dot"/> belongs to the word before it (an abbreviation).</summary>
    private bool KeepsPeriod(string text, int wordStart, int dot, int end)
    {
        // "..." after a word is an ellipsis, not an abbreviation's period.
        if (dot + 1 < end && text[dot + 1] == '.') return false;
        switch (_abbreviations.Classify(text.AsSpan(wordStart, dot - wordStart)))
        {
            case AbbreviationClass.Title or AbbreviationClass.Inline or AbbreviationClass.Ambiguous
                or AbbreviationClass.Initial:
                return true;
            case AbbreviationClass.Number or AbbreviationClass.Month:
                // "Dec.," can only be an abbreviation; otherwise only a following number decides.
                if (dot + 1 < end && text[dot + 1] is ',' or ';') return true;
                int n = dot + 1;
                while (n < end && text[n] == ' ') n++;
                return n < end && (char.IsDigit(text[n]) || text[n] == '#');
            default:
                return false;
        }
    }

    /// <summary>"U.S.", "e.g.", "Ph.D.": groups of one or two letters each closed by a period; returns the end or -1.</summary>
    private static int ScanDottedAcronym(string text, int i, int end)
    {
        int groups = 0;
        bool single = false;
        while (i < end && char.IsLetter(text[i]))
        {
            int run = i;
            while (i < end && char.IsLetter(text[i])) i++;
            run = i - run;
            if (run > 2 || i >= end || text[i] != '.') return -1;
            single |= run == 1;
            groups++;
            i++;
        }
        // A letter or digit straight after the last period means this is not an acronym ("a.b.com").
        if (groups < 2 || !single || (i < end && char.IsLetterOrDigit(text[i]))) return -1;
        return i;
    }

    private static int ScanNumber(string text, int i, int end, out TokenKind kind)
    {
        kind = TokenKind.Number;
        int s = i;
        while (i < end && char.IsDigit(text[i])) i++;
        while (i + 1 < end)
        {
            char c = text[i];
            if (c == ',' && i + 3 < end && IsDigits(text, i + 1, 3) && (i + 4 >= end || !char.IsDigit(text[i + 4])))
            {
                i += 4;
                continue;
            }
            if ((c is '.' or ':' or '/') && char.IsDigit(text[i + 1]))
            {
                i++;
                while (i < end && char.IsDigit(text[i])) i++;
                continue;
            }
            // ISO dates stay whole ("2020-01-05"); other digit-hyphen-digit runs are ranges and split.
            if (c == '-' && i - s == 4 && i + 6 <= end && IsDigits(text, i + 1, 2) && text[i + 3] == '-'
                && IsDigits(text, i + 4, 2) && (i + 6 == end || !char.IsDigit(text[i + 6])))
            {
                i += 6;
                continue;
            }
            break;
        }
        // Ordinal and unit suffixes stay on the number ("14th", "1990s", "5pm").
        if (i < end && char.IsLetter(text[i]))
        {
            while (i < end && char.IsLetter(text[i])) i++;
            // "30-year-old" is a word that starts with a number.
            while (i + 1 < end && IsHyphen(text[i]) && char.IsLetterOrDigit(text[i + 1]))
            {
                kind = TokenKind.Word;
                i++;
                while (i < end && IsWordChar(text[i])) i++;
            }
        }
        else if (i + 1 < end && IsHyphen(text[i]) && char.IsLetter(text[i + 1]))
        {
            kind = TokenKind.Word;
            while (i + 1 < end && IsHyphen(text[i]) && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
                while (i < end && IsWordChar(text[i])) i++;
            }
        }
        return i;
    }

    /// <summary>A URL starting with http://, https:// or www.; returns its end, or <paramref name="i"/> when there is none.</summary>
    private static int ScanUrl(string text, int i, int end)
    {
        if (text[i] is not ('h' or 'H' or 'w' or 'W')) return i;
        var rest = text.AsSpan(i, end - i);
        int prefix = rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
            : rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? 4
            : 0;
        if (prefix == 0) return i;
        int j = i + prefix;
        int open = 0;
        while (j < end && !char.IsWhiteSpace(text[j]) && text[j] is not ('<' or '>' or '"' or '\u201c' or '\u201d'))
        {
            if (text[j] == '(') open++;
            else if (text[j] == ')') open--;
            j++;
        }
        // Sentence punctuation and closing brackets right after a URL are not part of it.
        while (j > i + prefix)
        {
            char last = text[j - 1];
            if (last == ')' && open < 0) { open++; j--; continue; }
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '\u2019' or ']' or '}') { j--; continue; }
            break;
        }
        return j > i + prefix ? j : i;
    }

    /// <summary>An e-mail address (local@domain.tld); returns its end, or <paramref name="i"/> when there is none.</summary>
    private static int ScanEmail(string text, int i, int end)
    {
        int j = i;
        while (j < end && (char.IsLetterOrDigit(text[j]) || text[j] is '.' or '_' or '%' or '+' or '-')) j++;
        if (j >= end || text[j] != '@' || j == i) return i;
        int domainStart = ++j;
        while (j < end && (char.IsLetterOrDigit(text[j]) || text[j] is '-' or '.')) j++;
        // A sentence's closing period is not part of the domain.
        while (j > domainStart && text[j - 1] is '.' or '-') j--;
        int lastDot = j > domainStart ? text.LastIndexOf('.', j - 1, j - domainStart) : -1;
        if (lastDot <= domainStart || lastDot >= j - 1) return i;
        return j;
    }

    /// <summary>Whether an apostrophe at <paramref name="i"/> starts a clitic "'s" followed by no more letters.</summary>
    private static bool IsClitic(string text, int i, int end) =>
        i + 1 < end && IsApostrophe(text[i]) && text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2]));

    private static bool IsDigits(string text, int i, int count)
    {
        if (i + count > text.Length) return false;
        for (int k = i; k < i + count; k++)
            if (!char.IsDigit(text[k])) return false;
        return true;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>
    /// Token text with repeats shared: single ASCII characters come from a fixed table, and short words
    /// from a small per-thread table keyed by their characters (like Roslyn's StringTable), so common
    /// words ("the", "said") are allocated once instead of once per occurrence. A slot holds the last
    /// string hashed to it; a collision only costs an allocation.
    /// </summary>
    private static string Slice(string text, int start, int end)
    {
        int length = end - start;
        if (length == 1 && text[start] < 128) return s_asciiText[text[start]];
        if (length > MaxSharedLength) return text.Substring(start, length);

        var span = text.AsSpan(start, length);
        uint hash = 2166136261;
        foreach (var c in span) hash = (hash ^ c) * 16777619;
        var table = s_sharedStrings ??= new string?[SharedStringSlots];
        ref var slot = ref table[hash & (SharedStringSlots - 1)];
        if (slot is { } shared && span.SequenceEqual(shared)) return shared;
        return slot = span.ToString();
    }

    private const int MaxSharedLength = 16;
    private const int SharedStringSlots = 4096;

    /// <summary>Per thread, so the tokenizer stays lock-free and thread-safe.</summary>
    [ThreadStatic]
    private static string?[]? s_sharedStrings;
}
