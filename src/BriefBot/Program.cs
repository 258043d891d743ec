using BriefBot.Cli;

return await BriefBotCommandLine.RunAsync(args, CliConsole.Standard, CancellationToken.None);
