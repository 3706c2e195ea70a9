package org.conflictsim.gui;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.GridLayout;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.Icon;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenuBar;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.JToggleButton;
import javax.swing.ScrollPaneConstants;
import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.params.FactionKind;
import org.conflictsim.model.params.FactionSpec;
import org.conflictsim.model.params.MineralSpec;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.model.world.PlaceKind;
import sim.display.Console;
import sim.display.Display2D;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;
import sim.util.Bag;

/**
 * The one window a class looks at: on top the date, the scenario and the factions (click one to inspect it)
 * with play, pause and stop; on the left the map with its legend; on the right the five live charts and the
 * event ticker. In presentation mode it fills the screen with large fonts. Built and touched on the Swing
 * thread only.
 */
public final class Dashboard {
    private final ConflictSimWithUI gui;
    private final Scenario scenario;
    private final JFrame frame;
    private final JLabel date = new JLabel();
    private final JLabel about = new JLabel();
    private final List<JComponent> styled = new ArrayList<>();
    private final List<JButton> factionButtons = new ArrayList<>();
    private final JPanel mapLegend = new JPanel();
    private final JSplitPane split;
    private final JToggleButton presentation = new JToggleButton("Presentation");
    private Rectangle deskBounds;
    /** Share of the window's width the map gets at the desk and in presentation mode. */
    private static final double DESK_SPLIT = 0.42;
    private static final double PRESENTATION_SPLIT = 0.45;

    /** Builds the window for a GUI whose map exists ({@link ConflictSimWithUI#init} calls this). */
    public Dashboard(ConflictSimWithUI gui) {
        this.gui = gui;
        this.scenario = gui.setup().scenario();
        frame = new JFrame("ConflictSim: " + scenario.title());
        frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
        frame.getContentPane().setLayout(new BorderLayout());
        frame.getContentPane().setBackground(Color.WHITE);
        JMenuBar bar = new JMenuBar();
        bar.add(GuiMenu.build(gui));
        frame.setJMenuBar(bar);

        frame.getContentPane().add(header(), BorderLayout.NORTH);

        Display2D display = gui.map().display();
        display.display.setVerticalScrollBarPolicy(ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED);
        display.display.setHorizontalScrollBarPolicy(ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        JPanel mapPanel = new JPanel(new BorderLayout());
        mapPanel.setBackground(Color.WHITE);
        mapPanel.add(display, BorderLayout.CENTER);
        buildMapLegend();
        mapPanel.add(mapLegend, BorderLayout.SOUTH);
        display.display.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                javax.swing.SwingUtilities.invokeLater(Dashboard.this::fitMap);
            }
        });

        JPanel charts = new JPanel(new GridLayout(3, 2, 6, 6));
        charts.setBackground(Color.WHITE);
        for (LiveChart c : gui.charts().all()) {
            charts.add(c.panel());
        }
        charts.add(gui.ticker());

        mapPanel.setMinimumSize(new Dimension(200, 200));
        charts.setMinimumSize(new Dimension(300, 200));
        split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, mapPanel, charts);
        split.setResizeWeight(DESK_SPLIT);
        split.setBorder(BorderFactory.createEmptyBorder());
        frame.getContentPane().add(split, BorderLayout.CENTER);

        frame.setSize(1500, 960);
        frame.setLocation(0, 0);
        split.setDividerLocation((int) (frame.getWidth() * DESK_SPLIT));
        showDay(-1);
        applyStyle(gui.style());
        if (gui.style().presentation()) {
            frame.addWindowListener(new java.awt.event.WindowAdapter() {
                @Override
                public void windowOpened(java.awt.event.WindowEvent e) {
                    setPresentation(true);
                }
            });
        }
    }

    private JComponent header() {
        JPanel header = new JPanel(new BorderLayout());
        header.setBackground(Color.WHITE);
        header.setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
        Box left = new Box(BoxLayout.Y_AXIS);
        left.add(date);
        left.add(about);
        header.add(left, BorderLayout.WEST);

        JPanel factions = new JPanel(new FlowLayout(FlowLayout.CENTER, 6, 4));
        factions.setBackground(Color.WHITE);
        for (int f = 0; f < scenario.factions().size(); f++) {
            FactionSpec s = scenario.factions().get(f);
            String kind = s.kind() == FactionKind.FOREIGN_FORCE && s.fightsFor() != null
                    ? " (fights for " + s.fightsFor() + ")" : "";
            JButton b = new JButton(s.id() + kind, line(gui.palette().faction(f), gui.palette().factionLine(f)));
            b.setToolTipText(s.name() + ": click to inspect");
            b.setFocusPainted(false);
            b.setContentAreaFilled(false);
            b.setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
            int index = f;
            b.addActionListener(e -> inspectFaction(index));
            factionButtons.add(b);
            factions.add(b);
        }
        for (int p = 0; p < scenario.powers().size(); p++) {
            if (p == 0) {
                JLabel label = new JLabel("  powers:");
                styled.add(label);
                factions.add(label);
            }
            JButton b = new JButton(scenario.powers().get(p).id());
            b.setToolTipText(scenario.powers().get(p).name() + " (foreign power): click to inspect");
            b.setFocusPainted(false);
            b.setContentAreaFilled(false);
            b.setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
            int index = p;
            b.addActionListener(e -> inspectPower(index));
            factionButtons.add(b);
            factions.add(b);
        }
        header.add(factions, BorderLayout.CENTER);

        JPanel controls = new JPanel(new FlowLayout(FlowLayout.RIGHT, 4, 4));
        controls.setBackground(Color.WHITE);
        if (gui.controller instanceof Console console) {
            controls.add(control("Play", "Start, or step once when paused", console::pressPlay));
            controls.add(control("Pause", "Pause or resume", console::pressPause));
            controls.add(control("Stop", "Stop; Play then restarts with the seed in the Console", console::pressStop));
        }
        presentation.setSelected(gui.style().presentation());
        presentation.setToolTipText("Large fonts, map and charts filling the screen");
        presentation.addActionListener(e -> gui.setPresentation(presentation.isSelected()));
        controls.add(presentation);
        styled.add(presentation);
        header.add(controls, BorderLayout.EAST);
        return header;
    }

    private JButton control(String text, String tip, Runnable action) {
        JButton b = new JButton(text);
        b.setToolTipText(tip);
        b.addActionListener(e -> action.run());
        styled.add(b);
        return b;
    }

    /** Opens the inspector of a faction in the Console's inspector list. */
    sim.portrayal.Inspector inspectFaction(int f) {
        return show(AgentInspectors.faction(gui.model().factions().get(f), gui),
                "Faction " + scenario.factions().get(f).id());
    }

    /** Opens the inspector of a foreign power in the Console's inspector list. */
    sim.portrayal.Inspector inspectPower(int p) {
        return show(AgentInspectors.power(gui.model().powers().get(p), gui), "Power " + scenario.powers().get(p).id());
    }

    /** Puts an agent's inspector in the Console's inspector list, under a name. */
    private sim.portrayal.Inspector show(sim.portrayal.Inspector inspector, String name) {
        Bag inspectors = new Bag();
        Bag names = new Bag();
        inspectors.add(inspector);
        names.add(name);
        gui.controller.setInspectors(inspectors, names);
        return inspector;
    }

    private void buildMapLegend() {
        List<JLabel> items = new ArrayList<>();
        Palette p = gui.palette();
        int sample = 0;
        for (int f = 0; f < scenario.factions().size(); f++) {
            if (scenario.factions().get(f).kind() != FactionKind.FOREIGN_FORCE) {
                sample = f;
                break;
            }
        }
        items.add(item("held by a faction", swatch(p.faction(sample), 14)));
        items.add(item("fighting today", hatched(p.faction(sample))));
        items.add(item("front line", line(Palette.FRONTLINE, 3f, false)));
        items.add(item("country border", line(Palette.BORDER, 1.5f, false)));
        items.add(item("province border", line(Palette.PROVINCE, 1f, true)));
        items.add(item("lake or sea", swatch(Palette.WATER, 14)));
        items.add(item("neighbouring country", swatch(Palette.FOREIGN_LAND, 14)));
        boolean cities = scenario.world().places().stream().anyMatch(pl -> pl.kind() == PlaceKind.CITY);
        if (cities) {
            items.add(item("city", Symbol.SQUARE.icon(14, Color.BLACK, Color.WHITE)));
        }
        items.add(item(cities ? "town, other place" : "town", Symbol.CIRCLE.icon(14, Color.WHITE, Color.BLACK)));
        for (int m = 0; m < scenario.minerals().size(); m++) {
            MineralSpec ms = scenario.minerals().get(m);
            items.add(item(ms.id() + " mine", Symbol.mineral(m).icon(13, Palette.mineral(ms.id(), m), Color.BLACK)));
        }
        mapLegend.setLayout(new GridLayout(0, 3, 4, 2));
        mapLegend.setBackground(Color.WHITE);
        mapLegend.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        for (JLabel l : items) {
            mapLegend.add(l);
        }
    }

    private JLabel item(String text, Icon icon) {
        JLabel l = new JLabel(text, icon, JLabel.LEFT);
        l.setIconTextGap(6);
        styled.add(l);
        return l;
    }

    static Icon swatch(Color c, int size) {
        return new Icon() {
            @Override
            public void paintIcon(Component comp, Graphics g, int x, int y) {
                g.setColor(c);
                g.fillRect(x, y, size, size);
                g.setColor(Color.DARK_GRAY);
                g.drawRect(x, y, size - 1, size - 1);
            }

            @Override
            public int getIconWidth() {
                return size;
            }

            @Override
            public int getIconHeight() {
                return size;
            }
        };
    }

    private static Icon hatched(Color c) {
        return new Icon() {
            @Override
            public void paintIcon(Component comp, Graphics g, int x, int y) {
                Graphics2D g2 = (Graphics2D) g.create();
                g2.setColor(c);
                g2.fillRect(x, y, 14, 14);
                g2.translate(x, y);
                g2.setPaint(ContestedPortrayal.hatch(4, 1.8f));
                g2.fillRect(0, 0, 14, 14);
                g2.setColor(Color.DARK_GRAY);
                g2.drawRect(0, 0, 13, 13);
                g2.dispose();
            }

            @Override
            public int getIconWidth() {
                return 14;
            }

            @Override
            public int getIconHeight() {
                return 14;
            }
        };
    }

    /** A swatch of a faction: its colour as a block with its chart line under it. */
    private static Icon line(Color c, BasicStroke stroke) {
        return new Icon() {
            @Override
            public void paintIcon(Component comp, Graphics g, int x, int y) {
                Graphics2D g2 = (Graphics2D) g.create();
                g2.setColor(c);
                g2.fillRect(x, y, 22, 10);
                g2.setStroke(new BasicStroke(2f, stroke.getEndCap(), stroke.getLineJoin(), stroke.getMiterLimit(),
                        stroke.getDashArray(), 0f));
                g2.drawLine(x, y + 14, x + 22, y + 14);
                g2.dispose();
            }

            @Override
            public int getIconWidth() {
                return 22;
            }

            @Override
            public int getIconHeight() {
                return 16;
            }
        };
    }

    private static Icon line(Color c, float width, boolean dashed) {
        return new Icon() {
            @Override
            public void paintIcon(Component comp, Graphics g, int x, int y) {
                Graphics2D g2 = (Graphics2D) g.create();
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g2.setColor(c);
                g2.setStroke(dashed ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                        new float[] {3, 2}, 0f) : new BasicStroke(width));
                g2.drawLine(x, y + 7, x + 18, y + 7);
                g2.dispose();
            }

            @Override
            public int getIconWidth() {
                return 18;
            }

            @Override
            public int getIconHeight() {
                return 14;
            }
        };
    }

    /** Scales the map so the whole of it fits the space it has (without scroll bars). */
    void fitMap() {
        Display2D d = gui.map().display();
        java.awt.Insets in = d.display.getInsets();
        Dimension avail = new Dimension(d.display.getWidth() - in.left - in.right,
                d.display.getHeight() - in.top - in.bottom);
        if (avail.width <= 0 || avail.height <= 0) {
            return;
        }
        double scale = Math.min(avail.width / d.insideDisplay.width, avail.height / d.insideDisplay.height);
        d.setScale(Math.max(0.1, Math.floor(scale * 100) / 100));
    }

    /** Shows the last completed day ({@code -1}: not started) in the header. */
    public void showDay(int day) {
        ConflictModel m = gui.model();
        int days = gui.setup().days();
        String seed = "master seed " + gui.masterSeed()
                + (gui.setup().sets().isEmpty() ? "" : ", with --set " + String.join(" ", gui.setup().sets()));
        if (day < 0) {
            date.setText(Format.longDate(scenario.start()));
            about.setText(scenario.id() + ": start of the run (" + days + " days), " + seed
                    + ". Press Play.");
        } else {
            date.setText(Format.longDate(scenario.start().plusDays(day)));
            about.setText(scenario.id() + ": day " + (day + 1) + " of " + days + ", " + seed
                    + (m.schedule.getSteps() >= days ? ". End of the run." : ""));
        }
    }

    /** Sets fonts for a style. */
    public void applyStyle(Style s) {
        date.setFont(s.dateFont());
        about.setFont(s.plain());
        for (JComponent c : styled) {
            c.setFont(s.plain());
        }
        for (JButton b : factionButtons) {
            b.setFont(s.bold());
        }
        for (LiveChart c : gui.charts().all()) {
            c.applyStyle(s);
        }
        gui.ticker().applyStyle(s);
        frame.getContentPane().revalidate();
        frame.getContentPane().repaint();
        gui.map().display().repaint();
    }

    /**
     * Presentation mode on: large fonts and the window filling the screen, map and charts side by side;
     * off: the desk layout and size again.
     */
    public void setPresentation(boolean on) {
        presentation.setSelected(on);
        applyStyle(Style.of(on));
        if (on) {
            if (deskBounds == null || !frame.getBounds().equals(screen())) {
                deskBounds = frame.getBounds();
            }
            frame.setBounds(screen());
            frame.setExtendedState(JFrame.MAXIMIZED_BOTH);
            split.setResizeWeight(PRESENTATION_SPLIT);
        } else {
            frame.setExtendedState(JFrame.NORMAL);
            if (deskBounds != null) {
                frame.setBounds(deskBounds);
            }
            split.setResizeWeight(DESK_SPLIT);
        }
        split.setDividerLocation((int) (frame.getWidth() * split.getResizeWeight()));
        frame.toFront();
        frame.validate();
        javax.swing.SwingUtilities.invokeLater(this::fitMap);
    }

    private static Rectangle screen() {
        return GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
    }

    /** The window. */
    public JFrame frame() {
        return frame;
    }

    /** The text of the date readout (for tests). */
    public String dateText() {
        return date.getText();
    }

    /** Closes the window. */
    public void dispose() {
        frame.dispose();
    }
}
