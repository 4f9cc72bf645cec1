package cn.villagestats.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import cn.villagestats.registry.Village;
import cn.villagestats.samples.VillageQuota.Segment;

/**
 * Turns a village's quota into rows: householders with names and 身份证号, road segments
 * with names and costs, monitoring points. One instance serves the whole township so that
 * 身份证号 never repeat across villages.
 */
final class SampleRows {

    private static final List<String> ROAD_NAMES = List.of("村东环路", "中心大街", "南北大街", "村北生产路",
            "东西大街", "通往邻村道路", "后街", "前街", "学校路", "村西环路", "南环路", "河堤路");
    private static final List<String> ACCESS_NAMES = List.of("东片户户通道路", "西片户户通道路", "后街胡同",
            "前街胡同", "北片胡同硬化", "南片胡同硬化");

    private final Random random;
    private final IdNumberGenerator ids;
    private final ChineseNames names;

    SampleRows(Random random, IdBlock idBlock) {
        this.random = random;
        this.ids = new IdNumberGenerator(random, idBlock);
        this.names = new ChineseNames(random);
    }

    List<ToiletSample> toilets(Village village, VillageQuota quota, YearMonth period, ReturnLayout.Omitted omitted) {
        List<Boolean> poor = new ArrayList<>();
        for (int i = 0; i < quota.toilets(); i++) {
            poor.add(i < quota.poor());
        }
        Collections.shuffle(poor, random);
        int groups = 2 + village.households() / 60;
        List<ToiletSample> rows = new ArrayList<>();
        for (int i = 0; i < quota.toilets(); i++) {
            boolean isPoor = poor.get(i);
            boolean accepted = random.nextInt(100) < 88;
            int subsidy = !accepted ? 0 : isPoor ? 1500 + 100 * random.nextInt(6) : 800 + 100 * random.nextInt(5);
            rows.add(new ToiletSample(i + 1, names.next(village.name()), ids.next(village.code()),
                    omitted.group() ? null : "第" + (1 + random.nextInt(groups)) + "组", toiletType(), isPoor,
                    dayIn(period), accepted ? "已验收" : "未验收", omitted.subsidy() ? null : subsidy));
        }
        return rows;
    }

    List<RoadSample> roads(VillageQuota quota, YearMonth period, ReturnLayout.Omitted omitted) {
        List<String> ordinary = shuffled(ROAD_NAMES);
        List<String> access = shuffled(ACCESS_NAMES);
        List<RoadSample> rows = new ArrayList<>();
        for (Segment s : quota.segments()) {
            boolean isAccess = s.householdAccess();
            String name = isAccess ? access.remove(0) : ordinary.remove(0);
            String surface = isAccess ? "水泥" : surface();
            Integer served = isAccess ? s.householdsServed() : random.nextInt(4) == 0 ? Integer.valueOf(0) : null;
            Double investment = omitted.investment() ? null : BigDecimal.valueOf(s.areaM2() * (80 + random.nextInt(41)))
                    .divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP).doubleValue();
            rows.add(new RoadSample(rows.size() + 1, name, s.lengthM(), s.widthM(), s.areaM2(), surface, isAccess,
                    served, dayIn(period), investment));
        }
        return rows;
    }

    List<PointSample> points(VillageQuota quota, YearMonth period, ReturnLayout.Omitted omitted) {
        List<String> pointNames = shuffled(PointNames.ALL);
        List<PointSample> rows = new ArrayList<>();
        for (int i = 0; i < quota.points(); i++) {
            String name = pointNames.get(i);
            int cameras = 1 + random.nextInt(random.nextInt(5) == 0 ? 24 : 8);
            int online = Math.max(0, cameras - (random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0));
            // the first point is the one wired to the township platform, so every village is connected
            boolean connected = i == 0 || random.nextInt(100) < 80;
            rows.add(new PointSample(i + 1, name, PointNames.typeOf(name), cameras, online, connected,
                    omitted.builtOn() ? null : dayIn(period)));
        }
        return rows;
    }

    private String toiletType() {
        int r = random.nextInt(100);
        return r < 70 ? "三格化粪池式" : r < 90 ? "双瓮漏斗式" : r < 97 ? "完整下水道水冲式" : "其他";
    }

    private String surface() {
        int r = random.nextInt(100);
        return r < 80 ? "水泥" : r < 92 ? "沥青" : r < 97 ? "砂石" : "其他";
    }

    /** A day of the period's year, not after the period's last day. */
    private LocalDate dayIn(YearMonth period) {
        LocalDate first = LocalDate.of(period.getYear(), 1, 1);
        long span = period.atEndOfMonth().toEpochDay() - first.toEpochDay();
        return first.plusDays(random.nextInt((int) span + 1));
    }

    private List<String> shuffled(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return copy;
    }
}
