package org.dreamloom.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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
        try {
            if (v.matches("\\d{4}")) {
                return v;
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth.parse(v);
                return v;
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate.parse(v); // strict ISO: 2021-02-29 does not parse
                return v;
            }
        } catch (DateTimeParseException e) {
            // fall through to the message
        }
        throw new TypeConversionException("'" + value + "' is not a date; write yyyy-mm-dd (or yyyy-mm, or yyyy)");
    }
}
