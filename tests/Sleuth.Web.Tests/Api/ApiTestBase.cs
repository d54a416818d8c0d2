using System.Net;
using System.Text.Json;

namespace Sleuth.Web.Tests.Api;

/// <summary>Helpers for reading API responses the way a client would.</summary>
public abstract class ApiTestBase
{
    internal static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts an error response: the status, JSON {"error": "..."} and nothing that looks like a stack trace.</summary>
    internal static async Task<string> ErrorAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var json = await JsonAsync(response, expected);
        var message = json.GetProperty("error").GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.DoesNotContain("   at ", message);
        Assert.DoesNotContain("Exception", message);
        return message!;
    }
}
