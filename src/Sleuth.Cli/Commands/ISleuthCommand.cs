using System.CommandLine;
using Sleuth.Cli.Hosting;

namespace Sleuth.Cli.Commands;

/// <summary>
/// One `sleuth` sub-command. Adding a command means adding a class in this folder and one line in
/// <see cref="SleuthCommandLine"/>; the db/json options, opening the case and exit codes come for free.
/// </summary>
public interface ISleuthCommand
{
    Command Create(CommonOptions common);
}
