package org.fostergraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A month-by-month line chart drawn as SVG on the server: readable without scripts, and every value also in a table. */
record LineChart(int width, int height, List<Tick> yTicks, List<Tick> xTicks, List<Line> lines, String band,
        int left, int right, int top, int bottom) {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 300;
    private static final int LEFT = 56;
    /** Room for half of the last month's label, centred on the last point ("Nov 2026" was cut off at 16). */
    private static final int RIGHT = 36;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;

    /** A labelled grid line at a position. */
    record Tick(double at, String label) {
    }

    /** One series as an SVG polyline. */
    record Line(String name, String cssClass, String points) {
    }

    /** A series before drawing. */
    record Series(String name, String cssClass, List<Double> values) {
    }

    /**
     * @param labels one per month, the x axis
     * @param low and {@code high}: an uncertainty band drawn behind the lines, or null
     */
    static LineChart of(List<String> labels, List<Series> series, List<Double> low, List<Double> high) {
        double max = series.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max().orElse(1);
        if (high != null) {
            max = Math.max(max, high.stream().mapToDouble(Double::doubleValue).max().orElse(max));
        }
        double step = niceStep(max / 5);
        double top = Math.max(step, Math.ceil(max / step) * step);
        Scale scale = new Scale(labels.size(), top);
        List<Tick> yTicks = new ArrayList<>();
        for (double value = 0; value <= top + step / 2; value += step) {
            yTicks.add(new Tick(scale.y(value), formatNumber(value)));
        }
        int every = Math.max(1, (int) Math.ceil(labels.size() / 8.0));
        int last = labels.size() - 1;
        // Every few months and the last; a regular tick too close to the last one would print over it.
        List<Tick> xTicks = IntStream.range(0, labels.size()).filter(i -> i % every == 0 && last - i >= every / 2.0 || i == last)
                .mapToObj(i -> new Tick(scale.x(i), labels.get(i))).toList();
        List<Line> lines = series.stream().map(s -> new Line(s.name(), s.cssClass(), scale.points(s.values()))).toList();
        String band = low == null || high == null ? null : scale.points(high) + " " + reversed(scale, low);
        return new LineChart(WIDTH, HEIGHT, yTicks, xTicks, lines, band, LEFT, WIDTH - RIGHT, TOP, HEIGHT - BOTTOM);
    }

    private static String reversed(Scale scale, List<Double> values) {
        return IntStream.iterate(values.size() - 1, i -> i >= 0, i -> i - 1)
                .mapToObj(i -> Drawing.round1(scale.x(i)) + "," + Drawing.round1(scale.y(values.get(i))))
                .collect(Collectors.joining(" "));
    }

    private record Scale(int count, double top) {

        double x(int index) {
            return count <= 1 ? LEFT : LEFT + (WIDTH - LEFT - RIGHT) * index / (double) (count - 1);
        }

        double y(double value) {
            return TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / top);
        }

        String points(List<Double> values) {
            return IntStream.range(0, values.size())
                    .mapToObj(i -> Drawing.round1(x(i)) + "," + Drawing.round1(y(values.get(i))))
                    .collect(Collectors.joining(" "));
        }
    }

    /** 1, 2 or 5 times a power of ten: grid lines a reader can add up. */
    private static double niceStep(double rough) {
        if (rough <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    }

    private static String formatNumber(double value) {
        return value >= 1_000_000 ? Drawing.round1(value / 1_000_000) + "m"
                : value >= 10_000 ? Math.round(value / 1000) + "k" : String.valueOf(Math.round(value));
    }
}
