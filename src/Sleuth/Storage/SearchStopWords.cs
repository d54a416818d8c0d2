namespace Sleuth.Storage;

/// <summary>
/// Function words dropped from free-text searches: they occur in nearly every sentence, so they add
/// noise to bm25 ranking without telling sentences apart. Kept as data in one place.
/// </summary>
public static class SearchStopWords
{
    private static readonly HashSet<string> s_words = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "nor", "if", "then", "else", "of", "in", "on", "at", "to", "from", "by",
        "for", "with", "about", "as", "into", "onto", "over", "under", "than", "so", "too", "very", "can", "will",
        "just", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing", "done",
        "have", "has", "had", "having", "it", "its", "it's", "this", "that", "these", "those", "there", "here",
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "they", "them", "their",
        "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "not", "no", "yes", "all", "any",
        "some", "such", "own", "same", "other", "up", "down", "out", "off", "again", "once", "would", "should",
        "could", "may", "might", "must", "shall", "s", "t", "let", "lets", "let's",
    };

    /// <summary>Whether the word (any case) is a stop word.</summary>
    public static bool Contains(string word) => s_words.Contains(word);
}
