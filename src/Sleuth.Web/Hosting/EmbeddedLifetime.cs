using Microsoft.Extensions.Hosting;

namespace Sleuth.Web.Hosting;

/// <summary>
/// A host lifetime that leaves process signals alone. The default console lifetime would take SIGTERM and
/// Ctrl+C for itself, so the caller (the CLI, a test) would never see them; here the caller's cancellation
/// token is the only way the server is told to stop.
/// </summary>
internal sealed class EmbeddedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
