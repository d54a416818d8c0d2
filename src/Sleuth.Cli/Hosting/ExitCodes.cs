namespace Sleuth.Cli.Hosting;

/// <summary>Process exit codes shared by all commands.</summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Ok = 0;
    /// <summary>Done, but some inputs were skipped (each reported with a reason).</summary>
    public const int Partial = 1;
    /// <summary>Usage error or fatal error; nothing useful was done.</summary>
    public const int Error = 2;
}
