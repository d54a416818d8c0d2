using System.CommandLine;
using Sleuth.Cli.Hosting;
using Sleuth.Cli.Output;

namespace Sleuth.Cli.Commands;

/// <summary>`sleuth relations [NAME]`: kinship, romance, work, school and rivalry relations, with sources and quotes.</summary>
public sealed class RelationsCommand : ISleuthCommand
{
    public Command Create(CommonOptions common)
    {
        var name = new Argument<string?>("name", () => null, "Only relations touching this person");
        var corpus = new CorpusOption();
        var command = new Command("relations", "List the relations between the people of the case, with evidence") { name, corpus.Option };
        command.SetHandler(context => CommandSession.Run(context, common, session =>
        {
            var service = corpus.Open(session, common);
            Formatter.Write(session.Output, service.Relations(session.Value(name)), new RelationsFormatter());
            return ExitCodes.Ok;
        }));
        return command;
    }
}
