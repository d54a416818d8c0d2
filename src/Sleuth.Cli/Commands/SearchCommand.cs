using System.CommandLine;
using Sleuth.Cli.Hosting;
using Sleuth.Cli.Output;

namespace Sleuth.Cli.Commands;

/// <summary>`sleuth search "query"`: ranked sentences holding the query's words (in any form).</summary>
public sealed class SearchCommand : ISleuthCommand
{
    /// <inheritdoc />
    public Command Create(CommonOptions common)
    {
        var query = new Argument<string>("query", "Words to look for");
        var limit = new Option<int>("--limit", () => 20, "How many sentences to show") { ArgumentHelpName = "N" };
        var command = new Command("search", "Find sentences by their words, ranked by bm25") { query, limit };
        command.SetHandler(context => CommandSession.Run(context, common, session =>
        {
            int n = session.Value(limit);
            if (n <= 0) throw new CliUsageException("--limit must be at least 1");
            var text = session.Value(query);
            var hits = session.OpenCase().Search(text, n);
            Formatter.Write(session.Output, new SearchResult(text, hits), new SearchResultFormatter());
            return ExitCodes.Ok;
        }));
        return command;
    }
}
