package org.conflictsim.output.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.conflictsim.files.AtomicWrite;
import org.conflictsim.output.results.Tasks;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes charts and drawings as PNG (raster, the figure's size in px) and SVG (vector, same size in px
 * units), headless: nothing here needs a display ({@code java.awt.headless=true} is set when the class
 * loads unless the caller already chose).
 */
public final class ChartFiles {
    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ChartFiles() {
    }

    /** Paths of one written figure. */
    public record Written(Path png, Path svg) {
    }

    /**
     * Writes {@code <name>.png} and {@code <name>.svg} of a figure into a folder (created if needed).
     *
     * @throws IOException if a file cannot be written
     */
    public static Written write(Figure f, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path png = dir.resolve(f.name() + ".png");
        Path svg = dir.resolve(f.name() + ".svg");
        writePng(png, f.width(), f.height(), g -> draw(f.chart(), g, f.width(), f.height()));
        writeSvg(svg, f.width(), f.height(), g -> draw(f.chart(), g, f.width(), f.height()));
        return new Written(png, svg);
    }

    /** Writes all figures; returns their paths in the same order. */
    public static List<Written> writeAll(List<Figure> figures, Path dir) throws IOException {
        java.util.ArrayList<Written> out = new java.util.ArrayList<>();
        for (Figure f : figures) {
            out.add(write(f, dir));
        }
        return out;
    }

    /**
     * Starts writing all figures on {@code pool}, one task per figure (its PNG, then its SVG: one chart is never
     * drawn by two threads at once); {@link Tasks#get} on each future gives its paths or its failure.
     */
    public static List<Future<Written>> writeAll(List<Figure> figures, Path dir, ExecutorService pool)
            throws IOException {
        Files.createDirectories(dir);
        List<Future<Written>> out = new java.util.ArrayList<>();
        for (Figure f : figures) {
            out.add(pool.submit(() -> write(f, dir)));
        }
        return out;
    }

    private static void draw(JFreeChart chart, Graphics2D g, int width, int height) {
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    }

    /** Renders a drawing into an RGB image of the given size on white. */
    public static BufferedImage image(int width, int height, Consumer<Graphics2D> drawing) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            drawing.accept(g);
        } finally {
            g.dispose();
        }
        return img;
    }

    /**
     * Writes a drawing as a PNG file of {@code width × height} px, through a temporary file renamed into
     * place (a reader sees the old file or the new one, never half of one).
     */
    public static void writePng(Path file, int width, int height, Consumer<Graphics2D> drawing) throws IOException {
        BufferedImage img = image(width, height, drawing);
        AtomicWrite.write(file, out -> png(img, out, file));
    }

    /**
     * Encodes a PNG with deflate level 1 (compression quality 0.9 of the JDK's writer): about half the time of its
     * default level 4, for files some 10–15% larger (charts and maps are flat colours, which compress well
     * anyway); the image is the same, PNG being lossless.
     */
    private static void png(BufferedImage img, java.io.OutputStream out, Path file) throws IOException {
        java.util.Iterator<javax.imageio.ImageWriter> it = ImageIO.getImageWritersByFormatName("png");
        if (!it.hasNext()) {
            throw new IOException("no PNG writer available for " + file);
        }
        javax.imageio.ImageWriter w = it.next();
        try (javax.imageio.stream.ImageOutputStream ios = new javax.imageio.stream.MemoryCacheImageOutputStream(out)) {
            javax.imageio.ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(PNG_QUALITY);
            w.setOutput(ios);
            w.write(null, new javax.imageio.IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
    }

    /** An SVG id prefix from a file name: its letters and digits, after an underscore. */
    static String defsPrefix(Path file) {
        String name = file.getFileName() == null ? "svg" : file.getFileName().toString();
        return "_" + name.replaceAll("\\.svg$", "").replaceAll("[^A-Za-z0-9]", "-") + "-";
    }

    /** The JDK PNG writer's compression quality for deflate level 1 (its level is 9 − round(9 × quality)). */
    private static final float PNG_QUALITY = 0.9f;

    /** Writes a drawing as an SVG file of {@code width × height} px, through a temporary file like the PNG. */
    public static void writeSvg(Path file, int width, int height, Consumer<Graphics2D> drawing) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        // ids of clip paths and gradients from the file's name, not the clock (the default), so that the same
        // results give the same bytes and two charts inlined in one page cannot share an id
        g.setDefsKeyPrefix(defsPrefix(file));
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        drawing.accept(g);
        AtomicWrite.writeString(file, g.getSVGDocument());
    }
}
