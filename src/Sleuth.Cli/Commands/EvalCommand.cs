using System.CommandLine;
using Sleuth.Answering.Evaluation;
using Sleuth.Cli.Hosting;
using Sleuth.Cli.Output;

namespace Sleuth.Cli.Commands;

/// <summary>`sleuth eval QUESTIONS.jsonl`: runs a question set and prints pass or fail per question and the totals.</summary>
public sealed class EvalCommand : ISleuthCommand
{
    public Command Create(CommonOptions common)
    {
        var file = new Argument<string>("questions", "A question set in JSON Lines: {\"question\", \"answers\": [[forms...]], \"refuted\": [names]}");
        var corpus = new CorpusOption();
        var command = new Command("eval", "Run a question set against the case and score it") { file, corpus.Option };
        command.SetHandler(context => CommandSession.Run(context, common, session =>
        {
            var path = session.Value(file);
            if (!File.Exists(path)) throw new CliUsageException($"{path}: no such file");
            var questions = Evaluator.Load(path);
            var service = corpus.Open(session, common);
            var report = service.Eval(questions);
            Formatter.Write(session.Output, report, new EvalReportFormatter());
            return report.Passed == report.Total ? ExitCodes.Ok : ExitCodes.Partial;
        }));
        return command;
    }
}
