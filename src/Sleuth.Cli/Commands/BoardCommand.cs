using System.CommandLine;
using Sleuth.Cli.Hosting;
using Sleuth.Cli.Output;

namespace Sleuth.Cli.Commands;

/// <summary>`sleuth board "QUESTION"`: everyone the sources connect to an event, with status, accusers, clearing and evidence.</summary>
public sealed class BoardCommand : ISleuthCommand
{
    public Command Create(CommonOptions common)
    {
        var question = new Argument<string>("question", "A question about an event, e.g. \"Who pushed Cassie Shore?\"");
        var corpus = new CorpusOption();
        var command = new Command("board", "Show the culprit, the accused, the suspects and the cleared for an event") { question, corpus.Option };
        command.SetHandler(context => CommandSession.Run(context, common, session =>
        {
            var service = corpus.Open(session, common);
            Formatter.Write(session.Output, service.Board(session.Value(question)), new BoardFormatter());
            return ExitCodes.Ok;
        }));
        return command;
    }
}
