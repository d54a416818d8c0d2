using System.CommandLine;
using Sleuth.Cli.Hosting;
using Sleuth.Cli.Output;

namespace Sleuth.Cli.Commands;

/// <summary>`sleuth claims "QUESTION"`: who says what, one row per candidate answer and one column per independent source.</summary>
public sealed class ClaimsCommand : ISleuthCommand
{
    public Command Create(CommonOptions common)
    {
        var question = new Argument<string>("question", "The question, e.g. \"Who pushed Cassie Shore?\"");
        var corpus = new CorpusOption();
        var command = new Command("claims", "Show how each source stands toward each candidate answer") { question, corpus.Option };
        command.SetHandler(context => CommandSession.Run(context, common, session =>
        {
            var service = corpus.Open(session, common);
            Formatter.Write(session.Output, service.Claims(session.Value(question)), new ClaimsFormatter());
            return ExitCodes.Ok;
        }));
        return command;
    }
}
