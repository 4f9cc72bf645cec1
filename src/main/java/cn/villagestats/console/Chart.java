package cn.villagestats.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The geometry of a chart drawn as SVG on the server: a line through an indicator's township
 * values over the periods, or a bar per village. A point without a value is a gap: the line
 * breaks there and no bar is drawn, so "not reported" never reads as 0.
 */
record Chart(List<Point> points) {

    static final int LEFT = 60;
    static final int TOP = 20;
    static final int PLOT_HEIGHT = 120;
    static final int LINE_STEP = 60;
    static final int BAR_SLOT = 16;
    static final int BAR_WIDTH = 12;

    Chart {
        points = List.copyOf(points);
    }

    /** One value to draw: its label (a period, a village name), its title and its value, or none. */
    record Point(String label, String title, BigDecimal value) {

        Point {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(title, "title");
        }
    }

    /** A point placed: where it is drawn, its label (a dot's is its value) and the text its tooltip shows. */
    record Mark(String x, String y, String width, String height, String label, String title) {
    }

    /** The drawn chart: its size, the value at the top of the axis, the line's pieces and the marks. */
    record Geometry(int width, int height, String top, List<String> lines, List<Mark> marks, List<Mark> labels) {

        public int axisLeft() {
            return LEFT;
        }

        public int axisTop() {
            return TOP;
        }

        public int axisBottom() {
            return TOP + PLOT_HEIGHT;
        }
    }

    /** A line through the values, broken at each gap, with a dot on each value and each label below. */
    Geometry line() {
        BigDecimal max = max();
        List<String> lines = new ArrayList<>();
        List<Mark> dots = new ArrayList<>();
        List<Mark> labels = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            String x = Integer.toString(LEFT + i * LINE_STEP);
            labels.add(new Mark(x, Integer.toString(TOP + PLOT_HEIGHT + 18), "0", "0", point.label(), title(point)));
            if (point.value() == null) {
                flush(piece, lines);
                continue;
            }
            String y = plain(y(point.value(), max));
            dots.add(new Mark(x, y, "0", "0", plain(point.value()), title(point)));
            piece.append(piece.isEmpty() ? "" : " ").append(x).append(',').append(y);
        }
        flush(piece, lines);
        int width = LEFT + Math.max(points.size() - 1, 0) * LINE_STEP + 40;
        return new Geometry(width, TOP + PLOT_HEIGHT + 30, plain(max), lines, dots, labels);
    }

    /** A bar per value in the order given, each with its label turned below it; no bar for a gap. */
    Geometry bars() {
        BigDecimal max = max();
        List<Mark> bars = new ArrayList<>();
        List<Mark> labels = new ArrayList<>();
        int bottom = TOP + PLOT_HEIGHT;
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            int slot = LEFT + i * BAR_SLOT;
            labels.add(new Mark(Integer.toString(slot + BAR_SLOT / 2 + 4), Integer.toString(bottom + 8), "0", "0",
                    point.label(), title(point)));
            if (point.value() != null) {
                BigDecimal y = y(point.value(), max);
                bars.add(new Mark(Integer.toString(slot + (BAR_SLOT - BAR_WIDTH) / 2), plain(y),
                        Integer.toString(BAR_WIDTH), plain(BigDecimal.valueOf(bottom).subtract(y)), plain(point.value()),
                        title(point)));
            }
        }
        return new Geometry(LEFT + points.size() * BAR_SLOT + 20, bottom + 70, plain(max), List.of(), bars, labels);
    }

    private BigDecimal max() {
        BigDecimal max = points.stream().map(Point::value).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::max);
        return max.signum() > 0 ? max : BigDecimal.ONE;
    }

    /** Zero on the axis, the largest value at the top; a value below zero stays on the axis. */
    private static BigDecimal y(BigDecimal value, BigDecimal max) {
        BigDecimal share = value.max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(PLOT_HEIGHT))
                .divide(max, 1, RoundingMode.HALF_UP);
        return BigDecimal.valueOf(TOP + PLOT_HEIGHT).subtract(share);
    }

    private static String title(Point point) {
        return point.title() + "：" + (point.value() == null ? "无数据" : plain(point.value()));
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static void flush(StringBuilder piece, List<String> lines) {
        if (!piece.isEmpty()) {
            lines.add(piece.toString());
            piece.setLength(0);
        }
    }
}
