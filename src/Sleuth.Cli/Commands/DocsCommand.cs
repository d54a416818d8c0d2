using System.CommandLine;
using Sleuth.Cli.Hosting;
using Sleuth.Cli.Output;

namespace Sleuth.Cli.Commands;

/// <summary>`sleuth docs`: the stored documents, near-copies listed together.</summary>
public sealed class DocsCommand : ISleuthCommand
{
    /// <inheritdoc />
    public Command Create(CommonOptions common)
    {
        var command = new Command("docs", "List indexed documents with their duplicate groups");
        command.SetHandler(context => CommandSession.Run(context, common, session =>
        {
            var service = session.OpenCase();
            var list = DocumentList.From(service.Documents(), service.Store.GetDuplicatePaths);
            Formatter.Write(session.Output, list, new DocumentListFormatter());
            return ExitCodes.Ok;
        }));
        return command;
    }
}
