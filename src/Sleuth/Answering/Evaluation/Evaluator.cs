using System.Text.Json;
using System.Text.RegularExpressions;

namespace Sleuth.Answering.Evaluation;

/// <summary>A question set that cannot be read, with the line at fault.</summary>
public sealed class QuestionSetException(string message) : Exception(message);

/// <summary>
/// Runs question sets in the acceptance format and scores them: every expected answer must be given (any accepted
/// form, whole words, any case), nothing else may be given, every "refuted" name must be shown refuted or
/// disputed, and an empty answer list expects the verdict "not in the sources".
/// </summary>
public static class Evaluator
{
    public static IReadOnlyList<EvalQuestion> Load(string path)
    {
        var list = new List<EvalQuestion>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("question", out var q) || q.ValueKind != JsonValueKind.String)
                    throw new QuestionSetException($"{path}:{lineNumber}: expected an object with a \"question\" string");
                var answers = new List<IReadOnlyList<string>>();
                if (root.TryGetProperty("answers", out var a) && a.ValueKind == JsonValueKind.Array)
                    foreach (var forms in a.EnumerateArray())
                        answers.Add(forms.ValueKind == JsonValueKind.Array ? forms.EnumerateArray().Select(f => f.GetString() ?? "").ToList() : [forms.GetString() ?? ""]);
                var refuted = root.TryGetProperty("refuted", out var r) && r.ValueKind == JsonValueKind.Array
                    ? r.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
                list.Add(new EvalQuestion { Question = q.GetString()!, Answers = answers, Refuted = refuted });
            }
            catch (JsonException e)
            {
                throw new QuestionSetException($"{path}:{lineNumber}: malformed JSON ({e.Message})");
            }
        }
        return list;
    }

    public static EvalReport Run(IReadOnlyList<EvalQuestion> questions, Func<string, AskResult> ask)
    {
        var outcomes = new List<EvalOutcome>();
        foreach (var q in questions)
        {
            AskResult result;
            try { result = ask(q.Question); }
            catch (Exception e) when (e is Questions.MalformedQuestionException)
            {
                var empty = new AskResult
                {
                    Question = q.Question, Analysis = new QuestionAnalysis { Text = q.Question, WhWord = "", ExpectedType = AnswerType.Thing, AskedRole = "unknown" },
                    Verdict = Verdict.NotInSources, Confidence = 0, ConfidenceExplanation = e.Message, SupportingSources = 0, TotalSources = 0,
                };
                outcomes.Add(new EvalOutcome { Question = q.Question, Passed = false, Given = [], Verdict = Verdict.NotInSources, Reason = e.Message, Result = empty });
                continue;
            }
            outcomes.Add(Score(q, result));
        }
        return new EvalReport(outcomes.Count, outcomes.Count(o => o.Passed), outcomes);
    }

    public static EvalOutcome Score(EvalQuestion q, AskResult result)
    {
        var given = result.Verdict == Verdict.Answered ? result.Answers.Select(a => a.Text).ToList() : [];
        string? failure = null;
        if (q.Answers.Count == 0)
        {
            if (result.Verdict != Verdict.NotInSources) failure = $"expected \"not in the sources\", got {result.Verdict}";
        }
        else
        {
            foreach (var expected in q.Answers)
                if (!result.Answers.Any(a => Matches(a, expected)) || result.Verdict != Verdict.Answered)
                    failure ??= $"missing answer {expected[0]}";
            foreach (var a in result.Answers)
                if (!q.Answers.Any(expected => Matches(a, expected)))
                    failure ??= $"unexpected answer {a.Text}";
        }
        foreach (var name in q.Refuted)
        {
            bool shown = result.Rejected.Any(c => c.Status is CandidateStatus.Refuted or CandidateStatus.Disputed && Names(c).Any(n => WholeWord(n, name)));
            if (!shown) failure ??= $"{name} not shown as refuted or disputed";
        }
        return new EvalOutcome { Question = q.Question, Passed = failure == null, Given = given, Verdict = result.Verdict, Reason = failure ?? "ok", Result = result };
    }

    private static bool Matches(CandidateAnswer answer, IReadOnlyList<string> forms) =>
        forms.Any(form => Names(answer).Any(n => WholeWord(n, form)));

    private static IEnumerable<string> Names(CandidateAnswer c) => c.Aliases.Prepend(c.Text);

    /// <summary>Whether the accepted form occurs in the given text as whole words, ignoring case.</summary>
    public static bool WholeWord(string text, string form) =>
        form.Length > 0 && Regex.IsMatch(text, @"(?<![\p{L}\p{N}])" + Regex.Escape(form) + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
