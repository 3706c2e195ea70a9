package org.conflictsim.model.world;

import java.util.Locale;
import java.util.MissingResourceException;

/** English names of ISO 3166 alpha-3 country codes, as the JDK knows them, for charts and the GUI. */
public final class CountryNames {
    private CountryNames() {
    }

    /**
     * The English name of an alpha-3 code ({@code TZA}: "Tanzania"), any case; the code itself when it is not
     * one (a synthetic map's made-up country such as {@code MAIN}).
     */
    public static String of(String iso3) {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale l = new Locale("", alpha2);
            try {
                if (iso3.equalsIgnoreCase(l.getISO3Country())) {
                    return l.getDisplayCountry(Locale.UK);
                }
            } catch (MissingResourceException e) {
                // no alpha-3 code for this alpha-2 code: not the one looked for
            }
        }
        return iso3;
    }
}
