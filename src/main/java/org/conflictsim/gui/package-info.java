/**
 * The desktop GUI: a MASON {@code GUIState} over the same model that runs headless, the map portrayals, the
 * dashboard of live charts, the lever board and inspectors. It reuses the look of the charts (faction palette)
 * from {@code output.charts}; the model does not know the GUI exists.
 */
package org.conflictsim.gui;
