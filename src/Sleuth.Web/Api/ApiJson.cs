using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sleuth.Web.Api;

/// <summary>The one JSON shape of the API: camelCase names and enums as their names, so clients never see numbers for stances.</summary>
internal static class ApiJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

/// <summary>The body of every error response.</summary>
/// <param name="Error">A message a user can act on; never a stack trace.</param>
public sealed record ApiError(string Error);

/// <summary>A request the API refuses, with the status and message the client gets.</summary>
internal sealed class ApiException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
