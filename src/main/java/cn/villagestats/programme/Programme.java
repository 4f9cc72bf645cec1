package cn.villagestats.programme;

import java.time.YearMonth;
import java.util.List;

import cn.villagestats.returns.ReturnSheet;
import cn.villagestats.validation.RowRule;
import cn.villagestats.validation.StagedRow;

/**
 * Everything the application knows of one programme (卫生改厕, say): its sheet of the return,
 * the rule a data row of it must pass, the staging table its accepted rows go to, and its
 * indicators with their aggregates. A programme is registered as a Spring bean ({@code @Component}
 * on its class, {@code @Order} for its place among the others); the job, the reports, the
 * feedback and the template loop over {@link Programmes}.
 *
 * @param <R> the record its rule accepts, and its staging table takes: a programme cannot be
 *            declared without a table for its rows
 */
public interface Programme<R extends StagedRow> {

    ReturnSheet sheet();

    /** The rule for the rows of one return of {@code period}: a fresh one per return. */
    RowRule rule(YearMonth period);

    StagingTable<R> table();

    /** The programme's indicators, in the order of the reports. */
    List<IndicatorDefinition> indicators();

    /**
     * An SQL condition on the staged rows {@code x} that count toward the indicators, beyond being
     * in a current return (such as {@code NOT x.duplicate}); empty when every staged row counts.
     */
    default String countedRows() {
        return "";
    }

    /** What one row of its sheet is, as the template's 填表说明 says it: {@code 一户（改厕）}. */
    String eachRow();

    /** The programme's own lines of the template's 填表说明, without their numbers. */
    default List<String> instructions() {
        return List.of();
    }
}
