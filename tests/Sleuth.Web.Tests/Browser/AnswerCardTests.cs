using System.Net.Http.Json;
using System.Text.Json;
using Sleuth.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Sleuth.Web.Tests.Browser;

/// <summary>The answer card over the shared seed case: answer, sources, quotes that open the right span, spoilers.</summary>
public sealed class AnswerCardTests
{
    private const string Question = "Who pushed Cassie Shore?";

    [RequiresFact(Needs.Chromium | Needs.Seeds | Needs.Engine)]
    public async Task Ask_ShowsDeliaAndAQuoteOpensItsHighlightedSpan()
    {
        using var seeds = TestCase.Seeds();
        await using var server = await LiveServer.OverAsync(seeds);
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await page.GotoAsync(server.Address.ToString());

        await PageSteps.AskAsync(page, Question);
        await PageSteps.RevealAsync(page);
        var card = page.Locator("#answer-card");
        await Expect(card.Locator(".answer .answer-text").First).ToContainTextAsync("Delia Whitlaw");
        await Expect(card.Locator(".sources")).ToContainTextAsync(" of ");
        await Expect(card.Locator(".explanation")).Not.ToBeEmptyAsync();
        await Expect(card.Locator(".rejected")).ToContainTextAsync("Bette");

        // The picture in the README is this card.
        var screenshot = Path.Combine(RepoPaths.Root, "docs", "answer-card.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await card.ScreenshotAsync(new() { Path = screenshot });

        var quote = card.Locator(".answer .quote").First;
        var documentId = await quote.GetAttributeAsync("data-document-id");
        var quoted = (await quote.Locator(".quote-text").InnerTextAsync()).Trim('“', '”');
        await quote.ClickAsync();

        var docView = page.Locator("#doc-view");
        await Expect(docView).ToBeVisibleAsync();
        await Expect(page.Locator("#doc-text")).ToHaveAttributeAsync("data-document-id", documentId!);
        var mark = page.Locator("#doc-text mark.highlight");
        await Expect(mark).ToHaveCountAsync(1);
        Assert.Equal(Normalise(quoted), Normalise(await mark.InnerTextAsync()));
        await Expect(mark).ToBeInViewportAsync();

        // The highlight is the document's own text at the evidence offsets, as the API serves them.
        var start = int.Parse(await quote.GetAttributeAsync("data-start") ?? "-1", System.Globalization.CultureInfo.InvariantCulture);
        var end = int.Parse(await quote.GetAttributeAsync("data-end") ?? "-1", System.Globalization.CultureInfo.InvariantCulture);
        var view = await server.Client.GetFromJsonAsync<JsonElement>($"/api/documents/{documentId}");
        Assert.Equal(Normalise(view.GetProperty("document").GetProperty("text").GetString()![start..end]), Normalise(await mark.InnerTextAsync()));
        browser.AssertCleanRun();
    }

    [RequiresFact(Needs.Chromium | Needs.Seeds | Needs.Engine)]
    public async Task SpoilerAnswer_StaysCoveredUntilRevealed()
    {
        using var seeds = TestCase.Seeds();
        await using var server = await LiveServer.OverAsync(seeds);
        var result = await server.Client.GetFromJsonAsync<JsonElement>("/api/ask?q=" + Uri.EscapeDataString(Question));
        Assert.True(result.GetProperty("spoilerWarning").GetBoolean(), "the seed case marks its ending as a spoiler, so the answer should carry the warning");

        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await page.GotoAsync(server.Address.ToString());
        await PageSteps.AskAsync(page, Question);

        var cover = page.Locator("#answer-card .cover");
        var reveal = page.Locator("#reveal-spoiler");
        await Expect(cover).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bcovered\b"));
        await Expect(page.Locator("#answer-card .covered-body")).ToHaveAttributeAsync("aria-hidden", "true");
        await Expect(reveal).ToBeVisibleAsync();
        var blur = await page.Locator("#answer-card .covered-body").EvaluateAsync<string>("e => getComputedStyle(e).filter");
        Assert.Contains("blur", blur);

        await reveal.ClickAsync();
        await Expect(cover).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bcovered\b"));
        await Expect(reveal).ToHaveCountAsync(0);
        await Expect(page.Locator("#answer-card .answer .answer-text").First).ToContainTextAsync("Delia");
        blur = await page.Locator("#answer-card .covered-body").EvaluateAsync<string>("e => getComputedStyle(e).filter");
        Assert.DoesNotContain("blur", blur);
        browser.AssertCleanRun();
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
