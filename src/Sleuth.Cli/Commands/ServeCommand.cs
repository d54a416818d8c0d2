using System.CommandLine;
using Sleuth.Cli.Hosting;
using Sleuth.Web;

namespace Sleuth.Cli.Commands;

/// <summary>`sleuth serve`: the web page and JSON API over the case, until Ctrl+C.</summary>
public sealed class ServeCommand : ISleuthCommand
{
    /// <summary>Read when --token is not given, so the token need not appear in the process list.</summary>
    public const string TokenVariable = "SLEUTH_TOKEN";

    public Command Create(CommonOptions common)
    {
        var port = new Option<int>("--port", () => 5080, "Port to listen on (0 picks a free one)") { ArgumentHelpName = "N" };
        var host = new Option<string>("--host", () => "127.0.0.1", "Address to bind; anything but loopback exposes the case to the network")
        {
            ArgumentHelpName = "ADDR",
        };
        var token = new Option<string?>("--token", $"Require 'Authorization: Bearer T' on every API request (or set {TokenVariable})")
        {
            ArgumentHelpName = "T",
        };
        var readOnly = new Option<bool>("--read-only", "Refuse uploads (403)");
        var maxUploadMb = new Option<double>("--max-upload-mb", () => 50, "Largest upload request, all files together") { ArgumentHelpName = "MB" };
        var maxUploadFiles = new Option<int>("--max-upload-files", () => 100, "Most files in one upload") { ArgumentHelpName = "N" };
        var command = new Command("serve", "Serve the web page and JSON API over the case")
        {
            port, host, token, readOnly, maxUploadMb, maxUploadFiles,
        };
        command.SetHandler(context => CommandSession.Run(context, common, session =>
        {
            var megabytes = session.Value(maxUploadMb);
            if (!(megabytes > 0)) throw new CliUsageException("--max-upload-mb must be a positive number");
            var options = new WebServerOptions
            {
                DbPath = session.DatabasePath,
                Port = session.Value(port),
                Host = session.Value(host),
                Token = session.Value(token) ?? NonEmpty(Environment.GetEnvironmentVariable(TokenVariable)),
                ReadOnly = session.Value(readOnly),
                MaxUploadBytes = (long)(megabytes * 1048576),
                MaxUploadFiles = session.Value(maxUploadFiles),
            };
            var service = session.OpenCase(StoreAccess.CreateIfMissing);
            try
            {
                // The handler is synchronous; serving blocks here until Ctrl+C cancels the session's token.
                Serve(service, options, session.CancellationToken).GetAwaiter().GetResult();
            }
            catch (ArgumentException e)
            {
                throw new CliUsageException(e.Message);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task Serve(CaseService service, WebServerOptions options, CancellationToken cancellationToken)
    {
        await using var server = await SleuthWebServer.StartAsync(service, options, cancellationToken);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: the normal way to stop; disposal shuts the server down gracefully.
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
