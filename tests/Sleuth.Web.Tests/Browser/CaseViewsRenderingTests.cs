using System.Text.Json;
using Microsoft.Playwright;
using Sleuth.Answering;
using Sleuth.Case;
using Sleuth.Web.Api;
using Sleuth.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Sleuth.Web.Tests.Browser;

/// <summary>
/// People graph, board, claims matrix and timeline as the page draws them, fed with records built here and
/// serialised exactly as the API does, so the page is tested apart from the engine that will compute them.
/// </summary>
public sealed class CaseViewsRenderingTests
{
    private const string Hostile = "<img src=x onerror=\"window.__pwned = 1\">";

    private static Evidence Quote(long documentId, int start, int end, string quote, Stance stance = Stance.Asserted, bool supports = true) => new()
    {
        DocumentId = documentId, DocumentTitle = "Roof report", SourcePath = "roof.txt", SourceGroup = documentId,
        Start = start, End = end, Quote = quote, Stance = stance, Supports = supports,
    };

    [RequiresFact(Needs.Chromium)]
    public async Task PeopleGraph_DrawsNamesAsTextAndListsRelationsOfTheChosenPerson()
    {
        using var testCase = TestCase.Empty();
        await using var server = await LiveServer.OverAsync(testCase);
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        var people = new PeopleReport(
            [
                new CaseEntity { Name = "Delia Whitlaw", Kind = EntityKind.Person, Aliases = ["Delia"] },
                new CaseEntity { Name = "Bette Whitlaw", Kind = EntityKind.Person, Aliases = ["Bette"] },
                new CaseEntity { Name = "Cassie Shore", Kind = EntityKind.Person },
                new CaseEntity { Name = Hostile, Kind = EntityKind.Person },
            ],
            [new CaseEntity { Name = "Corvin Academy of Dance", Kind = EntityKind.Organisation }],
            []);
        CaseRelation[] relations =
        [
            new() { From = "Delia", Kind = "sister", To = "Bette Whitlaw", Category = "kinship", Sources = 3 },
            new() { From = "Cassie Shore", Kind = "rival", To = "Bette", Category = "rivalry", Sources = 2 },
        ];
        await FulfilAsync(page, "**/api/people", people);
        await FulfilAsync(page, "**/api/relations", relations);
        await FulfilAsync(page, "**/api/relations?name=*", relations.Take(1));

        await page.GotoAsync(server.Address.ToString());
        await PageSteps.OpenTabAsync(page, "people");
        var graph = page.Locator("#graph");
        // Aliases fold onto one node: Delia Whitlaw, Bette Whitlaw, Cassie Shore, the hostile name.
        await Expect(graph.Locator("circle")).ToHaveCountAsync(4);
        await Expect(graph.Locator("line")).ToHaveCountAsync(2);
        await Expect(graph.Locator("text.node-label", new() { HasText = "Delia Whitlaw" })).ToHaveCountAsync(1);
        await Expect(graph.Locator("text.node-label", new() { HasText = "onerror" })).ToHaveCountAsync(1);
        await Expect(graph.Locator("image, img, foreignObject")).ToHaveCountAsync(0);
        await Expect(page.Locator("#relations-list li")).ToHaveCountAsync(2);

        await graph.Locator("circle").First.ClickAsync();
        await Expect(page.Locator("#relations-title")).ToContainTextAsync("Relations of");
        await Expect(page.Locator("#relations-list li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#relations-list")).ToContainTextAsync("sister");
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"));
        browser.AssertCleanRun();
    }

    [RequiresFact(Needs.Chromium)]
    public async Task BoardClaimsAndTimeline_AreTablesAndListsWithQuotesThatOpenDocuments()
    {
        using var testCase = TestCase.With(("roof.txt", "Roof report\n\nDelia Whitlaw pushed Cassie Shore. Bette was in the studio."));
        await using var server = await LiveServer.OverAsync(testCase);
        var documents = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<JsonElement>(server.Client, "/api/documents");
        var id = documents[0].GetProperty("id").GetInt64();
        var text = (await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<JsonElement>(server.Client, $"/api/documents/{id}"))
            .GetProperty("document").GetProperty("text").GetString()!;
        var pushedAt = text.IndexOf("Delia", StringComparison.Ordinal);
        var pushed = Quote(id, pushedAt, pushedAt + "Delia Whitlaw pushed Cassie Shore.".Length, "Delia Whitlaw pushed Cassie Shore.");
        var studioAt = text.IndexOf("Bette was", StringComparison.Ordinal);
        var studio = Quote(id, studioAt, studioAt + "Bette was in the studio.".Length, "Bette was in the studio.", Stance.Denied, supports: false);

        var verdict = new AskResult
        {
            Question = "Who pushed Cassie Shore?", Verdict = Verdict.Answered, Confidence = 0.9, ConfidenceExplanation = "",
            Analysis = new QuestionAnalysis { Text = "Who pushed Cassie Shore?", WhWord = "who", ExpectedType = AnswerType.Person, AskedRole = "agent" },
            SupportingSources = 1, TotalSources = 1, SpoilerWarning = true,
        };
        var board = new BoardReport("Who pushed Cassie Shore?", verdict,
        [
            new BoardEntry { Person = "Delia Whitlaw", Status = BoardStatus.Culprit, Motive = "jealousy", For = [pushed] },
            new BoardEntry { Person = "Bette Whitlaw", Status = BoardStatus.AccusedRefuted, AccusedBy = ["Cassie Shore"], ClearedBecause = "she was in the studio", Against = [studio] },
        ]);
        var claims = new ClaimsMatrix("Who pushed Cassie Shore?", [new ClaimSource(id, "Roof report", [id]), new ClaimSource(99, "Silent source", [99])],
        [
            new ClaimRow("Delia pushed Cassie Shore", "Delia Whitlaw", [new ClaimCell(id, Stance.Asserted, null, pushed), new ClaimCell(99, null, null, null)]),
            new ClaimRow("Bette pushed Cassie Shore", "Bette Whitlaw", [new ClaimCell(id, Stance.Denied, null, studio)]),
        ]);
        TimelineEvent[] timeline =
        [
            new() { Description = "Cassie is pushed from the roof", Anchor = "episode 1", Order = 1, Anchored = true, Evidence = [pushed] },
            new() { Description = "Bette rehearses in the studio", Order = 2, Anchored = false },
        ];

        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await FulfilAsync(page, "**/api/board?*", board);
        await FulfilAsync(page, "**/api/claims?*", claims);
        await FulfilAsync(page, "**/api/timeline", timeline);
        await page.GotoAsync(server.Address.ToString());

        await PageSteps.OpenTabAsync(page, "board");
        await page.Locator("#board-question").FillAsync("Who pushed Cassie Shore?");
        await page.Locator("#board-form button").ClickAsync();
        // The verdict behind the board carries a spoiler warning, so the board starts covered.
        await Expect(page.Locator("#board-cover.covered")).ToHaveCountAsync(1);
        await page.Locator("#reveal-board").ClickAsync();
        await Expect(page.Locator("#board-cover.covered")).ToHaveCountAsync(0);
        var boardRows = page.Locator("#board-table tbody tr");
        await Expect(boardRows).ToHaveCountAsync(2);
        await Expect(boardRows.Nth(0)).ToContainTextAsync("Culprit");
        await Expect(boardRows.Nth(0)).ToContainTextAsync("jealousy");
        await Expect(boardRows.Nth(1)).ToContainTextAsync("Accused, refuted");
        await Expect(boardRows.Nth(1)).ToContainTextAsync("she was in the studio");

        var claimRows = page.Locator("#claims-table tbody tr");
        await Expect(claimRows).ToHaveCountAsync(2);
        await Expect(page.Locator("#claims-table thead th")).ToHaveTextAsync(["Proposition", "Roof report", "Silent source"]);
        await Expect(claimRows.Nth(0).Locator("td").Nth(0)).ToContainTextAsync("asserted");
        await Expect(claimRows.Nth(0).Locator("td").Nth(1)).ToHaveTextAsync("—");
        await claimRows.Nth(1).Locator("td button.link").ClickAsync();
        await Expect(page.Locator("#doc-text mark.highlight")).ToHaveTextAsync("Bette was in the studio.");

        await PageSteps.OpenTabAsync(page, "timeline");
        var events = page.Locator("#timeline-list > li");
        await Expect(events).ToHaveCountAsync(2);
        await Expect(events.Nth(0)).ToContainTextAsync("episode 1");
        await Expect(events.Nth(1)).ToContainTextAsync("in story order");
        await events.Nth(0).Locator(".quote").ClickAsync();
        await Expect(page.Locator("#doc-text mark.highlight")).ToHaveTextAsync("Delia Whitlaw pushed Cassie Shore.");
        browser.AssertCleanRun();
    }

    private static Task FulfilAsync<T>(IPage page, string pattern, T body)
    {
        var json = JsonSerializer.Serialize(body, ApiJson.Options);
        return page.RouteAsync(pattern, route => route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = json }));
    }
}
