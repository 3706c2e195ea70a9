package org.conflictsim.output.charts;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.conflictsim.files.AtomicWrite;

/**
 * Writes an animated GIF with the JDK's GIF writer: frames added one at a time (so they need not all be in
 * memory), each shown for its own delay, and the NETSCAPE2.0 application extension so that browsers loop
 * the animation forever. Frames with more colours than a GIF holds are reduced to their 256 most frequent
 * colours (each other colour drawn as the nearest of those), which suits maps made of flat colours with a
 * little anti-aliased text, and is much faster than the JDK's general quantiser.
 */
public final class AnimatedGif implements AutoCloseable {
    private final ImageWriter writer;
    private final AtomicWrite.Pending file;
    private final ImageOutputStream out;
    private boolean first = true;
    private int frames;
    /** The last frame written, in full (for frame differencing), or null. */
    private BufferedImage previous;

    private AnimatedGif(ImageWriter writer, AtomicWrite.Pending file, ImageOutputStream out) {
        this.writer = writer;
        this.file = file;
        this.out = out;
    }

    /**
     * Starts a GIF file: it is written to a temporary file beside {@code file} and replaces {@code file} only
     * when {@link #finish()} is called; closing without finishing leaves {@code file} as it was.
     *
     * @throws IOException if no GIF writer is available or the file cannot be opened
     */
    public static AnimatedGif open(Path file) throws IOException {
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("gif");
        if (!it.hasNext()) {
            throw new IOException("no GIF writer in this Java runtime");
        }
        AtomicWrite.Pending pending = AtomicWrite.open(file);
        try {
            ImageOutputStream out = new MemoryCacheImageOutputStream(pending.stream());
            ImageWriter w = it.next();
            w.setOutput(out);
            w.prepareWriteSequence(null);
            return new AnimatedGif(w, pending, out);
        } catch (IOException | RuntimeException e) {
            pending.close();
            throw e;
        }
    }

    /**
     * Appends a frame.
     *
     * @param image   the frame (all frames should have the same size)
     * @param delayMs how long it is shown, ms (rounded to 10 ms, at least 20 ms)
     */
    public void add(BufferedImage frame, int delayMs) throws IOException {
        BufferedImage full = frame.getColorModel() instanceof IndexColorModel ? frame : indexed(frame);
        // a frame in the palette of the one before is written as the rectangle where they differ; the rest of
        // the picture stays from the frame before (disposal "none")
        int[] box = previous == null ? null : changed(previous, full);
        BufferedImage image = box == null ? full : crop(full, box);
        previous = full;
        ImageWriteParam param = writer.getDefaultWriteParam();
        ImageTypeSpecifier type = ImageTypeSpecifier.createFromRenderedImage(image);
        IIOMetadata meta = writer.getDefaultImageMetadata(type, param);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(Math.max(2, Math.round(delayMs / 10f))));
        gce.setAttribute("transparentColorIndex", "0");
        if (box != null) {
            IIOMetadataNode desc = child(root, "ImageDescriptor");
            desc.setAttribute("imageLeftPosition", Integer.toString(box[0]));
            desc.setAttribute("imageTopPosition", Integer.toString(box[1]));
            desc.setAttribute("imageWidth", Integer.toString(box[2]));
            desc.setAttribute("imageHeight", Integer.toString(box[3]));
        }
        if (image.getColorModel() instanceof IndexColorModel icm) {
            IIOMetadataNode old = child(root, "LocalColorTable");
            root.removeChild(old);
            root.appendChild(colourTable(icm));
        }
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0});
            apps.appendChild(loop);
            first = false;
        }
        try {
            meta.setFromTree(format, root);
        } catch (IIOInvalidTreeException e) {
            throw new IOException("GIF metadata rejected: " + e.getMessage(), e);
        }
        writer.writeToSequence(new IIOImage(image, null, meta), param);
        frames++;
    }

    /**
     * The rectangle {@code {x, y, width, height}} where two indexed frames of the same size and palette differ
     * (at least one pixel), or null when they cannot be compared (another size or palette).
     */
    static int[] changed(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight() || a.getColorModel() != b.getColorModel()
                || a.getRaster().getParent() != null || b.getRaster().getParent() != null) {
            return null;
        }
        byte[] pa = ((DataBufferByte) a.getRaster().getDataBuffer()).getData();
        byte[] pb = ((DataBufferByte) b.getRaster().getDataBuffer()).getData();
        int w = a.getWidth();
        int h = a.getHeight();
        int x0 = w;
        int y0 = h;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < h; y++) {
            int row = y * w;
            int first = -1;
            for (int x = 0; x < w; x++) {
                if (pa[row + x] != pb[row + x]) {
                    first = x;
                    break;
                }
            }
            if (first < 0) {
                continue;
            }
            int last = first;
            for (int x = w - 1; x > first; x--) {
                if (pa[row + x] != pb[row + x]) {
                    last = x;
                    break;
                }
            }
            x0 = Math.min(x0, first);
            x1 = Math.max(x1, last);
            y0 = Math.min(y0, y);
            y1 = y;
        }
        if (x1 < 0) {
            return new int[] {0, 0, 1, 1}; // nothing changed: one pixel, redrawn as it was
        }
        return new int[] {x0, y0, x1 - x0 + 1, y1 - y0 + 1};
    }

    /** The rectangle {@code {x, y, width, height}} of an indexed image, as an image of its own. */
    private static BufferedImage crop(BufferedImage img, int[] box) {
        BufferedImage out = new BufferedImage(box[2], box[3], BufferedImage.TYPE_BYTE_INDEXED,
                (IndexColorModel) img.getColorModel());
        byte[] src = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < box[3]; y++) {
            System.arraycopy(src, (box[1] + y) * img.getWidth() + box[0], dst, y * box[2], box[2]);
        }
        return out;
    }

    /** Number of frames written so far. */
    public int frames() {
        return frames;
    }

    /**
     * A local colour table for a frame: each frame carries its own palette, so frames with different colours
     * do not borrow the first frame's table. GIF tables hold a power of two entries; unused ones are black.
     */
    private static IIOMetadataNode colourTable(IndexColorModel icm) {
        int size = 2;
        while (size < icm.getMapSize()) {
            size *= 2;
        }
        IIOMetadataNode table = new IIOMetadataNode("LocalColorTable");
        table.setAttribute("sizeOfLocalColorTable", Integer.toString(size));
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < size; i++) {
            IIOMetadataNode e = new IIOMetadataNode("ColorTableEntry");
            boolean used = i < icm.getMapSize();
            e.setAttribute("index", Integer.toString(i));
            e.setAttribute("red", Integer.toString(used ? icm.getRed(i) : 0));
            e.setAttribute("green", Integer.toString(used ? icm.getGreen(i) : 0));
            e.setAttribute("blue", Integer.toString(used ? icm.getBlue(i) : 0));
            table.appendChild(e);
        }
        return table;
    }

    /** The image in its 256 most frequent colours; other colours become the nearest of those. */
    static BufferedImage indexed(BufferedImage rgb) {
        return Palette.of(rgb).index(rgb);
    }

    /**
     * Up to 256 colours for the frames of one animation, chosen once (the most frequent colours of a first
     * frame: for maps of flat colours with a legend, every colour the later frames use); each frame is then
     * indexed straight from its pixel array, other colours becoming the nearest palette colour (remembered, so
     * each new colour is looked up once). Safe to use from several threads at once.
     */
    public static final class Palette {
        private final IndexColorModel model;
        private final byte[] r;
        private final byte[] g;
        private final byte[] b;
        private final java.util.concurrent.ConcurrentHashMap<Integer, Integer> index;
        /** Slots of the per-frame colour cache (a power of two). */
        private static final int CACHE = 1 << 12;

        private Palette(byte[] r, byte[] g, byte[] b, Map<Integer, Integer> exact) {
            this.r = r;
            this.g = g;
            this.b = b;
            this.model = new IndexColorModel(8, r.length, r, g, b);
            this.index = new java.util.concurrent.ConcurrentHashMap<>(exact);
        }

        /** The 256 most frequent colours of an image (ties by colour value, so the choice is reproducible). */
        public static Palette of(BufferedImage first) {
            int[] px = pixels(first);
            Map<Integer, int[]> count = new HashMap<>();
            int i0 = 0;
            while (i0 < px.length) {
                int c = px[i0];
                int i1 = i0 + 1;
                while (i1 < px.length && px[i1] == c) {
                    i1++;
                }
                count.computeIfAbsent(c & 0xffffff, k -> new int[1])[0] += i1 - i0;
                i0 = i1;
            }
            List<Map.Entry<Integer, int[]>> byCount = new ArrayList<>(count.entrySet());
            byCount.sort((x, y) -> x.getValue()[0] != y.getValue()[0]
                    ? Integer.compare(y.getValue()[0], x.getValue()[0]) : Integer.compare(x.getKey(), y.getKey()));
            int n = Math.min(256, byCount.size());
            byte[] r = new byte[n];
            byte[] g = new byte[n];
            byte[] b = new byte[n];
            Map<Integer, Integer> exact = new HashMap<>();
            for (int i = 0; i < n; i++) {
                int c = byCount.get(i).getKey();
                r[i] = (byte) (c >> 16);
                g[i] = (byte) (c >> 8);
                b[i] = (byte) c;
                exact.put(c, i);
            }
            return new Palette(r, g, b, exact);
        }

        /** The frame as an indexed image in this palette. */
        public BufferedImage index(BufferedImage rgb) {
            int[] px = pixels(rgb);
            BufferedImage out = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_BYTE_INDEXED,
                    model);
            byte[] data = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
            // a small direct-mapped cache in front of the shared map: the edges of antialiased shapes switch
            // colours every few pixels, and the map's boxed look-ups were most of this loop's time
            int[] cacheKey = new int[CACHE];
            byte[] cacheIndex = new byte[CACHE];
            java.util.Arrays.fill(cacheKey, -1);
            int last = -1;
            byte lastIndex = 0;
            for (int i = 0; i < px.length; i++) {
                int c = px[i] & 0xffffff;
                if (c != last) {
                    int slot = (c ^ (c >>> 11) ^ (c >>> 17)) & (CACHE - 1);
                    if (cacheKey[slot] == c) {
                        lastIndex = cacheIndex[slot];
                    } else {
                        Integer k = index.get(c);
                        if (k == null) {
                            k = nearest(c, r, g, b);
                            index.put(c, k);
                        }
                        lastIndex = (byte) (int) k;
                        cacheKey[slot] = c;
                        cacheIndex[slot] = lastIndex;
                    }
                    last = c;
                }
                data[i] = lastIndex;
            }
            return out;
        }
    }

    /** The pixels of an image as RGB ints: the raster itself for {@code TYPE_INT_RGB}, else a copy. */
    private static int[] pixels(BufferedImage img) {
        if (img.getType() == BufferedImage.TYPE_INT_RGB
                && img.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferInt db
                && db.getNumBanks() == 1 && img.getRaster().getParent() == null) {
            return db.getData();
        }
        int w = img.getWidth();
        return img.getRGB(0, 0, w, img.getHeight(), null, 0, w);
    }

    private static int nearest(int c, byte[] r, byte[] g, byte[] b) {
        int cr = (c >> 16) & 0xff;
        int cg = (c >> 8) & 0xff;
        int cb = c & 0xff;
        int best = 0;
        int bestD = Integer.MAX_VALUE;
        for (int i = 0; i < r.length; i++) {
            int dr = cr - (r[i] & 0xff);
            int dg = cg - (g[i] & 0xff);
            int db = cb - (b[i] & 0xff);
            int d = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode n = new IIOMetadataNode(name);
        root.appendChild(n);
        return n;
    }

    /** Ends the sequence and puts the file in place; a GIF without frames is an error. */
    public void finish() throws IOException {
        if (frames == 0) {
            throw new IOException("an animated GIF needs at least one frame");
        }
        writer.endWriteSequence();
        out.flush();
        file.commit();
    }

    /** Releases the writer; without {@link #finish()} the GIF is discarded. */
    @Override
    public void close() throws IOException {
        try {
            writer.dispose();
            out.close();
        } finally {
            file.close();
        }
    }
}
