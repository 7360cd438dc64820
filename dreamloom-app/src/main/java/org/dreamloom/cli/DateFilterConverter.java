package org.dreamloom.cli;

import org.dreamloom.library.store.DreamQuery;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a {@code --from}/{@code --to} date filter: a year, a month or a day that exists (2024, 2024-03, 2024-03-05).
 * Anything else is a command-line error, so that a typo never silently matches no dream.
 */
final class DateFilterConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
        String v = value.strip();
        if (DreamQuery.isDateBound(v)) {
            return v;
        }
        throw new TypeConversionException("'" + value + "' is not a date; write yyyy-mm-dd (or yyyy-mm, or yyyy)");
    }
}
