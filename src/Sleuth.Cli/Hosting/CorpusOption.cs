using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using Sleuth.Cli.Output;

namespace Sleuth.Cli.Hosting;

/// <summary>
/// `--corpus PATH` for commands that answer questions: index the folder first, into --db when given, else into
/// a cache kept outside the folder and keyed by its full path, so two corpora never mix.
/// </summary>
public sealed class CorpusOption
{
    public Option<string?> Option { get; } = new("--corpus", "Index this folder first (kept in a per-folder cache unless --db is given)") { ArgumentHelpName = "PATH" };

    /// <summary>Where a corpus is cached when no --db is given.</summary>
    public static string CachePathFor(string corpus)
    {
        var full = Path.GetFullPath(corpus).TrimEnd(Path.DirectorySeparatorChar);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..16].ToLowerInvariant();
        var root = Environment.GetEnvironmentVariable("SLEUTH_CACHE")
            ?? Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "sleuth");
        return Path.Combine(root, "corpora", hash, "case.db");
    }

    /// <summary>Opens the case for the command: the corpus (indexed now, quietly but for skips) or the --db store.</summary>
    public CaseService Open(CommandSession session, CommonOptions common)
    {
        var corpus = session.Value(Option);
        if (string.IsNullOrEmpty(corpus)) return session.OpenCase();
        if (!Directory.Exists(corpus) && !File.Exists(corpus)) throw new CliUsageException($"--corpus {corpus}: no such file or folder");
        bool dbGiven = session.Invocation.ParseResult.FindResultFor(common.Database) is { IsImplicit: false };
        var path = dbGiven ? session.DatabasePath : CachePathFor(corpus);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var service = session.OpenCaseAt(path);
        var report = service.Index([corpus], null, session.CancellationToken);
        foreach (var skip in report.Skipped) Console.Error.WriteLine($"skipped {skip}");
        if (report.DocumentsInStore == 0) throw new CliUsageException($"--corpus {corpus}: no readable documents");
        return service;
    }
}
