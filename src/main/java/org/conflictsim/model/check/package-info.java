/** Argument checks of the model's value records, with messages that name the bad value (a leaf package). */
package org.conflictsim.model.check;
