package org.conflictsim.gui;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * The model inspector of the GUI: the {@link LeverBoard}'s levers as MASON property widgets (menus, sliders,
 * check boxes) in reading order, and four buttons that fire an event at once: impose sanctions, freeze aid,
 * sign the deal, declare a ceasefire. A lever the model refuses is reported in the ticker.
 */
public final class LeverInspector extends Inspector {
    private static final long serialVersionUID = 1L;
    private final SimpleInspector properties;
    private final BeanProperties levers;

    /**
     * @param board    the levers
     * @param gui      the GUI state (MASON's inspectors need it)
     * @param refusals receives the message of a lever the model refuses
     */
    public LeverInspector(LeverBoard board, GUIState gui, Consumer<String> refusals) {
        setLayout(new BorderLayout());
        levers = new BeanProperties(board, refusals, LeverBoard.order());
        properties = new SimpleInspector(levers, gui, "Levers");
        JPanel buttons = new JPanel(new GridLayout(0, 2, 4, 4));
        buttons.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        buttons.add(button("Impose sanctions", "A new round of sanctions (severity "
                + LeverBoard.SANCTION_ROUND + ") by the chosen power on the chosen target", board::imposeSanctions,
                refusals));
        buttons.add(button("Freeze aid", "Freezes all aid from the chosen donor to the chosen recipient",
                board::freezeAid, refusals));
        buttons.add(button("Sign the deal", "Switches the chosen minerals-for-security deal on", board::signDeal,
                refusals));
        buttons.add(button("Declare ceasefire", "A ceasefire binding all factions for the chosen number of days",
                board::declareCeasefire, refusals));
        JPanel south = new JPanel(new BorderLayout());
        JLabel hint = new JLabel("<html><i>Each lever takes effect at the start of the next day.</i></html>");
        hint.setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
        south.add(buttons, BorderLayout.CENTER);
        south.add(hint, BorderLayout.SOUTH);
        add(properties, BorderLayout.CENTER);
        add(south, BorderLayout.SOUTH);
        setVolatile(true);
    }

    private JButton button(String text, String tip, Runnable action, Consumer<String> refusals) {
        JButton b = new JButton(text);
        b.setToolTipText(tip);
        b.addActionListener(e -> {
            try {
                action.run();
            } catch (IllegalArgumentException ex) {
                refusals.accept(ex.getMessage());
            }
            updateInspector();
        });
        return b;
    }

    /** Shows the levers' current values; a slider moved by the refresh does not pull its lever. */
    @Override
    public void updateInspector() {
        levers.refreshing(properties::updateInspector);
    }
}
