using Sleuth.Answering;
using Sleuth.Answering.Evaluation;
using Sleuth.Tests.Storage;

namespace Sleuth.Tests.Answering;

/// <summary>The question sets run by the same eval code users run: the shared acceptance set and the team's sample case.</summary>
public sealed class CaseEvalTests
{
    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sleuth.slnx"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }

    private static EvalReport Run(string corpus, string questions, out CaseService service, TempFolder folder)
    {
        service = CaseService.Open(Path.Combine(folder.Path, "case.db"));
        service.Index([corpus]);
        return service.Eval(Evaluator.Load(questions));
    }

    private static void AssertAllPassWithExactQuotes(EvalReport report, CaseService service)
    {
        foreach (var q in report.Questions)
            AnswerAssert.QuotesMatchDocuments(service, q.Result);
        var failed = report.Questions.Where(q => !q.Passed).Select(q => $"{q.Question}: {q.Reason}").ToList();
        Assert.True(failed.Count == 0, "failed: " + string.Join("; ", failed));
    }

    [SeedsFact]
    public void Eval_PassesTheSharedAcceptanceSet()
    {
        using var folder = new TempFolder();
        var acceptance = Path.GetFullPath(Path.Combine(SharedSeeds.Folder!, "..", "acceptance"));
        foreach (var file in Directory.GetFiles(acceptance, "*.jsonl"))
        {
            var report = Run(SharedSeeds.Folder!, file, out var service, folder);
            using (service) AssertAllPassWithExactQuotes(report, service);
        }
    }

    [Fact]
    public void Eval_PassesTheSampleCase()
    {
        using var folder = new TempFolder();
        var sample = Path.Combine(RepoRoot(), "samples", "harbor-fire");
        var report = Run(Path.Combine(sample, "documents"), Path.Combine(sample, "questions.jsonl"), out var service, folder);
        using (service) AssertAllPassWithExactQuotes(report, service);
        Assert.True(report.Total >= 15);
    }

    /// <summary>
    /// The held-out cases were written by a teammate who never read the engine; they are not all answered yet.
    /// This guards the measured pass counts against regressions and checks every quote, without pretending they pass.
    /// </summary>
    [Theory]
    [InlineData("cases", "bitter-vintage", 16)]
    [InlineData("cases", "ferrow-gallery-theft", 15)]
    [InlineData("cases", "greyhollow-bottle", 15)]
    [InlineData("blind", "silver-ladle", 9)]
    [InlineData("blind", "millbrook-petition", 7)]
    public void Eval_HeldOutCaseKeepsItsMeasuredPassCount(string set, string name, int passedWhenMeasured)
    {
        using var folder = new TempFolder();
        var root = Path.Combine(RepoRoot(), "tests", set, name);
        var report = Run(Path.Combine(root, "documents"), Path.Combine(root, "questions.jsonl"), out var service, folder);
        using (service)
            foreach (var q in report.Questions)
                AnswerAssert.QuotesMatchDocuments(service, q.Result);
        Assert.True(report.Passed >= passedWhenMeasured, $"{name}: {report.Passed} of {report.Total} passed, {passedWhenMeasured} before: "
            + string.Join("; ", report.Questions.Where(q => !q.Passed).Select(q => $"{q.Question}: {q.Reason}")));
    }

    [SeedsFact]
    public void Ask_NamesTheCulpritAndShowsTheAccusedRefutedOnTheSeeds()
    {
        using var folder = new TempFolder();
        using var service = CaseService.Open(Path.Combine(folder.Path, "case.db"));
        service.Index([SharedSeeds.Folder!]);
        var result = service.Ask("Who pushed Cassie Shore?");
        var answer = Assert.Single(result.Answers);
        Assert.Contains("Delia", answer.Text);
        Assert.Equal(5, answer.SupportingSources);
        var accused = Assert.Single(result.Rejected, r => r.Text.Contains("Bette"));
        Assert.Equal(CandidateStatus.Refuted, accused.Status);
        Assert.Contains(accused.ClaimedBy, h => h.Contains("Cassie"));
    }
}
