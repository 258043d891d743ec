namespace BriefBot.Cli;

internal static class Usage
{
    public const string Text = """
        Usage: dotnet run --project src/BriefBot -- [COMMAND] [OPTIONS] [--Section:Key=value ...]

        Commands:
          run                         Start the bot (default). With no chat platform configured it answers
                                      questions typed on standard input until end of input.
          ask "QUESTION" [--json]     Print one reply. With no question, read one question per line from
                                      standard input and print one JSON object per line.
          eval FILE.tsv [--all]       Run a question file (question<TAB>expected phrases|NONE) and print each
                                      miss (every result with --all) and the totals.
          import FILE --out PATH      Turn a TSV or CSV of question,answer rows into a curated JSON file.
                                      Rows that share an answer become one entry with alternate phrasings.
          digest NAME --preview       Print the digest NAME would post now, without posting it.
          report [--days N | --from YYYY-MM-DD [--to YYYY-MM-DD]] [--top N]
                                      What was asked (default: the last 7 days): the most-asked questions
                                      the knowledge could not answer, the entries marked "Not helpful" most,
                                      and near misses that would have matched at a lower threshold.
          discord invite-url          Print the link that adds the bot to a Discord server (needs
                                      Discord:ApplicationId only).
          health [--url URL [--live]] Print the readiness report and exit 0 when ready. With --url, ask a
                                      running bot (its /readyz; /healthz with --live); without, check here
                                      the settings, the knowledge and the store.
          help                        Show this text.

        Options for every command:
          --knowledge DIR             Use another knowledge folder (default: Knowledge:Path, "knowledge").
          --Section:Key=value         Override any setting, e.g. --Matching:Threshold=60.

        Configuration is read from appsettings.json, user secrets, environment variables
        (Knowledge__Path, Matching__Threshold, ...) and the command line, later ones winning.
        """;
}
