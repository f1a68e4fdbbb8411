package org.casus.record.importer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a statement was made, when its sentence says it relative to the report's date: {@code today},
 * {@code yesterday}, {@code on Wednesday} (the last Wednesday on or before the report), {@code on 29 March} or
 * {@code on March 29} (in the report's year, or the year before when that day is still to come). Anything
 * vaguer ({@code earlier this month}, {@code last week}) names no day: the statement keeps the report's date.
 */
final class StatementDates {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December";
    private static final Pattern DAY_MONTH = Pattern.compile("(?i)(?<![\\p{L}\\d])(\\d{1,2}) (" + MONTHS + ")(?![\\p{L}])");
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)(?<![\\p{L}])(" + MONTHS + ") (\\d{1,2})(?![\\d])");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)(?<![\\p{L}])(?:on|last) (Monday|Tuesday|Wednesday"
            + "|Thursday|Friday|Saturday|Sunday)(?![\\p{L}])");
    private static final Pattern YESTERDAY = Pattern.compile("(?i)(?<![\\p{L}])yesterday(?![\\p{L}])");

    private StatementDates() {
    }

    /** The day {@code sentence} names, relative to {@code reported}; null when it names none or no date is known. */
    static LocalDate of(String sentence, LocalDate reported) {
        if (reported == null) {
            return null;
        }
        Matcher m = DAY_MONTH.matcher(sentence);
        if (m.find()) {
            return inYearBefore(Month.valueOf(m.group(2).toUpperCase(Locale.ROOT)), Integer.parseInt(m.group(1)), reported);
        }
        m = MONTH_DAY.matcher(sentence);
        if (m.find()) {
            return inYearBefore(Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)), Integer.parseInt(m.group(2)), reported);
        }
        m = WEEKDAY.matcher(sentence);
        if (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            LocalDate last = reported.with(TemporalAdjusters.previousOrSame(day));
            return m.group().toLowerCase(Locale.ROOT).startsWith("last") && last.equals(reported) ? last.minusWeeks(1) : last;
        }
        return YESTERDAY.matcher(sentence).find() ? reported.minusDays(1) : null;
    }

    /** That day in the report's year, or the year before when it would come after the report; null if no such day. */
    private static LocalDate inYearBefore(Month month, int day, LocalDate reported) {
        if (day < 1 || day > month.maxLength()) {
            return null;
        }
        int year = reported.getYear();
        if (day > month.length(java.time.Year.isLeap(year))) {
            return null;
        }
        LocalDate date = LocalDate.of(year, month, day);
        return date.isAfter(reported) ? (day > month.length(java.time.Year.isLeap(year - 1)) ? null
                : LocalDate.of(year - 1, month, day)) : date;
    }
}
