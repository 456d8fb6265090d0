package dev.retort.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the compile-time figures grow with the project: a table (Markdown) and a plot (SVG, both axes
 * logarithmic) written beside the bench, from the sizes of one run.
 */
final class ScalingPlot {

    /** One size's medians, milliseconds. */
    record Point(int entities, int migrations, double alone, double noOp, double retort, double peer) {}

    private static final Map<String, String> COLOURS = new LinkedHashMap<>(Map.of(
            "javac alone", "#555555", "+ no-op processor", "#999999", "+ Retort", "#c0392b", "+ jpamodelgen", "#2e86c1"));

    private ScalingPlot() {}

    static void write(List<Point> points, Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("scaling.md"), table(points), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("scaling.svg"), svg(points), StandardCharsets.UTF_8);
    }

    static String table(List<Point> points) {
        StringBuilder out = new StringBuilder("| entities / migrations | javac alone | + no-op processor | + Retort | ratio"
                + " | Retort's work | + jpamodelgen | ratio |\n|---|---|---|---|---|---|---|---|\n");
        for (Point p : points) {
            out.append(String.format(Locale.ROOT, "| %d / %d | %.0f ms | %.0f ms | %.0f ms | %.2f | %.0f ms | %.0f ms"
                            + " | %.2f |%n", p.entities(), p.migrations(), p.alone(), p.noOp(), p.retort(),
                    p.retort() / p.alone(), p.retort() - p.noOp(), p.peer(), p.peer() / p.alone()));
        }
        return out.toString();
    }

    static String svg(List<Point> points) {
        int width = 640;
        int height = 420;
        int left = 70;
        int right = 170;
        int top = 30;
        int bottom = 50;
        double minX = Math.log10(points.stream().mapToInt(Point::entities).min().orElse(1));
        double maxX = Math.log10(points.stream().mapToInt(Point::entities).max().orElse(10));
        List<double[]> series = new ArrayList<>();
        for (Point p : points) {
            series.add(new double[] {p.alone(), p.noOp(), p.retort(), p.peer()});
        }
        double minY = Math.log10(series.stream().flatMapToDouble(java.util.Arrays::stream)
                .filter(v -> v > 0 && !Double.isNaN(v)).min().orElse(1));
        double maxY = Math.log10(series.stream().flatMapToDouble(java.util.Arrays::stream)
                .filter(v -> !Double.isNaN(v)).max().orElse(10));
        maxX = maxX == minX ? minX + 1 : maxX;
        maxY = maxY == minY ? minY + 1 : maxY;
        double spanX = maxX - minX;
        double spanY = maxY - minY;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n", width, height));
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\">javac's time by project size (log-log),"
                + " median of each size's runs</text>%n", left));
        int plotWidth = width - left - right;
        int plotHeight = height - top - bottom;
        out.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\""
                + " stroke=\"#ccc\"/>%n", left, top, plotWidth, plotHeight));
        for (Point p : points) {
            double x = left + (Math.log10(p.entities()) - minX) / spanX * plotWidth;
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n", x,
                    height - bottom + 16, p.entities()));
        }
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">entities (five"
                + " migrations each)</text>%n", left + plotWidth / 2, height - 12));
        for (int decade = (int) Math.floor(minY); decade <= Math.ceil(maxY); decade++) {
            if (decade < minY - 1e-9 || decade > maxY + 1e-9) {
                continue;
            }
            double y = top + (maxY - decade) / spanY * plotHeight;
            out.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#eee\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s ms</text>%n", left, left + plotWidth, y, y,
                    left - 6, y + 4, (long) Math.pow(10, decade)));
        }
        List<String> names = new ArrayList<>(COLOURS.keySet());
        for (int s = 0; s < names.size(); s++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < points.size(); i++) {
                double value = series.get(i)[s];
                if (Double.isNaN(value) || value <= 0) {
                    continue;
                }
                double x = left + (Math.log10(points.get(i).entities()) - minX) / spanX * plotWidth;
                double y = top + (maxY - Math.log10(value)) / spanY * plotHeight;
                line.append(line.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y,
                        COLOURS.get(names.get(s))));
            }
            out.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    line, COLOURS.get(names.get(s))));
            out.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text>%n", width - right + 14, top + 10 + 20 * s,
                    COLOURS.get(names.get(s)), width - right + 32, top + 21 + 20 * s, names.get(s)));
        }
        out.append("</svg>\n");
        return out.toString();
    }
}
