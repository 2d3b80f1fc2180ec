package org.treatywatch.core.participation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference tables' CSV: RFC 4180 (fields may be quoted with {@code "}, quotes doubled inside),
 * a header line naming the columns, UTF-8. Lines whose first field starts with {@code #} are
 * comments, so analysts can annotate the tables they edit. Errors name the file and line.
 */
final class Csv {
    /** One data row, read by column name. */
    record Row(String file, int line, Map<String, String> fields) {
        String get(String column) {
            String v = fields.get(column);
            if (v == null) {
                throw new IllegalArgumentException(file + ": no column '" + column + "'");
            }
            return v.strip();
        }

        String required(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                throw new IllegalArgumentException(where() + column + " is empty");
            }
            return v;
        }

        LocalDate date(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(where() + column + " is not an ISO date (YYYY-MM-DD): " + v, e);
            }
        }

        String where() {
            return file + " line " + line + ": ";
        }
    }

    private Csv() {}

    static List<Row> read(String file, Reader reader) throws IOException {
        List<List<String>> records = parse(new BufferedReader(reader));
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        int line = 0;
        for (List<String> record : records) {
            line++;
            if (record.size() == 1 && record.getFirst().isBlank() || record.getFirst().startsWith("#")) {
                continue;
            }
            if (header == null) {
                header = record.stream().map(String::strip).toList();
                continue;
            }
            if (record.size() != header.size()) {
                throw new IllegalArgumentException(file + " line " + line + ": expected " + header.size()
                        + " fields, got " + record.size());
            }
            Map<String, String> fields = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                fields.put(header.get(i), record.get(i));
            }
            rows.add(new Row(file, line, fields));
        }
        if (header == null) {
            throw new IllegalArgumentException(file + ": no header line");
        }
        return rows;
    }

    /** Splits into records of fields; a quoted field may hold commas, quotes and line breaks. */
    private static List<List<String>> parse(BufferedReader reader) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int c;
        while ((c = reader.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else if (ch != '\r') {
                field.append(ch);
            }
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
