using Microsoft.Playwright;
using Sleuth.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Sleuth.Web.Tests.Browser;

/// <summary>Document text is untrusted: markup in it must show as text and run nothing, wherever the page shows it.</summary>
public sealed class HostileDocumentTests
{
    // Each payload, if it ran, would set window.__pwned or open a dialog.
    private const string Script = "<script>window.__pwned = 'script'; alert('script')</script>";
    private const string Image = "<img src=x onerror=\"window.__pwned = 'img'; alert('img')\">";
    private const string Link = "<a href=\"javascript:window.__pwned = 'link'; alert('link')\">click me</a>";

    private static readonly string s_hostileText =
        $"{Image} Hostile notes\n\nThe gardener hid the ledger {Script} behind the stage. " +
        $"Felix Marsh stole the ledger from the office {Image}. Read more at {Link}.";

    // A JSON Lines record can carry a title and URL of its own; both are shown on the page.
    private static readonly string s_hostileRecord = System.Text.Json.JsonSerializer.Serialize(new
    {
        title = "<script>window.__pwned = 'title'</script>Ledger record",
        url = "javascript:window.__pwned = 'url'",
        text = $"The ledger record says the gardener kept a second ledger. {Link}",
    });

    [RequiresFact(Needs.Chromium)]
    public async Task HostileDocument_ShowsAsTextAndRunsNothing()
    {
        using var testCase = TestCase.Empty();
        await using var server = await LiveServer.OverAsync(testCase);
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await page.GotoAsync(server.Address.ToString());
        await PageSteps.OpenTabAsync(page, "documents");
        await PageSteps.ChooseFilesAsync(page, ("hostile.txt", s_hostileText), ("record.jsonl", s_hostileRecord));
        await Expect(page.Locator("#upload-status .file-status.ok")).ToHaveCountAsync(2);

        // The titles in the list are text, markup and all.
        var links = page.Locator("#documents-list .doc-link");
        await Expect(links).ToHaveCountAsync(2);
        await Expect(page.Locator("#documents-list")).ToContainTextAsync("<script>");

        foreach (var index in new[] { 0, 1 })
        {
            await links.Nth(index).ClickAsync();
            await Expect(page.Locator("#doc-view")).ToBeVisibleAsync();
            await AssertInertAsync(page, "#doc-view");
        }
        await links.Filter(new() { HasText = "Hostile notes" }).ClickAsync();
        var text = page.Locator("#doc-text");
        await Expect(text).ToContainTextAsync("<script>window.__pwned = 'script'");
        await Expect(text).ToContainTextAsync("onerror=");
        await Expect(text).ToContainTextAsync("javascript:");
        await links.Filter(new() { HasText = "Ledger record" }).ClickAsync();
        await Expect(page.Locator("#doc-meta")).ToContainTextAsync("javascript:window.__pwned");

        // Search results quote sentences with marks; the markup stays text there too.
        await page.Locator("#search-input").FillAsync("ledger");
        await page.Locator("#search-form button").ClickAsync();
        await Expect(page.Locator("#search-list .hit").First).ToBeVisibleAsync();
        await AssertInertAsync(page, "#search-list");

        await AssertNothingRanAsync(page, browser);
    }

    [RequiresFact(Needs.Chromium | Needs.Engine)]
    public async Task HostileQuote_InTheAnswerCardRunsNothing()
    {
        using var testCase = TestCase.With(("hostile.txt", s_hostileText));
        await using var server = await LiveServer.OverAsync(testCase);
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await page.GotoAsync(server.Address.ToString());
        await PageSteps.AskAsync(page, "Who stole the ledger?");
        await PageSteps.RevealAsync(page);
        await Expect(page.Locator("#answer-card .answer .answer-text").First).ToContainTextAsync("Felix Marsh");
        await AssertInertAsync(page, "#answer-card");
        await page.Locator("#answer-card .answer .quote").First.ClickAsync();
        await AssertInertAsync(page, "#doc-view");
        await AssertNothingRanAsync(page, browser);
    }

    /// <summary>No element the data could have produced: no script, image, link, frame or inline handler.</summary>
    private static async Task AssertInertAsync(IPage page, string container)
    {
        foreach (var tag in new[] { "script", "img", "a", "iframe", "object", "embed" })
        {
            await Expect(page.Locator($"{container} {tag}")).ToHaveCountAsync(0);
        }
        var handlers = await page.Locator(container).EvaluateAsync<int>(
            "root => [...root.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length");
        Assert.Equal(0, handlers);
    }

    private static async Task AssertNothingRanAsync(IPage page, BrowserSession browser)
    {
        // Give a deferred payload (an image error, a timer) the chance to fire before checking.
        await page.WaitForTimeoutAsync(300);
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"), "a payload in the document ran");
        browser.AssertCleanRun();
    }
}
