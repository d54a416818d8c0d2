using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sleuth.Web.Api;
using Sleuth.Web.Hosting;

namespace Sleuth.Web;

/// <summary>
/// The Sleuth web server: the JSON API and the web page over one <see cref="CaseService"/>.
/// `sleuth serve` calls <see cref="RunAsync"/>; tests call <see cref="StartAsync(WebServerOptions, CancellationToken)"/>
/// with port 0 and read <see cref="SleuthWebHost.Address"/>.
/// </summary>
public static class SleuthWebServer
{
    /// <summary>Runs the server until the token is cancelled (Ctrl+C in the CLI), printing the address it listens on.</summary>
    public static async Task RunAsync(WebServerOptions options, CancellationToken cancellationToken)
    {
        await using var host = await StartAsync(options, cancellationToken).ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Cancellation is how the server is asked to stop; disposal below shuts it down gracefully.
        }
    }

    /// <summary>Opens the case in <see cref="WebServerOptions.DbPath"/> and starts serving it; the host owns and closes the case.</summary>
    public static Task<SleuthWebHost> StartAsync(WebServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var directory = Path.GetDirectoryName(Path.GetFullPath(options.DbPath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        var service = CaseService.Open(options.DbPath);
        return StartCoreAsync(service, ownsService: true, options, cancellationToken);
    }

    /// <summary>Starts serving a case the caller opened and keeps owning (tests over an in-memory store).</summary>
    public static Task<SleuthWebHost> StartAsync(CaseService service, WebServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);
        return StartCoreAsync(service, ownsService: false, options, cancellationToken);
    }

    private static async Task<SleuthWebHost> StartCoreAsync(CaseService service, bool ownsService, WebServerOptions options, CancellationToken cancellationToken)
    {
        Validate(options);
        var gate = new CaseGate(service);
        WebApplication? app = null;
        try
        {
            app = Build(gate, options);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = ListeningAddress(app);
            var output = options.Output ?? Console.Out;
            await output.WriteLineAsync($"Sleuth is listening on {address.GetLeftPart(UriPartial.Authority)}").ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (!IsLoopback(options.Host) && options.Token is null)
            {
                await Console.Error.WriteLineAsync(
                    $"warning: {options.Host} is reachable from other machines and no --token is set; anyone who can reach it can read the case.")
                    .ConfigureAwait(false);
            }
            return new SleuthWebHost(app, address, gate, ownsService ? service : null);
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync().ConfigureAwait(false);
            }
            gate.Dispose();
            if (ownsService)
            {
                service.Dispose();
            }
            throw;
        }
    }

    private static void Validate(WebServerOptions options)
    {
        if (options.Port is < 0 or > 65535)
        {
            throw new ArgumentException($"Port {options.Port} is out of range (0-65535; 0 picks a free port).");
        }
        if (!IsLocalhostName(options.Host) && !IPAddress.TryParse(options.Host, out _))
        {
            throw new ArgumentException($"Host '{options.Host}' is not an IP address or 'localhost'.");
        }
        if (options.Token is { } token && string.IsNullOrWhiteSpace(token))
        {
            throw new ArgumentException("The token must not be empty.");
        }
        if (options.MaxUploadBytes <= 0 || options.MaxUploadFiles <= 0)
        {
            throw new ArgumentException("Upload limits must be positive.");
        }
        // Uploads are buffered in memory as byte arrays, which cannot exceed 2 GB.
        if (options.MaxUploadBytes > int.MaxValue - UploadEndpoint.MultipartOverheadBytes)
        {
            throw new ArgumentException($"The upload limit can be at most {(int.MaxValue - UploadEndpoint.MultipartOverheadBytes) / 1048576} MB.");
        }
    }

    private static WebApplication Build(CaseGate gate, WebServerOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            // The content root is never read (assets are embedded); pinning it keeps the working directory irrelevant.
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        // Standard output carries only the address line; request-level noise stays out and errors go to standard error.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        // A failed start (port in use) is thrown to the caller, who reports it in one line; the host's own log of it is a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // The form reader enforces the exact upload limit; this hard cap leaves room for multipart framing.
            kestrel.Limits.MaxRequestBodySize = options.MaxUploadBytes + UploadEndpoint.MultipartOverheadBytes;
            if (IsLocalhostName(options.Host))
            {
                kestrel.Listen(IPAddress.Loopback, options.Port);
            }
            else
            {
                kestrel.Listen(IPAddress.Parse(options.Host), options.Port);
            }
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = options.MaxUploadBytes;
            // Files count as form entries; the exact file count is checked by the endpoint for a clear 413.
            form.ValueCountLimit = options.MaxUploadFiles + 64;
        });
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        builder.Services.AddSingleton(gate);
        builder.Services.AddSingleton(options);

        var app = builder.Build();
        app.UseSleuthApi(options);
        return app;
    }

    private static Uri ListeningAddress(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.First());
    }

    private static bool IsLocalhostName(string host) => string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase);

    private static bool IsLoopback(string host) =>
        IsLocalhostName(host) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
}

/// <summary>A running server: its address, and disposal that stops it and closes the case when it opened it.</summary>
public sealed class SleuthWebHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CaseGate _gate;
    private readonly CaseService? _ownedService;

    internal SleuthWebHost(WebApplication app, Uri address, CaseGate gate, CaseService? ownedService)
    {
        _app = app;
        _gate = gate;
        _ownedService = ownedService;
        Address = address;
    }

    /// <summary>The base address, e.g. http://127.0.0.1:5080/.</summary>
    public Uri Address { get; }

    /// <summary>Stops accepting requests, lets running ones finish briefly, and releases the case.</summary>
    public async ValueTask DisposeAsync()
    {
        using (var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await _app.StopAsync(stopping.Token).ConfigureAwait(false);
        }
        await _app.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
        _ownedService?.Dispose();
    }
}
