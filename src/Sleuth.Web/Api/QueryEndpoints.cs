using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sleuth.Analysis;
using Sleuth.Web.Hosting;

namespace Sleuth.Web.Api;

/// <summary>
/// The read endpoints. Each one checks its parameters, makes one <see cref="CaseService"/> call and serialises
/// the library's record as it is; nothing here decides an answer.
/// </summary>
internal static class QueryEndpoints
{
    /// <summary>Longer than any real question; a cap keeps one request from tying up the engine.</summary>
    public const int MaxQuestionLength = 1000;

    private const int DefaultSearchLimit = 20;
    private const int MaxSearchLimit = 200;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/api/info", InfoAsync);
        api.MapGet("/api/ask", AskFromQueryAsync);
        api.MapPost("/api/ask", AskFromBodyAsync);
        api.MapGet("/api/search", SearchAsync);
        api.MapGet("/api/documents", (CaseGate gate, CancellationToken ct) => CallAsync(gate, s => s.Documents(), ct));
        api.MapGet("/api/documents/{id}", DocumentAsync);
        api.MapGet("/api/people", (CaseGate gate, CancellationToken ct) => CallAsync(gate, s => s.People(), ct));
        api.MapGet("/api/relations", RelationsAsync);
        api.MapGet("/api/board", BoardAsync);
        api.MapGet("/api/claims", ClaimsAsync);
        api.MapGet("/api/timeline", (CaseGate gate, CancellationToken ct) => CallAsync(gate, s => s.Timeline(), ct));
    }

    private static Task<IResult> InfoAsync(CaseGate gate, WebServerOptions options, CancellationToken ct) =>
        CallAsync(gate, s => new ServerInfo
        {
            ReadOnly = options.ReadOnly,
            Documents = s.Documents().Count,
            MaxUploadBytes = options.MaxUploadBytes,
            MaxUploadFiles = options.MaxUploadFiles,
        }, ct);

    private static Task<IResult> AskFromQueryAsync(HttpRequest request, CaseGate gate, CancellationToken ct)
    {
        var question = Question(request.Query["q"]);
        var explain = Flag(request.Query["explain"], "explain");
        return CallAsync(gate, s => s.Ask(question, new AskOptions { Explain = explain }), ct);
    }

    private static async Task<IResult> AskFromBodyAsync(HttpRequest request, CaseGate gate, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            throw new ApiException(StatusCodes.Status415UnsupportedMediaType, "Send the question as JSON: {\"question\": \"...\"} with Content-Type: application/json.");
        }
        AskRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<AskRequest>(request.Body, ApiJson.Options, ct);
        }
        catch (JsonException e)
        {
            throw new ApiException(StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {e.Message}");
        }
        var question = Question(body?.Question);
        var options = new AskOptions { Explain = body?.Explain ?? false };
        return await CallAsync(gate, s => s.Ask(question, options), ct);
    }

    private static Task<IResult> BoardAsync(HttpRequest request, CaseGate gate, CancellationToken ct)
    {
        var question = Question(request.Query["q"]);
        return CallAsync(gate, s => s.Board(question), ct);
    }

    private static Task<IResult> ClaimsAsync(HttpRequest request, CaseGate gate, CancellationToken ct)
    {
        var question = Question(request.Query["q"]);
        return CallAsync(gate, s => s.Claims(question), ct);
    }

    private static Task<IResult> SearchAsync(HttpRequest request, CaseGate gate, CancellationToken ct)
    {
        var query = Required(request.Query["q"], "q", "a search query");
        var limit = Integer(request.Query["limit"], "limit", DefaultSearchLimit, 1, MaxSearchLimit);
        return CallAsync(gate, s => s.Search(query, limit), ct);
    }

    private static async Task<IResult> DocumentAsync(string id, HttpRequest request, CaseGate gate, CancellationToken ct)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var documentId))
        {
            throw new ApiException(StatusCodes.Status400BadRequest, $"Document id '{id}' is not a number.");
        }
        var start = request.Query["start"];
        var end = request.Query["end"];
        if (start.Count > 0 != end.Count > 0)
        {
            throw new ApiException(StatusCodes.Status400BadRequest, "Give both start and end to highlight a span, or neither.");
        }
        var document = await gate.RunAsync(s => s.Document(documentId), ct)
            ?? throw new ApiException(StatusCodes.Status404NotFound, $"There is no document {documentId}.");
        var highlights = new List<TextRange>();
        if (start.Count > 0)
        {
            var length = document.Text.Length;
            var from = Integer(start, "start", 0, 0, length);
            var to = Integer(end, "end", 0, 0, length);
            if (to < from)
            {
                throw new ApiException(StatusCodes.Status400BadRequest, $"The span ends ({to}) before it starts ({from}).");
            }
            highlights.Add(new TextRange(from, to));
        }
        return Results.Json(new DocumentView(document, highlights), ApiJson.Options);
    }

    private static Task<IResult> RelationsAsync(HttpRequest request, CaseGate gate, CancellationToken ct)
    {
        string? name = request.Query["name"];
        name = string.IsNullOrWhiteSpace(name) ? null : Clean(name, "name");
        return CallAsync(gate, s => s.Relations(name), ct);
    }

    private static async Task<IResult> CallAsync<T>(CaseGate gate, Func<CaseService, T> call, CancellationToken ct) =>
        Results.Json(await gate.RunAsync(call, ct), ApiJson.Options);

    /// <summary>Checks a question before the engine sees it: present, not too long, no control characters.</summary>
    internal static string Question(string? value) => Clean(Required(value, "q", "a question"), "question");

    private static string Required(string? value, string name, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ApiException(StatusCodes.Status400BadRequest, $"Missing {what}: pass it as '{name}'.");
        }
        return Clean(value, name);
    }

    private static string Clean(string value, string name)
    {
        var text = value.Trim();
        if (text.Length > MaxQuestionLength)
        {
            throw new ApiException(StatusCodes.Status400BadRequest, $"The {name} is too long ({text.Length} characters; at most {MaxQuestionLength}).");
        }
        if (text.Any(c => char.IsControl(c) && !char.IsWhiteSpace(c)))
        {
            throw new ApiException(StatusCodes.Status400BadRequest, $"The {name} contains control characters.");
        }
        return text;
    }

    private static int Integer(string? value, string name, int fallback, int min, int max)
    {
        if (string.IsNullOrEmpty(value))
        {
            return fallback;
        }
        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            throw new ApiException(StatusCodes.Status400BadRequest, $"'{name}' must be a whole number from {min} to {max}; got '{value}'.");
        }
        return number;
    }

    private static bool Flag(string? value, string name) => value?.ToLowerInvariant() switch
    {
        null or "" or "false" or "0" => false,
        "true" or "1" => true,
        _ => throw new ApiException(StatusCodes.Status400BadRequest, $"'{name}' must be true or false; got '{value}'."),
    };
}
