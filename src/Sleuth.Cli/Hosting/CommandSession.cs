using System.CommandLine.Invocation;
using Microsoft.Data.Sqlite;
using Sleuth.Cli.Output;

namespace Sleuth.Cli.Hosting;

/// <summary>Whether a command may create the case store or needs one that already exists.</summary>
public enum StoreAccess { CreateIfMissing, MustExist }

/// <summary>
/// What a command handler works with: the parsed invocation, the output (text or JSON) and the case,
/// opened on first use. <see cref="Run"/> is the one place that maps failures to exit codes.
/// </summary>
public sealed class CommandSession : IDisposable
{
    private readonly CommonOptions _common;
    private CaseService? _case;

    private CommandSession(InvocationContext invocation, CommonOptions common)
    {
        Invocation = invocation;
        _common = common;
        Output = new CliOutput(invocation.ParseResult.GetValueForOption(common.Json));
    }

    /// <summary>The parsed command line and the exit code being set.</summary>
    public InvocationContext Invocation { get; }

    /// <summary>Text or JSON output, as --json says.</summary>
    public CliOutput Output { get; }

    /// <summary>Cancelled on Ctrl+C or process termination.</summary>
    public CancellationToken CancellationToken => Invocation.GetCancellationToken();

    /// <summary>The --db value, or the default .sleuth/case.db.</summary>
    public string DatabasePath => Invocation.ParseResult.GetValueForOption(_common.Database) ?? CommonOptions.DefaultDatabasePath;

    /// <summary>Opens the case once; later calls return the same service.</summary>
    public CaseService OpenCase(StoreAccess access = StoreAccess.MustExist, SleuthOptions? options = null)
    {
        if (_case is not null) return _case;
        var path = DatabasePath;
        if (access == StoreAccess.MustExist && !File.Exists(path))
            throw new CliUsageException($"no case store at {path}; run `sleuth index PATH` first or pass --db FILE");
        return _case = CaseService.Open(path, options);
    }

    /// <summary>Opens (creating when needed) the case at an explicit path, for commands that choose their own store.</summary>
    public CaseService OpenCaseAt(string path)
    {
        if (_case is not null) return _case;
        return _case = CaseService.Open(path);
    }

    /// <summary>The parsed value of one of the command's options.</summary>
    public T Value<T>(System.CommandLine.Option<T> option) => Invocation.ParseResult.GetValueForOption(option)!;

    /// <summary>The parsed value of one of the command's arguments.</summary>
    public T Value<T>(System.CommandLine.Argument<T> argument) => Invocation.ParseResult.GetValueForArgument(argument);

    /// <summary>Closes the case if it was opened.</summary>
    public void Dispose() => _case?.Dispose();

    /// <summary>Runs a command body, setting the exit code it returns or the one its failure maps to.</summary>
    public static void Run(InvocationContext invocation, CommonOptions common, Func<CommandSession, int> body)
    {
        CommandSession? session = null;
        try
        {
            session = new CommandSession(invocation, common);
            invocation.ExitCode = body(session);
        }
        catch (CliUsageException e)
        {
            invocation.ExitCode = Fail(session, e.Message);
        }
        catch (OperationCanceledException)
        {
            invocation.ExitCode = Fail(session, "cancelled");
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException
            or Sleuth.Answering.Questions.MalformedQuestionException or Sleuth.Answering.Evaluation.QuestionSetException)
        {
            invocation.ExitCode = Fail(session, e.Message);
        }
        finally
        {
            session?.Dispose();
        }
    }

    private static int Fail(CommandSession? session, string message)
    {
        Console.Error.WriteLine($"sleuth: error: {message}");
        if (session?.Output.Json == true) session.Output.WriteJson(new { error = message });
        return ExitCodes.Error;
    }
}
