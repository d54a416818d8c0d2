using System.CommandLine;
using Sleuth.Cli.Hosting;
using Sleuth.Cli.Output;

namespace Sleuth.Cli.Commands;

/// <summary>`sleuth timeline`: the events of the case in the order the sources allow, with their time anchors.</summary>
public sealed class TimelineCommand : ISleuthCommand
{
    public Command Create(CommonOptions common)
    {
        var corpus = new CorpusOption();
        var command = new Command("timeline", "List the events of the case in order, with time anchors and sources") { corpus.Option };
        command.SetHandler(context => CommandSession.Run(context, common, session =>
        {
            var service = corpus.Open(session, common);
            Formatter.Write(session.Output, service.Timeline(), new TimelineFormatter());
            return ExitCodes.Ok;
        }));
        return command;
    }
}
