package org.conflictsim.output.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conflictsim.files.AtomicWrite;
import org.conflictsim.output.charts.Figure;

/**
 * The parts every {@code report.html} shares (run, compare and sweep reports): one inline style sheet (no
 * scripts, no external fonts or files), escaping, the page frame, fact rows, a chart as a {@code <figure>}
 * linked from {@code charts/} (only when its PNG exists), links to data files with their sizes (only when
 * they exist), and writing the page through a temporary file that is renamed into place, so a reader never
 * sees half a report.
 */
public final class ReportHtml {
    static final String CSS = String.join("\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',Arial,sans-serif;color:#222;",
            "margin:0;background:#fff;line-height:1.45}",
            "main{max-width:1160px;margin:0 auto;padding:24px 28px 48px}",
            "h1{font-size:1.9em;margin:.2em 0 .3em}h2{font-size:1.4em;margin-top:2em;border-bottom:2px solid #ddd;",
            "padding-bottom:.2em}h3{font-size:1.1em;margin-top:1.6em}",
            ".tool{color:#666;font-size:.9em;margin:0}.question{font-size:1.1em;background:#f4f6f9;",
            "border-left:4px solid #34588c;padding:.6em 1em}",
            ".answer{font-size:1.05em;background:#f3f8f1;border-left:4px solid #4f8f3a;padding:.6em 1em}",
            "td.differs{font-weight:600}.caveat{color:#555;font-size:.92em;font-style:italic}",
            "table{border-collapse:collapse;margin:.6em 0;font-size:.92em}",
            "th,td{padding:.3em .7em;border-bottom:1px solid #e3e3e3;text-align:left;vertical-align:top}",
            "th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
            "table.facts th{width:13em;background:none;font-weight:600}",
            "tr.group td{border-top:2px solid #ccc}td.s{white-space:nowrap;font-size:.95em}td.ref{color:#666}",
            "code{font-family:'DejaVu Sans Mono',Menlo,Consolas,monospace;font-size:.88em;word-break:break-all}",
            "pre{background:#f6f6f6;padding:.7em 1em;overflow-x:auto;font-size:.85em}",
            "figure{margin:1.6em 0 2.2em}figure img{max-width:100%;height:auto;border:1px solid #e6e6e6}",
            "figcaption{color:#444;font-size:.93em;margin-top:.4em}",
            ".maps{display:grid;grid-template-columns:repeat(auto-fill,minmax(520px,1fr));gap:18px}",
            ".maps figure{margin:0}.note{color:#6a4b00;background:#fff7e0;padding:.5em .9em;border-radius:4px}",
            ".scenario{border:1px solid #e3e3e3;border-radius:4px;padding:.2em 1em .6em;margin:1em 0}",
            "summary{cursor:pointer;font-weight:600;margin:.6em 0}",
            "nav a{margin-right:1.2em}ul.files li{margin:.2em 0}.muted{color:#666}");

    private ReportHtml() {
    }

    /** Opens a page: the document up to and including {@code <main>} (charset, viewport, title, style). */
    static void open(StringBuilder h, String title) {
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n")
                .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<main>\n");
    }

    /** Closes what {@link #open} opened. */
    static void close(StringBuilder h) {
        h.append("</main>\n</body>\n</html>\n");
    }

    /** A row of a two-column facts table; the value is HTML already. */
    static void row(StringBuilder h, String key, String valueHtml) {
        h.append("<tr><th>").append(esc(key)).append("</th><td>").append(valueHtml).append("</td></tr>\n");
    }

    /**
     * A chart as a figure with its caption and a link to its SVG, when {@code charts/NAME.png} exists under
     * {@code dir}; nothing otherwise.
     */
    static void figure(StringBuilder h, Figure f, Path dir) {
        String png = ResultsRendering.CHARTS_DIR + "/" + f.name() + ".png";
        String svg = ResultsRendering.CHARTS_DIR + "/" + f.name() + ".svg";
        if (!Files.isRegularFile(dir.resolve(png))) {
            return;
        }
        h.append("<figure id=\"fig-").append(f.name()).append("\">\n<img src=\"").append(png).append("\" width=\"")
                .append(f.width()).append("\" height=\"").append(f.height()).append("\" alt=\"").append(esc(f.title()))
                .append("\">\n<figcaption>").append(esc(f.caption()));
        if (Files.isRegularFile(dir.resolve(svg))) {
            h.append(" <a href=\"").append(svg).append("\">SVG</a>");
        }
        h.append("</figcaption>\n</figure>\n");
    }

    /** The notes, then each figure whose PNG exists (see {@link #figure}). */
    static void figures(StringBuilder h, List<Figure> figures, List<String> notes, Path dir) {
        for (String note : notes) {
            h.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
        }
        for (Figure f : figures) {
            figure(h, f, dir);
        }
    }

    /** A list item linking a data file relative to {@code dir}, with its size, when the file exists. */
    static void fileItem(StringBuilder h, Path dir, String relative, String description) {
        Path p = dir.resolve(relative);
        if (Files.isRegularFile(p)) {
            h.append("<li><a href=\"").append(esc(relative)).append("\"><code>").append(esc(relative))
                    .append("</code></a> – ").append(esc(description)).append(" (").append(size(p))
                    .append(")</li>\n");
        }
    }

    /** A paragraph linking the SVG file of each figure that has one. */
    static void svgLinks(StringBuilder h, List<Figure> figures, Path dir) {
        h.append("<p class=\"muted\">Charts as vector graphics: ").append(svgLinks(figures, dir)).append(".</p>\n");
    }

    /** Links to the SVG files of the figures that exist, comma-separated, or {@code none}. */
    static String svgLinks(List<Figure> figures, Path dir) {
        List<String> links = new ArrayList<>();
        for (Figure f : figures) {
            String svg = ResultsRendering.CHARTS_DIR + "/" + f.name() + ".svg";
            if (Files.isRegularFile(dir.resolve(svg))) {
                links.add("<a href=\"" + svg + "\">" + esc(f.name()) + ".svg</a>");
            }
        }
        return links.isEmpty() ? "none" : String.join(", ", links);
    }

    /** A file's size as people read it: {@code 812 bytes}, {@code 14 kB}, {@code 2.3 MB}. */
    static String size(Path p) {
        try {
            long b = Files.size(p);
            return b >= 1_000_000 ? String.format(Locale.ROOT, "%.1f MB", b / 1e6)
                    : b >= 1000 ? String.format(Locale.ROOT, "%.0f kB", b / 1e3) : b + " bytes";
        } catch (IOException e) {
            return "size unknown";
        }
    }

    /**
     * Writes text as UTF-8 to a temporary file beside {@code file} and renames it into place (atomically
     * where the file system can), so the file is either the old or the new one, never half written.
     */
    static void writeAtomically(Path file, String text) throws IOException {
        AtomicWrite.writeString(file, text);
    }


    /** Escapes text for HTML content and attribute values. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
