package org.fostergraph.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * How the pages say things, as the GOV.UK style guide says them: dates as "2 December 2026", times as "4:09pm"
 * (UK time), "1 place" and "2 places", money as "£1,234", and the API's codes in words. The pages' templates call
 * it as {@code @words}.
 */
@Component("words")
public class Words {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    /** "2026-12-02" (or a date and time) as "2 December 2026"; blank for nothing, the text itself if it is no date. */
    public String date(Object value) {
        if (value == null || String.valueOf(value).isBlank()) {
            return "";
        }
        String text = String.valueOf(value);
        try {
            return text.length() > 10 ? DAY.format(instant(text).atZone(UK)) : DAY.format(LocalDate.parse(text));
        }
        catch (DateTimeParseException notADate) {
            return text;
        }
    }

    /** An instant as "4 December 2026 at 4:09am", in UK time. */
    public String dateTime(Object value) {
        if (value == null || String.valueOf(value).isBlank()) {
            return "";
        }
        try {
            ZonedDateTime uk = instant(String.valueOf(value)).atZone(UK);
            return DAY.format(uk) + " at " + TIME.format(uk).toLowerCase(Locale.UK);
        }
        catch (DateTimeParseException notADateTime) {
            return String.valueOf(value);
        }
    }

    /** A month end as "November 2026". */
    public String month(Object value) {
        return value == null ? "" : MONTH.format(LocalDate.parse(String.valueOf(value).substring(0, 10)));
    }

    /** A month end as "Nov 2026", for a chart's axis. */
    public String shortMonth(Object value) {
        return value == null ? "" : SHORT_MONTH.format(LocalDate.parse(String.valueOf(value).substring(0, 10)));
    }

    /** "1 place", "2 places": the count and the noun that agrees with it. */
    public String count(Number n, String one, String many) {
        long value = n == null ? 0 : n.longValue();
        return String.format(Locale.UK, "%,d", value) + " " + (value == 1 ? one : many);
    }

    /** Whole pounds with thousands separators: "£1,234". */
    public String pounds(Number amount) {
        return amount == null ? "" : String.format(Locale.UK, "£%,.0f", amount.doubleValue());
    }

    /** Miles to one decimal place: "3.4 miles", "1.0 mile" reads "1 mile". */
    public String miles(Number miles) {
        if (miles == null) {
            return "";
        }
        String rounded = String.format(Locale.UK, "%.1f", miles.doubleValue());
        return rounded + ("1.0".equals(rounded) ? " mile" : " miles");
    }

    /** A share (0.274) as a percentage to one decimal place: "27.4%". */
    public String percent(Number share) {
        return share == null ? "c" : String.format(Locale.UK, "%.1f%%", share.doubleValue() * 100);
    }

    /** An API code (a rule, a factor, a placement type, a need) in words, from {@link Labels}. */
    public String label(Object code) {
        return Labels.of(code);
    }

    static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    /** For tests and callers outside templates. */
    static Map<String, String> labels() {
        return Labels.ALL;
    }
}
