using System.Net;
using System.Net.Http.Json;
using Sleuth.Web.Tests.Support;

namespace Sleuth.Web.Tests.Api;

/// <summary>The answering endpoints over the shared seed case, served from a real SQLite case file.</summary>
public sealed class AskEndpointTests : ApiTestBase
{
    private const string Question = "Who pushed Cassie Shore?";

    [RequiresFact(Needs.Seeds | Needs.Engine)]
    public async Task Ask_AnswersFromTheSeedsWithQuotesThatMatchTheDocuments()
    {
        using var seeds = TestCase.Seeds();
        await using var server = await LiveServer.OverAsync(seeds);
        var result = await JsonAsync(await server.Client.GetAsync("/api/ask?q=" + Uri.EscapeDataString(Question)), HttpStatusCode.OK);

        Assert.Equal("Answered", result.GetProperty("verdict").GetString());
        var answer = result.GetProperty("answers")[0];
        Assert.Contains("Delia", answer.GetProperty("text").GetString());
        Assert.True(result.GetProperty("supportingSources").GetInt32() > 0);
        Assert.True(result.GetProperty("totalSources").GetInt32() >= result.GetProperty("supportingSources").GetInt32());

        // Every quote must be exactly the text the document view will highlight.
        foreach (var evidence in answer.GetProperty("evidence").EnumerateArray())
        {
            var id = evidence.GetProperty("documentId").GetInt64();
            var start = evidence.GetProperty("start").GetInt32();
            var end = evidence.GetProperty("end").GetInt32();
            var view = await JsonAsync(await server.Client.GetAsync($"/api/documents/{id}?start={start}&end={end}"), HttpStatusCode.OK);
            Assert.Equal(evidence.GetProperty("quote").GetString(), view.GetProperty("document").GetProperty("text").GetString()![start..end]);
        }
        Assert.Contains(result.GetProperty("rejected").EnumerateArray(), r => r.GetProperty("text").GetString()!.Contains("Bette"));
    }

    [RequiresFact(Needs.Seeds | Needs.Engine)]
    public async Task AskByPost_GivesTheSameVerdictAsGet()
    {
        using var seeds = TestCase.Seeds();
        await using var server = await LiveServer.OverAsync(seeds);
        var posted = await JsonAsync(await server.Client.PostAsJsonAsync("/api/ask", new { question = Question, explain = true }), HttpStatusCode.OK);
        var got = await JsonAsync(await server.Client.GetAsync("/api/ask?q=" + Uri.EscapeDataString(Question)), HttpStatusCode.OK);
        Assert.Equal(got.GetProperty("verdict").GetString(), posted.GetProperty("verdict").GetString());
        Assert.True(posted.GetProperty("trace").GetArrayLength() > 0);
    }

    [RequiresFact(Needs.Seeds)]
    public async Task Search_MarksMatchedWordsInsideTheSentence()
    {
        using var seeds = TestCase.Seeds();
        await using var server = await LiveServer.OverAsync(seeds);
        var hits = await JsonAsync(await server.Client.GetAsync("/api/search?q=roof&limit=5"), HttpStatusCode.OK);
        Assert.InRange(hits.GetArrayLength(), 1, 5);
        foreach (var hit in hits.EnumerateArray())
        {
            foreach (var mark in hit.GetProperty("marks").EnumerateArray())
            {
                Assert.InRange(mark.GetProperty("start").GetInt32(), hit.GetProperty("start").GetInt32(), hit.GetProperty("end").GetInt32());
            }
        }
    }
}
