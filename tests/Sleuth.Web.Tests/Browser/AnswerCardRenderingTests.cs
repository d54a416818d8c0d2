using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Sleuth.Answering;
using Sleuth.Web.Api;
using Sleuth.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Sleuth.Web.Tests.Browser;

/// <summary>
/// The page's rendering of an <see cref="AskResult"/>, tested apart from the engine: the browser gets a result
/// built here from the library's own records (serialised exactly as the API does) over real stored documents.
/// </summary>
public sealed class AnswerCardRenderingTests
{
    private const string Roof = "Roof report\n\nCassie Shore fell from the roof. Delia Whitlaw pushed her.";
    private const string Interview = "Interview\n\nCassie Shore said that Bette pushed her. The police cleared Bette.";

    [RequiresFact(Needs.Chromium)]
    public async Task AnswerCard_ShowsOneQuotePerSourceWithBadgesAndRejectedCandidates()
    {
        using var testCase = TestCase.With(("roof.txt", Roof), ("interview.txt", Interview));
        await using var server = await LiveServer.OverAsync(testCase);
        var result = await ResultOverAsync(server, spoiler: false);
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await ServeAskAsync(page, result);
        await page.GotoAsync(server.Address.ToString());
        await PageSteps.AskAsync(page, result.Question);

        var card = page.Locator("#answer-card");
        await Expect(page.Locator("#reveal-spoiler")).ToHaveCountAsync(0);
        await Expect(card.Locator(".answer .answer-text")).ToHaveTextAsync("Delia Whitlaw");
        await Expect(card.Locator(".numbers .sources")).ToHaveTextAsync("1 of 2 sources");
        await Expect(card.Locator(".numbers .confidence").First).ToContainTextAsync("82%");
        await Expect(card.Locator(".explanation")).ToHaveTextAsync(result.ConfidenceExplanation);
        // Two pieces of evidence from one source make one quote.
        await Expect(card.Locator(".answer .quote")).ToHaveCountAsync(1);
        await Expect(card.Locator(".answer .quote .badge").First).ToHaveTextAsync("asserted");
        await Expect(card.Locator(".answer .quote .doc-name")).ToHaveTextAsync("Roof report");

        var rejected = card.Locator(".rejected .rejected-item");
        await Expect(rejected).ToHaveCountAsync(1);
        await Expect(rejected.Locator(".rejected-name")).ToHaveTextAsync("Bette");
        await Expect(rejected.Locator(".why")).ToHaveTextAsync("accused by Cassie Shore; refuted by 1 source");
        await Expect(rejected.Locator(".badge.holder")).ToHaveTextAsync("by Cassie Shore");
        await Expect(rejected.Locator(".quote.against")).ToHaveCountAsync(1);

        await card.Locator(".answer .quote").ClickAsync();
        var mark = page.Locator("#doc-text mark.highlight");
        await Expect(page.Locator("#doc-title")).ToHaveTextAsync("Roof report");
        await Expect(mark).ToHaveTextAsync("Delia Whitlaw pushed her.");
        await Expect(mark).ToBeInViewportAsync();

        await rejected.Locator(".quote.against").ClickAsync();
        await Expect(page.Locator("#doc-title")).ToHaveTextAsync("Interview");
        await Expect(mark).ToHaveTextAsync("The police cleared Bette.");
        browser.AssertCleanRun();
    }

    [RequiresFact(Needs.Chromium)]
    public async Task SpoilerResult_IsBlurredUntilTheReaderReveals()
    {
        using var testCase = TestCase.With(("roof.txt", Roof), ("interview.txt", Interview));
        await using var server = await LiveServer.OverAsync(testCase);
        var result = await ResultOverAsync(server, spoiler: true);
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await ServeAskAsync(page, result);
        await page.GotoAsync(server.Address.ToString());
        await PageSteps.AskAsync(page, result.Question);

        var body = page.Locator("#answer-card .covered-body");
        await Expect(page.Locator("#answer-card .cover.covered")).ToHaveCountAsync(1);
        await Expect(body).ToHaveAttributeAsync("aria-hidden", "true");
        Assert.Contains("blur", await body.EvaluateAsync<string>("e => getComputedStyle(e).filter"));
        // Covered quotes cannot be clicked through the blur.
        Assert.Equal("none", await body.EvaluateAsync<string>("e => getComputedStyle(e).pointerEvents"));

        await page.Locator("#reveal-spoiler").ClickAsync();
        await Expect(page.Locator("#answer-card .cover.covered")).ToHaveCountAsync(0);
        await Expect(page.Locator("#reveal-spoiler")).ToHaveCountAsync(0);
        Assert.DoesNotContain("blur", await body.EvaluateAsync<string>("e => getComputedStyle(e).filter"));
        await Expect(body.Locator(".answer .answer-text")).ToBeVisibleAsync();
        browser.AssertCleanRun();
    }

    private static async Task ServeAskAsync(IPage page, AskResult result)
    {
        var json = JsonSerializer.Serialize(result, ApiJson.Options);
        await page.RouteAsync("**/api/ask", route => route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = json }));
    }

    /// <summary>A result whose evidence points at the stored documents' real offsets.</summary>
    private static async Task<AskResult> ResultOverAsync(LiveServer server, bool spoiler)
    {
        var documents = await server.Client.GetFromJsonAsync<JsonElement>("/api/documents");
        async Task<Evidence> QuoteAsync(string title, string quote, Stance stance, bool supports, string? holder = null)
        {
            var id = documents.EnumerateArray().Single(d => d.GetProperty("title").GetString() == title).GetProperty("id").GetInt64();
            var text = (await server.Client.GetFromJsonAsync<JsonElement>($"/api/documents/{id}")).GetProperty("document").GetProperty("text").GetString()!;
            var start = text.IndexOf(quote, StringComparison.Ordinal);
            Assert.True(start >= 0, $"'{quote}' is not in {title}");
            return new Evidence
            {
                DocumentId = id, DocumentTitle = title, SourcePath = title, SourceGroup = id, Start = start, End = start + quote.Length,
                Quote = quote, Stance = stance, Holder = holder, Supports = supports,
            };
        }

        var delia = new CandidateAnswer
        {
            Text = "Delia Whitlaw", Aliases = ["Delia"], Status = CandidateStatus.Answer, Confidence = 0.82, SupportingSources = 1, OpposingSources = 0,
            Why = "asserted by 1 source",
            Evidence =
            [
                await QuoteAsync("Roof report", "Delia Whitlaw pushed her.", Stance.Asserted, true),
                await QuoteAsync("Roof report", "Cassie Shore fell from the roof.", Stance.Asserted, true),
            ],
        };
        var bette = new CandidateAnswer
        {
            Text = "Bette", Status = CandidateStatus.Refuted, Confidence = 0.1, SupportingSources = 0, OpposingSources = 1, ClaimedBy = ["Cassie Shore"],
            Why = "accused by Cassie Shore; refuted by 1 source",
            Evidence =
            [
                await QuoteAsync("Interview", "Cassie Shore said that Bette pushed her.", Stance.Reported, true, "Cassie Shore"),
                await QuoteAsync("Interview", "The police cleared Bette.", Stance.Denied, false),
            ],
        };
        return new AskResult
        {
            Question = "Who pushed Cassie Shore?",
            Analysis = new QuestionAnalysis { Text = "Who pushed Cassie Shore?", WhWord = "who", ExpectedType = AnswerType.Person, AskedRole = "agent", Predicate = "push" },
            Verdict = Verdict.Answered,
            Confidence = 0.82,
            ConfidenceExplanation = "One source asserts it and none denies it; the only rival is refuted.",
            Answers = [delia],
            Rejected = [bette],
            SupportingSources = 1,
            TotalSources = 2,
            SpoilerWarning = spoiler,
        };
    }
}
