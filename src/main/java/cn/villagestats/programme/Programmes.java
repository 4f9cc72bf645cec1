package cn.villagestats.programme;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.villagestats.returns.ReturnSheet;
import cn.villagestats.validation.RowRule;
import cn.villagestats.validation.StagedRow;
import org.springframework.beans.BeanUtils;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The programmes of the return, in their order (the sheets' in the template, the reports'): the
 * {@link Programme} beans. Checked when made, so that the application does not start with a
 * programme that could not stage its rows or whose sheet or table another one claims.
 */
@Component
public class Programmes {

    private final List<Programme<?>> all;
    private final Map<ReturnSheet, Programme<?>> bySheet = new IdentityHashMap<>();
    private final Map<Class<?>, Programme<?>> byRecord = new HashMap<>();

    public Programmes(List<Programme<?>> programmes) {
        this.all = List.copyOf(programmes);
        Set<String> names = new HashSet<>(Set.of(ReturnSheet.COVER.chineseName(), "填表说明"));
        Set<String> tables = new HashSet<>();
        Set<String> indicators = new HashSet<>();
        for (Programme<?> programme : all) {
            String what = programme.getClass().getSimpleName();
            if (programme.sheet() == null || programme.sheet().isCover()) {
                throw new IllegalStateException("programme " + what + " has no sheet of columns");
            }
            String sheet = programme.sheet().chineseName();
            if (programme.table() == null) {
                throw new IllegalStateException("项目“" + sheet + "”没有暂存表，其数据行无处可存 / programme " + sheet
                        + " (" + programme.sheet().englishName() + ") has no staging table: its rows would be dropped");
            }
            if (!names.add(sheet) || !names.add(programme.sheet().englishName().toLowerCase())) {
                throw new IllegalStateException("two sheets named " + sheet + " or " + programme.sheet().englishName());
            }
            if (!tables.add(programme.table().name())
                    || byRecord.putIfAbsent(programme.table().type(), programme) != null) {
                throw new IllegalStateException("two programmes stage into " + programme.table().name()
                        + " or stage " + programme.table().type().getSimpleName());
            }
            for (IndicatorDefinition indicator : programme.indicators()) {
                if (!indicators.add(indicator.code()) || indicator.code().startsWith("returns.")) {
                    throw new IllegalStateException("indicator " + indicator.label() + " is defined twice");
                }
            }
            bySheet.put(programme.sheet(), programme);
        }
    }

    /**
     * The application's programmes without a Spring context (the command line's {@code template}):
     * the {@code @Component} programmes of this package and below, in their order.
     */
    public static Programmes standard() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
        List<Programme<?>> found = new ArrayList<>();
        scanner.findCandidateComponents(Programmes.class.getPackageName()).forEach(candidate -> {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), Programmes.class.getClassLoader());
            if (Programme.class.isAssignableFrom(type)) {
                found.add((Programme<?>) BeanUtils.instantiateClass(type));
            }
        });
        AnnotationAwareOrderComparator.sort(found);
        return new Programmes(found);
    }

    public List<Programme<?>> all() {
        return all;
    }

    /** The programmes' sheets, in order. */
    public List<ReturnSheet> sheets() {
        return all.stream().map(Programme::sheet).toList();
    }

    /** The programme of a sheet. */
    public Programme<?> of(ReturnSheet sheet) {
        Programme<?> programme = bySheet.get(sheet);
        if (programme == null) {
            throw new IllegalArgumentException("no programme has the sheet " + sheet.chineseName());
        }
        return programme;
    }

    /** The programme whose staging table takes this record; none is a fault, never a row left unstaged. */
    public Programme<?> staging(StagedRow record) {
        Programme<?> programme = byRecord.get(record.getClass());
        if (programme == null) {
            throw new IllegalStateException("no programme stages " + record.getClass().getName());
        }
        return programme;
    }

    /** The rules for the data rows of one return: a fresh rule per programme, each applied to its own sheet's rows. */
    public RowRule rules(YearMonth period) {
        Map<ReturnSheet, RowRule> rules = new IdentityHashMap<>();
        for (Programme<?> programme : all) {
            rules.put(programme.sheet(), programme.rule(period));
        }
        return row -> {
            RowRule rule = rules.get(row.sheet());
            if (rule == null) {
                throw new IllegalArgumentException("no programme has the sheet " + row.sheet().chineseName());
            }
            return rule.validate(row);
        };
    }
}
