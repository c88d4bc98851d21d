package org.psoexplorer.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks the two publication details of a source that have a form to keep: the date
 * (ISO 8601, as precise as known) and the DOI. Citation styles print them, so a date that does not
 * exist or disagrees with the year, or a DOI given as a link, is reported where it stands.
 */
final class SourceDetails {

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");

    private final String date;
    private final String doi;

    SourceDetails(Fields f, Reporter reporter, Integer year) {
        this.date = date(f, reporter, year);
        this.doi = doi(f, reporter);
    }

    String date() {
        return date;
    }

    String doi() {
        return doi;
    }

    private static String date(Fields f, Reporter reporter, Integer year) {
        String value = f.string("date", false);
        if (value == null) {
            return null;
        }
        Matcher m = DATE.matcher(value.strip());
        if (!m.matches() || !exists(m)) {
            reporter.error(f.at("date"), f.child("date"), Message.of("date.invalid", value), Message.of("date.hint.form"));
            return null;
        }
        if (year != null && Integer.parseInt(m.group(1)) != year) {
            reporter.error(f.at("date"), f.child("date"), Message.of("date.otherYear", value, String.valueOf(year)),
                    Message.of("date.hint.otherYear"));
            return null;
        }
        return value.strip();
    }

    private static boolean exists(Matcher m) {
        try {
            int y = Integer.parseInt(m.group(1));
            if (m.group(3) != null) {
                LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } else if (m.group(2) != null) {
                YearMonth.of(y, Integer.parseInt(m.group(2)));
            }
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static String doi(Fields f, Reporter reporter) {
        String value = f.string("doi", false);
        if (value == null) {
            return null;
        }
        if (!DOI.matcher(value.strip()).matches()) {
            reporter.error(f.at("doi"), f.child("doi"), Message.of("doi.invalid", value), Message.of("doi.hint"));
            return null;
        }
        return value.strip();
    }
}
