namespace Sleuth.Cli.Hosting;

/// <summary>A mistake in how the command was called; reported as one line with exit code 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);
