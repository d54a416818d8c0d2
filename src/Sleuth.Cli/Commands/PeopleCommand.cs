using System.CommandLine;
using Sleuth.Cli.Hosting;
using Sleuth.Cli.Output;

namespace Sleuth.Cli.Commands;

/// <summary>`sleuth people`: the people, organisations and places of the case, aliases merged, with descriptors and mentions.</summary>
public sealed class PeopleCommand : ISleuthCommand
{
    public Command Create(CommonOptions common)
    {
        var corpus = new CorpusOption();
        var command = new Command("people", "List the people, organisations and places of the case, with aliases, descriptors and mentions") { corpus.Option };
        command.SetHandler(context => CommandSession.Run(context, common, session =>
        {
            var service = corpus.Open(session, common);
            Formatter.Write(session.Output, service.People(), new PeopleFormatter());
            return ExitCodes.Ok;
        }));
        return command;
    }
}
