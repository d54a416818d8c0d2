using System.Net;
using System.Text.Json;
using Sleuth.Web.Tests.Support;

namespace Sleuth.Web.Tests.Api;

/// <summary>People, relations, board, claims and timeline over the shared seed case, as the page will call them.</summary>
public sealed class CaseViewEndpointTests : ApiTestBase
{
    private const string Question = "Who pushed Cassie Shore?";

    private static bool Names(JsonElement element, string property, string part) =>
        element.GetProperty(property).GetString()!.Contains(part, StringComparison.OrdinalIgnoreCase);

    [RequiresFact(Needs.Seeds | Needs.Engine | Needs.CaseViews)]
    public async Task CaseViews_ServeTheSeedCase()
    {
        using var seeds = TestCase.Seeds();
        await using var server = await LiveServer.OverAsync(seeds);

        var people = await JsonAsync(await server.Client.GetAsync("/api/people"), HttpStatusCode.OK);
        Assert.Contains(people.GetProperty("people").EnumerateArray(), p => Names(p, "name", "Delia"));
        Assert.Equal(JsonValueKind.Array, people.GetProperty("organisations").ValueKind);

        var relations = await JsonAsync(await server.Client.GetAsync("/api/relations?name=Delia"), HttpStatusCode.OK);
        Assert.Contains(relations.EnumerateArray(), r => Names(r, "from", "Bette") || Names(r, "to", "Bette"));

        var board = await JsonAsync(await server.Client.GetAsync("/api/board?q=" + Uri.EscapeDataString(Question)), HttpStatusCode.OK);
        var delia = board.GetProperty("entries").EnumerateArray().First(e => Names(e, "person", "Delia"));
        Assert.Equal("Culprit", delia.GetProperty("status").GetString());

        var claims = await JsonAsync(await server.Client.GetAsync("/api/claims?q=" + Uri.EscapeDataString(Question)), HttpStatusCode.OK);
        Assert.True(claims.GetProperty("rows").GetArrayLength() > 0);
        Assert.True(claims.GetProperty("sources").GetArrayLength() > 0);

        var timeline = await JsonAsync(await server.Client.GetAsync("/api/timeline"), HttpStatusCode.OK);
        Assert.True(timeline.GetArrayLength() > 0);
    }
}
