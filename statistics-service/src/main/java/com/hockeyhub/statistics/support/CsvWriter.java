package com.hockeyhub.statistics.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * RFC 4180 CSV, written row by row to the response (nothing is collected in memory): fields with a comma, quote or
 * line break are quoted, quotes doubled; a field starting with {@code = + - @} that is not a number is prefixed with
 * an apostrophe so spreadsheets do not run it as a formula.
 */
public final class CsvWriter {

    private final Writer out;

    public static final String MEDIA_TYPE = "text/csv";

    public CsvWriter(OutputStream stream) {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }

    /** A CSV download as the response body ({@code <name>.csv}). */
    public static CsvWriter to(HttpServletResponse response, String name) {
        response.setContentType(MEDIA_TYPE + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
        try {
            return new CsvWriter(response.getOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CsvWriter row(Object... fields) {
        try {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(escape(fields[i]));
            }
            out.write("\r\n");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escape(Object field) {
        if (field == null) {
            return "";
        }
        String value = field.toString();
        if (!(field instanceof Number) && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0
                && !value.matches("[-+]?\\d+(\\.\\d+)?")) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
