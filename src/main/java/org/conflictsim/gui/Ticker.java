package org.conflictsim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListCellRenderer;

/**
 * The event ticker: captures, sanctions, aid freezes, deals, ceasefires and the instructor's lever requests
 * as they happen, newest first, each line wrapped to the width of the panel. Touched only on the Swing
 * thread. Rows are measured and drawn with font metrics (not HTML), because the list measures every row
 * again whenever one is added.
 */
public final class Ticker extends JPanel {
    private static final long serialVersionUID = 1L;
    /** Entries kept; older ones scroll away. */
    static final int KEEP = 300;

    private final DefaultListModel<TickerEntry> entries = new DefaultListModel<>();
    private final JList<TickerEntry> list = new JList<>(entries) {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }
    };
    private final JLabel title = new JLabel("Events");
    private final Row row = new Row();
    private Style style = Style.NORMAL;

    /** An empty ticker. */
    public Ticker() {
        super(new BorderLayout());
        setBackground(Color.WHITE);
        title.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        title.setHorizontalAlignment(JLabel.CENTER);
        add(title, BorderLayout.NORTH);
        list.setCellRenderer(row);
        JScrollPane scroll = new JScrollPane(list, JScrollPane.VERTICAL_SCROLLBAR_ALWAYS,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getViewport().addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent ev) {
                relayout();
            }
        });
        add(scroll, BorderLayout.CENTER);
        setPreferredSize(new Dimension(420, 290));
        setMinimumSize(new Dimension(120, 90));
        applyStyle(Style.NORMAL);
    }

    /** Adds entries in the order they happened; the newest ends on top. */
    public void add(List<TickerEntry> news) {
        for (TickerEntry e : news) {
            entries.add(0, e);
        }
        while (entries.size() > KEEP) {
            entries.remove(entries.size() - 1);
        }
    }

    /** Removes every entry (a restart). */
    public void clear() {
        entries.clear();
    }

    /** The entries shown, newest first. */
    public List<TickerEntry> entries() {
        return java.util.Collections.list(entries.elements());
    }

    /** Sets fonts for a style. */
    public void applyStyle(Style s) {
        this.style = s;
        title.setFont(s.titleFont());
        relayout();
    }

    /** Makes the list measure its (wrapped) rows again, after a change of width or font. */
    private void relayout() {
        list.setFixedCellHeight(10);
        list.setFixedCellHeight(-1);
        list.revalidate();
        list.repaint();
    }

    /** One entry: the date and tag in bold (the tag in its colour), then the text, wrapped at word boundaries. */
    private final class Row extends JComponent implements ListCellRenderer<TickerEntry> {
        private static final long serialVersionUID = 1L;
        private static final int PAD = 4;
        private final List<Object[]> runs = new ArrayList<>();
        private int lines;
        private int width;

        @Override
        public Component getListCellRendererComponent(JList<? extends TickerEntry> l, TickerEntry e, int index,
                                                      boolean selected, boolean focus) {
            width = Math.max(80, l.getWidth());
            layout(e);
            setBackground(selected ? l.getSelectionBackground() : Color.WHITE);
            return this;
        }

        /** Splits the entry into runs (text, font, colour, x, line) that fit the width. */
        private void layout(TickerEntry e) {
            runs.clear();
            Font bold = style.bold();
            Font plain = style.plain();
            int x = PAD;
            int line = 0;
            int max = width - 2 * PAD;
            List<Object[]> words = new ArrayList<>();
            words.add(new Object[] {Format.date(e.date()), bold, Color.BLACK});
            words.add(new Object[] {e.tag(), bold, e.colour()});
            for (String w : e.text().split(" ")) {
                words.add(new Object[] {w, plain, Color.BLACK});
            }
            for (int i = 0; i < words.size(); i++) {
                Object[] w = words.get(i);
                FontMetrics fm = getFontMetrics((Font) w[1]);
                String text = (String) w[0];
                int gap = i == 0 ? 0 : fm.charWidth(' ') * (i <= 2 ? 2 : 1);
                int tw = fm.stringWidth(text);
                if (i > 0 && x + gap + tw > max) {
                    line++;
                    x = PAD;
                    gap = 0;
                }
                runs.add(new Object[] {text, w[1], w[2], x + gap, line});
                x += gap + tw;
            }
            lines = line + 1;
        }

        private int lineHeight() {
            return getFontMetrics(style.bold()).getHeight();
        }

        @Override
        public Dimension getPreferredSize() {
            return new Dimension(width, lines * lineHeight() + 2 * PAD);
        }

        @Override
        protected void paintComponent(Graphics g) {
            Graphics2D g2 = (Graphics2D) g;
            g2.setColor(getBackground());
            g2.fillRect(0, 0, getWidth(), getHeight());
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int lh = lineHeight();
            int ascent = getFontMetrics(style.bold()).getAscent();
            for (Object[] r : runs) {
                g2.setFont((Font) r[1]);
                g2.setColor((Color) r[2]);
                g2.drawString((String) r[0], (Integer) r[3], PAD + ascent + (Integer) r[4] * lh);
            }
        }
    }
}
