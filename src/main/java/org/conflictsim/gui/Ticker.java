package org.conflictsim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;

/**
 * The event ticker: captures, sanctions, aid freezes, deals, ceasefires and the instructor's lever requests
 * as they happen, newest first. Touched only on the Swing thread.
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
    private Style style = Style.NORMAL;

    /** An empty ticker. */
    public Ticker() {
        super(new BorderLayout());
        setBackground(Color.WHITE);
        title.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        title.setHorizontalAlignment(JLabel.CENTER);
        add(title, BorderLayout.NORTH);
        list.setCellRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected,
                                                          boolean focus) {
                TickerEntry e = (TickerEntry) value;
                int width = Math.max(120, l.getWidth() - 30);
                String html = "<html><body style='width:" + width + "px'><b>" + Format.date(e.date()) + "</b>&nbsp;&nbsp;<font color='"
                        + hex(e.colour()) + "'><b>" + escape(e.tag()) + "</b></font>&nbsp;&nbsp;" + escape(e.text())
                        + "</html>";
                JLabel c = (JLabel) super.getListCellRendererComponent(l, html, index, selected, focus);
                c.setFont(style.plain());
                c.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
                return c;
            }
        });
        JScrollPane scroll = new JScrollPane(list, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getViewport().addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent ev) {
                relayout();
            }
        });
        add(scroll, BorderLayout.CENTER);
        setPreferredSize(new java.awt.Dimension(420, 290));
        setMinimumSize(new java.awt.Dimension(120, 90));
        applyStyle(Style.NORMAL);
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
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
}
