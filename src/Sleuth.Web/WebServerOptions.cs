namespace Sleuth.Web;

/// <summary>How `sleuth serve` listens and what it allows; the defaults are safe for a single user on this machine.</summary>
public sealed record WebServerOptions
{
    /// <summary>The default case file, the same one the CLI uses.</summary>
    public const string DefaultDbPath = ".sleuth/case.db";

    /// <summary>The SQLite case file to open (created when missing).</summary>
    public string DbPath { get; init; } = DefaultDbPath;

    /// <summary>Address to bind: an IP address or "localhost". Loopback by default so nothing is exposed by accident.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Port to bind; 0 asks the system for a free one (tests, benchmarks).</summary>
    public int Port { get; init; } = 5080;

    /// <summary>When set, every API request needs <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    public string? Token { get; init; }

    /// <summary>Refuses uploads with 403, so a shared server cannot be used to change the case.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Largest upload request accepted, all files together (default 50 MB, the library's per-file limit).</summary>
    public long MaxUploadBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Most files accepted in one upload request (default 100).</summary>
    public int MaxUploadFiles { get; init; } = 100;

    /// <summary>Where the listening address is printed; standard output when null.</summary>
    public TextWriter? Output { get; init; }
}
