package org.sovplan.placement.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Text helpers of reports and sentences: numbers with thousands separators, power in kW below
 * 1 MW and in MW above, and Markdown escaping of text that comes from users (workload and site
 * names, and the sentences that quote them).
 */
final class ReportText {

    /** Characters that could turn a name into markup: HTML, links, code, emphasis, table cells, entities. */
    private static final String MARKDOWN_SPECIAL = "\\`*[]<>|&";

    private ReportText() {
    }

    /** {@code value} with thousands separators and exactly {@code decimals} decimals, e.g. 29,460.8 → "29,461". */
    static String number(double value, int decimals) {
        return String.format(Locale.US, "%,." + decimals + "f", value);
    }

    static String number(long value) {
        return String.format(Locale.US, "%,d", value);
    }

    /** A decimal as stored, with thousands separators, trailing zeros dropped: 2257.920 → "2,257.92". */
    static String number(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        BigDecimal v = value.stripTrailingZeros();
        int scale = Math.max(0, v.scale());
        return String.format(Locale.US, "%,." + scale + "f", v);
    }

    /** Whole US dollars with a sign: 570000 → "$570,000". */
    static String usd(BigDecimal value) {
        return "$" + number(value.setScale(0, RoundingMode.HALF_EVEN));
    }

    /**
     * Power for people: kW below 1 MW ("51.45 kW", "0.06 kW"), MW from 1 MW ("18.2 MW"), to the
     * watt and the kilowatt respectively, trailing zeros dropped; rounded half-even, never up.
     */
    static String power(long watts) {
        long w = Math.max(0, watts);
        if (w < 1_000_000) {
            return number(BigDecimal.valueOf(w, 3)) + " kW";
        }
        return number(BigDecimal.valueOf(w, 6).setScale(3, RoundingMode.HALF_EVEN)) + " MW";
    }

    /** A weight as given: 1 → "1", 2.5 → "2.5". */
    static String weight(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * Text safe to place in Markdown, on one line and in a table cell. Underscores stay as they are,
     * so that codes such as NVIDIA_H100_SXM read well: CommonMark never makes emphasis of an
     * underscore inside a word.
     */
    static String markdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : oneLine(text).toCharArray()) {
            if (MARKDOWN_SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Text on one line: line breaks and tabs become spaces. */
    static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ");
    }
}
