package org.conflictsim.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A seed on the command line: an unsigned 64-bit number (0 to 18446744073709551615, as manifests and
 * exports write seeds), a negative 64-bit number (the same bits), or either with the {@code s} prefix that
 * exported CSV files use to keep seeds as text.
 */
public final class SeedConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        return parse(value);
    }

    /** The seed's 64 bits; TypeConversionException with the accepted forms when it is none of them. */
    public static long parse(String value) {
        String v = value.trim();
        if (v.startsWith("s")) {
            v = v.substring(1);
        }
        try {
            return v.startsWith("-") ? Long.parseLong(v) : Long.parseUnsignedLong(v);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a seed: expected a whole number from 0 to"
                    + " 18446744073709551615 (as in manifest.json and exported runs.csv, where it may start with s)");
        }
    }
}
