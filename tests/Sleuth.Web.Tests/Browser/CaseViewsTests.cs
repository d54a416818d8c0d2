using Sleuth.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Sleuth.Web.Tests.Browser;

/// <summary>The people graph, board, claims and timeline over the shared seed case.</summary>
public sealed class CaseViewsTests
{
    [RequiresFact(Needs.Chromium | Needs.Seeds | Needs.Engine | Needs.CaseViews)]
    public async Task SeedCase_ShowsItsPeopleBoardAndTimeline()
    {
        using var seeds = TestCase.Seeds();
        await using var server = await LiveServer.OverAsync(seeds);
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await page.GotoAsync(server.Address.ToString());

        await PageSteps.OpenTabAsync(page, "people");
        var graph = page.Locator("#graph");
        await Expect(graph.Locator("text.node-label", new() { HasText = "Delia" }).First).ToBeVisibleAsync();
        await graph.Locator("circle").First.ClickAsync();
        await Expect(page.Locator("#relations-title")).ToContainTextAsync("Relations of");

        await PageSteps.OpenTabAsync(page, "board");
        await page.Locator("#board-question").FillAsync("Who pushed Cassie Shore?");
        await page.Locator("#board-form button").ClickAsync();
        await PageSteps.RevealBoardAsync(page);
        await Expect(page.Locator("#board-table tbody tr", new() { HasText = "Delia" }).First).ToContainTextAsync("Culprit");
        await Expect(page.Locator("#claims-table tbody tr").First).ToBeVisibleAsync();

        await PageSteps.OpenTabAsync(page, "timeline");
        await Expect(page.Locator("#timeline-list > li").First).ToBeVisibleAsync();
        browser.AssertCleanRun();
    }
}
