namespace Sleuth.Analysis.Reading;

/// <summary>What kind of time a phrase gives.</summary>
public enum TimeAnchorKind
{
    /// <summary>A calendar date: "December 14", "Oct. 17", "2016".</summary>
    Date,
    /// <summary>A counted part of a story: "Episode 8", "Chapter 3".</summary>
    Numbered,
    /// <summary>The end or the start of the story: "the finale", "the premiere", "the season's start".</summary>
    Boundary,
    /// <summary>An occasion named by an event: "the night of the fire", "the morning of her fall".</summary>
    Occasion,
    /// <summary>A step from the event told before: "two days later", "previously".</summary>
    Relative,
}

/// <summary>
/// A time phrase in a sentence, with its token range, a key that merges spellings, and where possible a rank that
/// orders it against anchors of the same scale (dates by day, numbered parts by number, boundaries at either end).
/// </summary>
public sealed record TimeAnchor
{
    public required int First { get; init; }
    public required int Last { get; init; }
    public required TimeAnchorKind Kind { get; init; }
    /// <summary>Lowercase key: "october 17", "episode 8", "finale", "night of the fire", "later".</summary>
    public required string Key { get; init; }
    /// <summary>Order within the anchor's scale; null for occasions and relative steps.</summary>
    public double? Rank { get; init; }
    /// <summary>For relative anchors: +1 after the event told before, -1 before it.</summary>
    public int Direction { get; init; }
    /// <summary>A calendar year written with the date, when there is one.</summary>
    public int? Year { get; init; }
}

/// <summary>
/// Finds time anchors beyond calendar dates (which <see cref="DateFinder"/> reads): numbered parts ("Episode 8"),
/// the end or start of a story ("the finale", "by the finale"), occasions ("the night of the fall") and relative
/// steps ("two days later", "previously"). The words are the [time.*] sections of the cue list.
/// </summary>
public static class TimeAnchorFinder
{
    /// <summary>Rank of a story's (or first season's) end on the numbered scale: after every numbered part.</summary>
    public const double EndRank = 9_999;

    /// <summary>Span of one season on the numbered scale: "Season 2" comes after the first season's finale.</summary>
    public const double SeasonSpan = 10_000;

    public static IReadOnlyList<TimeAnchor> Find(ReadSentence s)
    {
        var cues = Words.Cues;
        var low = s.Lower;
        var list = new List<TimeAnchor>();
        foreach (var d in DateFinder.Find(s))
        {
            var parts = d.Key.Split(' ');
            int? year = null;
            foreach (var tok in s.Tokens.Skip(d.First).Take(d.Last - d.First))
                if (tok.Text.Length == 4 && int.TryParse(tok.Text, out var y)) year = y;
            double? rank = null;
            int month = Array.IndexOf(s_months, parts[0]);
            if (month >= 0 && parts.Length == 2 && int.TryParse(parts[1], out var n))
                rank = n > 31 ? n * 400.0 + (month + 1) * 31 : (month + 1) * 31 + n;
            else if (parts.Length == 1 && int.TryParse(parts[0], out var yy)) { rank = yy * 400.0; year = yy; }
            list.Add(new TimeAnchor { First = d.First, Last = d.Last, Kind = TimeAnchorKind.Date, Key = d.Key, Rank = rank, Year = year });
        }
        for (int t = 0; t < low.Length; t++)
        {
            if (list.Any(a => t >= a.First && t < a.Last)) continue;
            var w = low[t];
            if (cues.Is("time.numbered", w) && t + 1 < low.Length && s.Tokens[t + 1].Kind == TokenKind.Number && int.TryParse(low[t + 1], out var number))
            {
                // A season is a span of episodes: its mention sits mid-season, so "Season 2" follows the first finale.
                double rank = w is "season" or "series" or "book" or "volume" ? (number - 1) * SeasonSpan + SeasonSpan / 2 : number;
                list.Add(new TimeAnchor { First = t, Last = t + 2, Kind = TimeAnchorKind.Numbered, Key = w + " " + number, Rank = rank });
                t++;
                continue;
            }
            bool end = cues.Is("time.end", w), start = cues.Is("time.start", w);
            if ((end || start) && IsStoryBoundary(s, t, end))
            {
                int first = t;
                while (first > 0 && (Words.IsDeterminer(low[first - 1]) || low[first - 1] is "season" or "series" or "final" or "first" or "'s" or "’s" || cues.Is("time.numbered", low[first - 1]))) first--;
                list.Add(new TimeAnchor { First = first, Last = t + 1, Kind = TimeAnchorKind.Boundary, Key = end ? "finale" : "premiere", Rank = end ? EndRank : 0 });
                continue;
            }
            // "the final episode", "the last episode", "the first episode" without a number.
            if (w is "final" or "last" or "first" && t + 1 < low.Length && cues.Is("time.numbered", low[t + 1]) && !(t + 2 < low.Length && s.Tokens[t + 2].Kind == TokenKind.Number))
            {
                bool last = w != "first";
                list.Add(new TimeAnchor { First = t > 0 && low[t - 1] == "the" ? t - 1 : t, Last = t + 2, Kind = TimeAnchorKind.Boundary, Key = last ? "finale" : "premiere", Rank = last ? EndRank : 0 });
                t++;
                continue;
            }
            // "the night of the fire", "the night of Cassie's fall".
            if (cues.Is("time.period", w) && t + 2 < low.Length && low[t + 1] == "of" && t > 0 && low[t - 1] == "the")
            {
                int k = t + 2;
                while (k < low.Length && (Words.IsDeterminer(low[k]) || Words.IsPossessiveMarker(s.Tokens[k].Text) || s.MentionAt(k) != null || Words.IsPronoun(low[k]))) k++;
                // "the morning of October 24" is the date itself, read above.
                bool dated = list.Any(a => a.Kind == TimeAnchorKind.Date && a.First <= k + 1 && a.Last > t);
                if (!dated && k < low.Length && s.Tokens[k].Kind == TokenKind.Word && !Words.IsFunctionWord(low[k]))
                {
                    list.Add(new TimeAnchor { First = t - 1, Last = k + 1, Kind = TimeAnchorKind.Occasion, Key = $"{w} of the {s.Lemmas[k]}" });
                    t = k;
                    continue;
                }
            }
            // "two days later", "a week after", "later", "previously".
            bool later = cues.Is("time.later", w) && w is not ("then" or "next" or "following") || (w is "after" && t > 0 && IsSpan(s, t - 1));
            bool earlier = cues.Is("time.earlier", w) && (w is not ("before" or "prior") || (t > 0 && IsSpan(s, t - 1)) || (w == "prior" && t + 1 < low.Length && low[t + 1] == "to"));
            if (later || earlier)
            {
                int first = t;
                if (t > 0 && IsSpan(s, t - 1)) first = t - 2 >= 0 && (s.Tokens[t - 2].Kind == TokenKind.Number || IsCountWord(low[t - 2])) ? t - 2 : t - 1;
                list.Add(new TimeAnchor { First = first, Last = t + 1, Kind = TimeAnchorKind.Relative, Key = later ? "later" : "earlier", Direction = later ? 1 : -1 });
            }
        }
        return list.OrderBy(a => a.First).ToList();
    }

    private static readonly string[] s_months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static bool IsSpan(ReadSentence s, int i) =>
        s.Lower[i] is "day" or "days" or "week" or "weeks" or "month" or "months" or "year" or "years" or "hours" or "hour" or "minutes" or "moments" or "episodes" or "episode";

    private static bool IsCountWord(string w) => w is "a" or "an" or "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "few" or "several" or "some";

    /// <summary>"the finale", "the end of the season", "the season's start": not "the end of the road".</summary>
    private static bool IsStoryBoundary(ReadSentence s, int t, bool end)
    {
        var w = s.Lower[t];
        if (w is "finale" or "premiere" or "pilot") return true;
        if (t + 3 < s.Lower.Length && s.Lower[t + 1] == "of" && s.Lower[t + 2] == "the" && s.Lower[t + 3] is "season" or "series" or "show" or "story" or "book" or "film") return true;
        if (t >= 2 && Words.IsPossessiveMarker(s.Tokens[t - 1].Text) && s.Lower[t - 2] is "season" or "series" or "show" or "story") return true;
        return t >= 1 && s.Lower[t - 1] is "season" or "series" && (end ? w is "ending" or "end" : w is "opening" or "start");
    }
}
