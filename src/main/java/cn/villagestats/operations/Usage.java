package cn.villagestats.operations;

/** The help texts of the command line. */
final class Usage {

    static final String SHORT = "用法 / usage: java -jar villagestats.jar <run|status|rerun|stop|abandon|recover|serve|"
            + "generate-samples|template|user|help> [options]  (--help 查看说明 / for more)";

    static final String RUN = """
            run [--period YYYY-MM] [--inbox DIR] [--out DIR]
              Consolidates every return in the inbox for the period: reads and validates each
              workbook, stages the accepted rows, computes the township totals into the
              reporting table and writes the exports. Without --period: tonight's period (the
              previous month until the 10th, then the current month); without --inbox:
              <villagestats.inbox-root>/<period>. --out defaults to out.
            """;

    static final String STATUS = """
            status [--execution N] [--limit N]
              The recent runs, newest first: id, period, start, end, status, villages accepted,
              files rejected, villages missing, and why a run failed; the last 20, or --limit N
              (1 to 10000). With --execution: that run's steps with their read / written /
              skipped counts.
            """;

    static final String RERUN = """
            rerun [--execution N]
              Restarts the most recent failed or stopped run (or run N) where it stopped: returns
              loaded before the failure are not read again, the totals are recomputed from
              everything loaded. A run left running by a process that died (a power cut,
              kill -9) is marked failed first.
            """;

    static final String CONTROL = """
            stop --execution N      asks a running run to stop after its current chunk (rerun it later)
            abandon --execution N   gives a stopped or failed run up for good: it will not be rerun
            recover --execution N   marks a run whose process died as failed now (run and rerun do it themselves)
            """;

    static final String SERVE = """
            serve
              Keeps running and starts tonight's consolidation on the cron schedule
              villagestats.schedule.cron (default 0 0 2 * * *, zone villagestats.schedule.zone,
              default Asia/Shanghai), and serves the web console and its API on server.port
              (default 8080, --server.port=N; README, "The web console"). Its health:
              http://localhost:8080/actuator/health, DOWN while the last scheduled night failed
              and was not rerun.
            """;

    static final String USER = """
            user add --name NAME --role operator|village|county [--village CODE]
                                    adds a web console account; its password is read from standard input (one line)
            user token --name NAME  prints a new API token for the user, once (only its hash is kept)
            user list               the accounts, their roles and villages, enabled, disabled or locked
            user disable --name NAME  disables the account and revokes its API tokens
            """;

    static final String GENERATE = """
            generate-samples [--out DIR] [--seed N] [--period YYYY-MM]
              Writes one deterministic sample return per registry village (default:
              input-samples, seed 2020, period 2020-12). The same seed gives the same bytes.
            """;

    static final String TEMPLATE = """
            template --period YYYY-MM [--village CODE] [--out DIR]
              Writes the return template for one village (or every registry village) into
              DIR (default: templates): cover filled in, headers locked, drop-down lists,
              formats (身份证号 as text) and a 填表说明 sheet.
            """;

    static final String COMMON = """
            Every command takes Spring Boot's settings as --name=value, e.g.
            --spring.datasource.url=... (default: an H2 file under data/) or --server.port=8081;
            --help after a command explains it.

            Exit codes: 0 every village reported and every file was accepted (or the command did what it said);
                        2 the run completed, but files were rejected or villages are missing;
                        1 the run failed (rerun it); 3 refused (e.g. nothing to rerun, the period is already running);
                        64 the command line or a setting was wrong, or the locale cannot hold Chinese file names;
                        69 the database cannot be reached or does not exist; 73 the data folder cannot be written.
            """;

    static final String FULL = "villagestats: consolidates the villages' monthly Excel returns into township totals\n"
            + "usage: java -jar villagestats.jar <command> [options]\n\n"
            + String.join("\n", RUN, STATUS, RERUN, CONTROL, SERVE, USER, GENERATE, TEMPLATE, COMMON);

    private Usage() {
    }

    static String of(String command) {
        return switch (command) {
            case "run" -> RUN + "\n" + COMMON;
            case "status" -> STATUS;
            case "rerun" -> RERUN;
            case "stop", "abandon", "recover" -> CONTROL;
            case "serve" -> SERVE;
            case "generate-samples" -> GENERATE;
            case "user", "user add", "user token", "user list", "user disable" -> USER;
            case "template" -> TEMPLATE;
            default -> FULL;
        };
    }
}
