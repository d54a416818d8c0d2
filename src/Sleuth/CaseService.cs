using Sleuth.Storage;

namespace Sleuth;

/// <summary>Settings for a case: where it is stored and the limits ingest applies.</summary>
public sealed record SleuthOptions
{
    /// <summary>Files larger than this are skipped with a reason (default 50 MB).</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;
}

/// <summary>
/// The one front door to a case: the CLI, the web server and the tests all call these methods.
/// Each stage's part of the service lives in its own file (CaseService.Index.cs, CaseService.Ask.cs, ...).
/// </summary>
public sealed partial class CaseService : IDisposable
{
    private readonly ICaseStore _store;

    private CaseService(ICaseStore store, SleuthOptions options)
    {
        _store = store;
        Options = options;
    }

    public SleuthOptions Options { get; }

    /// <summary>The store behind the service, for callers that need the stored sentences themselves.</summary>
    public ICaseStore Store => _store;

    /// <summary>Opens (creating when needed) the case stored in a SQLite file.</summary>
    public static CaseService Open(string databasePath, SleuthOptions? options = null) =>
        new(Storage.Sqlite.SqliteCaseStore.Open(databasePath), options ?? new SleuthOptions());

    /// <summary>Wraps an already open store (tests, other backends).</summary>
    public static CaseService Over(ICaseStore store, SleuthOptions? options = null) => new(store, options ?? new SleuthOptions());

    public void Dispose() => _store.Dispose();
}
