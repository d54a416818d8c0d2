return Sleuth.Cli.SleuthCommandLine.Run(args);
