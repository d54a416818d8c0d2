using System.Diagnostics;
using System.Globalization;
using Sleuth;
using Sleuth.Answering;
using Sleuth.Answering.Evaluation;

// Warm `ask` latency over a store: each question of a set asked REPEAT times after one warm-up round;
// prints median and 95th percentile per question and overall, and each answer, so that runs over stores with
// and without distractors can be compared. Prints figures; asserts nothing.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Sleuth.Bench.Ask DB QUESTIONS.jsonl [REPEAT]");
    return 2;
}
var inv = CultureInfo.InvariantCulture;
int repeat = args.Length > 2 ? int.Parse(args[2], inv) : 20;
var questions = Evaluator.Load(args[1]);
using var service = CaseService.Open(args[0]);
var open = Stopwatch.StartNew();
service.Ask(questions[0].Question);
Console.WriteLine(string.Format(inv, "first ask (lexicon load, JIT, first reading): {0:0} ms; documents in store: {1}", open.Elapsed.TotalMilliseconds, service.Store.CountDocuments()));
var all = new List<double>();
int passed = 0;
foreach (var q in questions)
{
    var times = new List<double>();
    AskResult? result = null;
    for (int i = 0; i < repeat; i++)
    {
        var sw = Stopwatch.StartNew();
        result = service.Ask(q.Question);
        times.Add(sw.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    all.AddRange(times);
    var outcome = Evaluator.Score(q, result!);
    if (outcome.Passed) passed++;
    var answer = result!.Verdict == Verdict.Answered ? string.Join("; ", result.Answers.Select(a => a.Text)) : result.Verdict.ToString();
    Console.WriteLine(string.Format(inv, "{0,7:0.0} ms median {1,7:0.0} ms p95  {2}  {3} -> {4}", Percentile(times, 0.5), Percentile(times, 0.95), outcome.Passed ? "PASS" : "FAIL", q.Question, answer));
}
all.Sort();
Console.WriteLine(string.Format(inv, "overall: {0:0.0} ms median, {1:0.0} ms p95 over {2} asks; {3} of {4} questions pass", Percentile(all, 0.5), Percentile(all, 0.95), all.Count, passed, questions.Count));
return 0;

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
