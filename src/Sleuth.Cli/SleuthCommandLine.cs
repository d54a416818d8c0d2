using System.CommandLine;
using System.CommandLine.Builder;
using System.CommandLine.Parsing;
using Sleuth.Cli.Commands;
using Sleuth.Cli.Hosting;

namespace Sleuth.Cli;

/// <summary>Builds the `sleuth` command tree; each command lives in Commands/.</summary>
public static class SleuthCommandLine
{
    /// <summary>Every sub-command, in help order. A new command is one class in Commands/ and one line here.</summary>
    private static IReadOnlyList<ISleuthCommand> Commands() =>
    [
        new IndexCommand(),
        new SearchCommand(),
        new DocsCommand(),
        new AskCommand(),
        new EvalCommand(),
        new PeopleCommand(),
        new RelationsCommand(),
        new BoardCommand(),
        new ClaimsCommand(),
        new TimelineCommand(),
        new ServeCommand(),
    ];

    /// <summary>Parses and runs a command line; returns the process exit code.</summary>
    public static int Run(string[] args) => BuildParser().Invoke(args);

    /// <summary>The parser with every command, usage errors and unexpected failures mapped to exit code 2.</summary>
    public static Parser BuildParser()
    {
        var common = new CommonOptions();
        var root = new RootCommand("Sleuth: answers questions about a story from a folder of documents, quoting its evidence.")
        {
            Name = "sleuth",
        };
        common.AddTo(root);
        foreach (var command in Commands()) root.AddCommand(command.Create(common));
        return new CommandLineBuilder(root)
            .UseVersionOption()
            .UseHelp()
            .UseEnvironmentVariableDirective()
            .UseParseDirective()
            .UseSuggestDirective()
            .UseTypoCorrections()
            .UseParseErrorReporting(ExitCodes.Error)
            .UseExceptionHandler(OnUnexpectedError, ExitCodes.Error)
            .CancelOnProcessTermination()
            .Build();
    }

    // Last resort for failures no command anticipated: one line, no stack trace, exit code 2.
    private static void OnUnexpectedError(Exception exception, System.CommandLine.Invocation.InvocationContext context)
    {
        var inner = exception is System.Reflection.TargetInvocationException { InnerException: { } e } ? e : exception;
        Console.Error.WriteLine($"sleuth: error: {inner.GetType().Name}: {inner.Message}");
        context.ExitCode = ExitCodes.Error;
    }
}
