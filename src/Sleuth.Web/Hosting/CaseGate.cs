namespace Sleuth.Web.Hosting;

/// <summary>
/// Runs library calls one at a time. <see cref="CaseService"/> makes no promise about concurrent use
/// (one SQLite connection, caches built on first use), so the server serialises calls rather than assume it;
/// the calls are synchronous, so they run on the thread pool and a waiting request holds no thread.
/// </summary>
internal sealed class CaseGate(CaseService service) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async Task<T> RunAsync<T>(Func<CaseService, T> call, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Task.Run(() => call(service), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}
