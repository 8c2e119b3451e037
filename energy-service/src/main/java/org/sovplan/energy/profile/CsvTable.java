package org.sovplan.energy.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.sovplan.common.problem.Problem.FieldError;

/**
 * A small, strict CSV reader for imports: a header naming exactly the expected columns (in any
 * order), then one record per line, comma-separated, cells optionally in double quotes without
 * embedded commas or quotes. Blank lines are skipped. Every finding is collected as a
 * {@link FieldError} on {@code rows[i].column} (i counts data rows from 0) so that one answer
 * lists all the faults of a file; nothing is thrown here.
 */
final class CsvTable {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");

    private final String[] columns;
    private final List<Record> records = new ArrayList<>();
    private final List<FieldError> errors = new ArrayList<>();

    /** One data row: its index among data rows, its line in the file, and its cells in column order. */
    record Record(int index, int line, String[] cells) {

        String field(String column) {
            return "rows[" + index + "]." + column;
        }
    }

    private CsvTable(String[] columns) {
        this.columns = columns;
    }

    static CsvTable parse(String text, String... columns) {
        CsvTable table = new CsvTable(columns);
        table.read(text == null ? "" : text);
        return table;
    }

    List<Record> records() {
        return records;
    }

    List<FieldError> errors() {
        return errors;
    }

    void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** A decimal at least 0 and at most {@code max}; null (and an error) otherwise. */
    Double decimal(Record record, String column, double max) {
        String cell = cell(record, column);
        if (cell == null) {
            return null;
        }
        if (!DECIMAL.matcher(cell).matches()) {
            error(record.field(column), "'" + cell + "' is not a number (line " + record.line() + ")");
            return null;
        }
        double value = Double.parseDouble(cell);
        return inRange(record, column, value, 0, max) ? value : null;
    }

    /** A whole number within [min, max]; null (and an error) otherwise. */
    Integer whole(Record record, String column, int min, int max) {
        String cell = cell(record, column);
        if (cell == null) {
            return null;
        }
        if (!WHOLE.matcher(cell).matches()) {
            error(record.field(column), "'" + cell + "' is not a whole number (line " + record.line() + ")");
            return null;
        }
        int value = Integer.parseInt(cell);
        return inRange(record, column, value, min, max) ? value : null;
    }

    /** The trimmed cell, or null (and an error) when it is empty. */
    String cell(Record record, String column) {
        String cell = record.cells()[Arrays.asList(columns).indexOf(column)];
        if (cell.isEmpty()) {
            error(record.field(column), "is missing (line " + record.line() + ")");
            return null;
        }
        return cell;
    }

    private boolean inRange(Record record, String column, double value, double min, double max) {
        if (value < min || value > max) {
            String bound = min == 0 && value < 0 ? "must be 0 or more" : "must be between " + fmt(min) + " and " + fmt(max);
            error(record.field(column), bound + ", was " + fmt(value) + " (line " + record.line() + ")");
            return false;
        }
        return true;
    }

    private void read(String text) {
        String[] lines = text.replace("\uFEFF", "").split("\r?\n", -1);
        int[] order = null;
        int dataIndex = 0;
        for (int n = 0; n < lines.length; n++) {
            if (lines[n].isBlank()) {
                continue;
            }
            String[] cells = split(lines[n]);
            if (order == null) {
                order = header(cells, n + 1);
                if (order == null) {
                    return;
                }
                continue;
            }
            int index = dataIndex++;
            if (cells == null) {
                error("rows[" + index + "]", "malformed CSV: quotes must enclose a whole cell (line " + (n + 1) + ")");
            } else if (cells.length != columns.length) {
                error("rows[" + index + "]", "expected " + columns.length + " cells, found " + cells.length
                        + " (line " + (n + 1) + ")");
            } else {
                String[] ordered = new String[columns.length];
                for (int c = 0; c < columns.length; c++) {
                    ordered[c] = cells[order[c]];
                }
                records.add(new Record(index, n + 1, ordered));
            }
        }
        if (order == null) {
            error("header", "the file is empty; expected a header line: " + String.join(",", columns));
        }
    }

    /** For each expected column, where it stands in the file; null (and an error) when the header is wrong. */
    private int[] header(String[] cells, int line) {
        List<String> found = cells == null ? List.of()
                : Arrays.stream(cells).map(c -> c.toLowerCase(Locale.ROOT)).toList();
        int[] order = new int[columns.length];
        for (int c = 0; c < columns.length; c++) {
            order[c] = found.indexOf(columns[c].toLowerCase(Locale.ROOT));
        }
        if (found.size() != columns.length || Arrays.stream(order).anyMatch(i -> i < 0)) {
            error("header", "line " + line + " must name the columns " + String.join(",", columns)
                    + (cells == null ? "" : ", found " + String.join(",", cells)));
            return null;
        }
        return order;
    }

    /** The trimmed cells of a line, or null when its quoting is malformed. */
    private static String[] split(String line) {
        String[] cells = line.split(",", -1);
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i].trim();
            if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
                cell = cell.substring(1, cell.length() - 1).trim();
            }
            if (cell.indexOf('"') >= 0) {
                return null;
            }
            cells[i] = cell;
        }
        return cells;
    }

    private static String fmt(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
