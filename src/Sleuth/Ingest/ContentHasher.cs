using System.Security.Cryptography;
using System.Text;

namespace Sleuth.Ingest;

/// <summary>Hashes document text so that copies differing only in whitespace or line endings hash alike.</summary>
public static class ContentHasher
{
    /// <summary>Lower-case hex SHA-256 of the text with whitespace runs collapsed and ends trimmed.</summary>
    public static string Hash(string text)
    {
        var normalized = TextBuilder.CollapseWhitespace(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
