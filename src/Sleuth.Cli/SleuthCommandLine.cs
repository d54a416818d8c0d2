namespace Sleuth.Cli;

/// <summary>Builds the `sleuth` command tree; each command lives in Commands/.</summary>
public static class SleuthCommandLine
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("sleuth: commands are being built");
        return 2;
    }
}
