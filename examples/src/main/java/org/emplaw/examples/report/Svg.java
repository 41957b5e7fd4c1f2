package org.emplaw.examples.report;

import java.math.BigDecimal;
import java.util.List;

/** Small inline SVG bar charts (no chart library): horizontal bars for categories, columns for a time series. */
public final class Svg {
    /** A labelled value. */
    public record Bar(String label, BigDecimal value, String text) {
    }

    private Svg() {
    }

    /** Horizontal bars, one per category, longest first as given. */
    public static String horizontal(String id, String title, List<Bar> bars) {
        int rowH = 22;
        int labelW = 330;
        int barW = 420;
        int h = Math.max(1, bars.size()) * rowH + 40;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg id=\"").append(id).append("\" class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(labelW + barW + 130).append("\" height=\"").append(h).append("\" aria-label=\"").append(Html.esc(title)).append("\">")
                .append("<title>").append(Html.esc(title)).append("</title>")
                .append("<text x=\"0\" y=\"16\" class=\"chart-title\">").append(Html.esc(title)).append("</text>");
        BigDecimal max = bars.stream().map(Bar::value).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        if (bars.isEmpty() || max.signum() == 0) {
            sb.append("<text x=\"0\" y=\"44\" class=\"chart-empty\">nothing to chart</text></svg>");
            return sb.toString();
        }
        int y = 30;
        for (Bar b : bars) {
            double frac = b.value().doubleValue() / max.doubleValue();
            int w = (int) Math.max(1, Math.round(frac * barW));
            sb.append("<g class=\"bar\"><text x=\"").append(labelW - 6).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\">").append(Html.esc(trim(b.label(), 48))).append("</text>")
                    .append("<rect x=\"").append(labelW).append("\" y=\"").append(y + 2).append("\" width=\"").append(w)
                    .append("\" height=\"").append(rowH - 6).append("\"><title>").append(Html.esc(b.label() + ": " + b.text()))
                    .append("</title></rect><text x=\"").append(labelW + w + 6).append("\" y=\"").append(y + 14).append("\">")
                    .append(Html.esc(b.text())).append("</text></g>");
            y += rowH;
        }
        return sb.append("</svg>").toString();
    }

    /** Vertical columns over time (labels under each column). */
    public static String columns(String id, String title, List<Bar> bars) {
        int colW = 46;
        int chartH = 180;
        int w = Math.max(1, bars.size()) * colW + 60;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg id=\"").append(id).append("\" class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(Math.max(w, 300)).append("\" height=\"").append(chartH + 80).append("\" aria-label=\"").append(Html.esc(title)).append("\">")
                .append("<title>").append(Html.esc(title)).append("</title>")
                .append("<text x=\"0\" y=\"16\" class=\"chart-title\">").append(Html.esc(title)).append("</text>");
        BigDecimal max = bars.stream().map(Bar::value).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        if (bars.isEmpty() || max.signum() == 0) {
            sb.append("<text x=\"0\" y=\"44\" class=\"chart-empty\">nothing to chart</text></svg>");
            return sb.toString();
        }
        int base = chartH + 30;
        sb.append("<line x1=\"30\" y1=\"").append(base).append("\" x2=\"").append(w).append("\" y2=\"").append(base).append("\" class=\"axis\"/>");
        int x = 36;
        for (Bar b : bars) {
            double frac = b.value().doubleValue() / max.doubleValue();
            int h = (int) Math.max(1, Math.round(frac * chartH));
            sb.append("<g class=\"bar\"><rect x=\"").append(x).append("\" y=\"").append(base - h).append("\" width=\"")
                    .append(colW - 10).append("\" height=\"").append(h).append("\"><title>").append(Html.esc(b.label() + ": " + b.text()))
                    .append("</title></rect><text x=\"").append(x + (colW - 10) / 2).append("\" y=\"").append(base + 14)
                    .append("\" text-anchor=\"middle\" class=\"tick\">").append(Html.esc(b.label())).append("</text></g>");
            x += colW;
        }
        return sb.append("</svg>").toString();
    }

    private static String trim(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
    }
}
