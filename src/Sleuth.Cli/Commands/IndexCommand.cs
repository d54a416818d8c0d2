using System.CommandLine;
using Sleuth.Cli.Hosting;
using Sleuth.Cli.Output;

namespace Sleuth.Cli.Commands;

/// <summary>`sleuth index PATH...`: reads files and folders into the case store.</summary>
public sealed class IndexCommand : ISleuthCommand
{
    /// <inheritdoc />
    public Command Create(CommonOptions common)
    {
        var paths = new Argument<string[]>("PATH", "Files or folders to index (folders recursively)") { Arity = ArgumentArity.OneOrMore };
        var maxFileMb = new Option<double>("--max-file-mb", () => 50, "Skip files larger than this many megabytes") { ArgumentHelpName = "MB" };
        var command = new Command("index", "Index documents: text, Markdown, HTML, JSON and JSON Lines") { paths, maxFileMb };
        command.SetHandler(context => CommandSession.Run(context, common, session =>
        {
            double mb = session.Value(maxFileMb);
            if (!(mb > 0)) throw new CliUsageException("--max-file-mb must be a positive number");
            var service = session.OpenCase(StoreAccess.CreateIfMissing, new SleuthOptions { MaxFileBytes = (long)(mb * 1048576) });
            var report = new IndexProgressView(session.Output)
                .Run(progress => service.Index(session.Value(paths), progress, session.CancellationToken));
            Formatter.Write(session.Output, report, new IndexReportFormatter());
            return report.Skipped.Count == 0 ? ExitCodes.Ok : ExitCodes.Partial;
        }));
        return command;
    }
}
