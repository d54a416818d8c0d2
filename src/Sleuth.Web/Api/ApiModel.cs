using Sleuth.Analysis;
using Sleuth.Storage;

namespace Sleuth.Web.Api;

/// <summary>The body of <c>POST /api/ask</c>.</summary>
public sealed record AskRequest
{
    /// <summary>The question, e.g. "Who pushed Cassie Shore?".</summary>
    public string? Question { get; init; }

    /// <summary>Include the trace of each answering stage.</summary>
    public bool Explain { get; init; }
}

/// <summary>A stored document with its full text and the spans the page should highlight.</summary>
public sealed record DocumentView(StoredDocument Document, IReadOnlyList<TextRange> Highlights);

/// <summary>What the page needs to know about the server before it draws anything.</summary>
public sealed record ServerInfo
{
    /// <summary>True when uploads are refused.</summary>
    public required bool ReadOnly { get; init; }

    /// <summary>Documents in the case.</summary>
    public required int Documents { get; init; }

    /// <summary>Largest upload request accepted, in bytes.</summary>
    public required long MaxUploadBytes { get; init; }

    /// <summary>Most files accepted in one upload.</summary>
    public required int MaxUploadFiles { get; init; }
}
