package cn.villagestats.operations;

/** The help texts of the command line. */
final class Usage {

    static final String SHORT = "usage: java -jar villagestats.jar <run|generate-samples|template|help> [options]  (--help for more)";

    static final String RUN = """
            java -jar villagestats.jar run --period YYYY-MM --inbox DIR [--out DIR]

              Consolidates every return in DIR for the period: reads and validates each
              workbook, stages the accepted rows, computes the township totals into the
              reporting table and writes the exports.
              --period   the reporting month, e.g. 2020-12 (returns for another month are rejected)
              --inbox    the folder holding the villages' .xlsx/.xls returns
              --out      where the exports go (default: out)
              --spring.datasource.url=...   another database (default: a file under data/)

              Exit codes: 0 all villages reported and every file accepted;
                          2 completed, but files were rejected or villages are missing;
                          1 the job failed (rerun it); 64 the command line was wrong.
            """;

    static final String GENERATE = """
            java -jar villagestats.jar generate-samples [--out DIR] [--seed N] [--period YYYY-MM]

              Writes one deterministic sample return per registry village (default:
              input-samples, seed 2020, period 2020-12). The same seed gives the same data.
            """;

    static final String TEMPLATE = """
            java -jar villagestats.jar template --period YYYY-MM [--village CODE] [--out DIR]

              Writes the return template for one village (or every registry village) into
              DIR (default: templates): cover filled in, headers locked, drop-down lists,
              formats (身份证号 as text) and a 填表说明 sheet.
            """;

    static final String FULL = "villagestats: consolidates the villages' monthly Excel returns into township totals\n\n"
            + RUN + "\n" + GENERATE + "\n" + TEMPLATE;

    private Usage() {
    }

    static String of(String command) {
        return switch (command) {
            case "run" -> RUN;
            case "generate-samples" -> GENERATE;
            case "template" -> TEMPLATE;
            default -> FULL;
        };
    }
}
