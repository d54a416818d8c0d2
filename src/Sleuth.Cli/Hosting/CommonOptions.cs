using System.CommandLine;

namespace Sleuth.Cli.Hosting;

/// <summary>The options every command accepts; declared once as global options on the root command.</summary>
public sealed class CommonOptions
{
    /// <summary>Where the case store lives when --db is not given: .sleuth/case.db under the current folder.</summary>
    public static string DefaultDatabasePath => Path.Combine(".sleuth", "case.db");

    /// <summary>--db FILE: the case store.</summary>
    public Option<string> Database { get; } = new("--db", () => DefaultDatabasePath, "Case store file (SQLite); created when needed")
    {
        ArgumentHelpName = "FILE",
    };

    /// <summary>--json: machine-readable output.</summary>
    public Option<bool> Json { get; } = new("--json", "Write the result as JSON instead of text for people");

    /// <summary>Declares the options on the root so every sub-command accepts them.</summary>
    public void AddTo(RootCommand root)
    {
        root.AddGlobalOption(Database);
        root.AddGlobalOption(Json);
    }
}
