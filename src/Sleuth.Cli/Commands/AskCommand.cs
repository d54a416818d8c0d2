using System.CommandLine;
using Sleuth.Cli.Hosting;
using Sleuth.Cli.Output;

namespace Sleuth.Cli.Commands;

/// <summary>`sleuth ask "QUESTION"`: the answer the sources support, with quotes, agreement and rejected candidates.</summary>
public sealed class AskCommand : ISleuthCommand
{
    public Command Create(CommonOptions common)
    {
        var question = new Argument<string>("question", "The question, e.g. \"Who pushed Cassie Shore?\"");
        var corpus = new CorpusOption();
        var explain = new Option<bool>("--explain", "Show each stage's intermediate results");
        var command = new Command("ask", "Answer a question from the case's sources, with evidence") { question, corpus.Option, explain };
        command.SetHandler(context => CommandSession.Run(context, common, session =>
        {
            var service = corpus.Open(session, common);
            var result = service.Ask(session.Value(question), new AskOptions { Explain = session.Value(explain) });
            Formatter.Write(session.Output, result, new AskResultFormatter());
            return ExitCodes.Ok;
        }));
        return command;
    }
}
