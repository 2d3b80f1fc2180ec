package org.treatywatch.extract.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.NoSuchElementException;
import org.treatywatch.core.document.Document;

/**
 * Documents from JSON Lines: one object a line with a string {@code text}, and optional
 * {@code id} (string or number; else {@code NAME#LINE}), {@code title}, {@code published} (ISO
 * date or date-time), {@code url} and {@code outlet}; other fields are ignored. Blank lines are
 * skipped. The file is UTF-8 (jsonlines.org); invalid bytes become U+FFFD.
 *
 * <p>Lines are split on bytes, so a line longer than the size limit is skipped without being held
 * in memory, and reported as that line's problem; the lines after it are still read.
 */
final class JsonLinesStream implements DocumentStream {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputStream in;
    private final String name;
    private final long maxBytes;
    private final byte[] buffer = new byte[65536];
    private int pos;
    private int limit;
    private byte[] line = new byte[8192];
    private int lineLength;
    private int lineNumber;
    private boolean eof;
    private boolean lineReady;

    JsonLinesStream(InputStream in, String name, long maxBytes) {
        this.in = in;
        this.name = name;
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean hasNext() {
        while (!lineReady && !eof) {
            readLine();
        }
        return lineReady;
    }

    @Override
    public Document next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        lineReady = false;
        String source = name + ":" + lineNumber;
        if (lineLength < 0) {
            throw new InputException(source, "the line is longer than the " + Sizes.format(maxBytes)
                    + " limit per document; split the document or raise the limit (--max-doc-size)");
        }
        int start = lineNumber == 1 && lineLength >= 3 && (line[0] & 0xFF) == 0xEF
                && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF ? 3 : 0;
        String json = new String(line, start, lineLength - start, StandardCharsets.UTF_8);
        return parse(json, source);
    }

    private Document parse(String json, String source) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InputException(source, "not valid JSON (" + e.getOriginalMessage()
                    + "); each line must be one object like {\"id\": \"a1\", \"text\": \"...\"}");
        }
        if (node == null || !node.isObject()) {
            throw new InputException(source, "each line must be a JSON object like {\"id\": \"a1\", \"text\": \"...\"}");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            throw new InputException(source, "the object has no string field \"text\"");
        }
        JsonNode id = node.get("id");
        String docId;
        if (id == null || id.isNull()) {
            docId = name + "#" + lineNumber;
        } else if (id.isTextual() || id.isNumber()) {
            docId = id.asText();
        } else {
            throw new InputException(source, "\"id\" must be a string or a number");
        }
        LocalDate published = null;
        String date = optionalString(node, "published", source);
        if (date != null) {
            try {
                published = Dates.parseIso(date);
            } catch (DateTimeException e) {
                throw new InputException(source, "\"published\" is \"" + date + "\", " + e.getMessage());
            }
        }
        return new Document(docId, text.asText(), optionalString(node, "title", source), published,
                optionalString(node, "url", source), optionalString(node, "outlet", source));
    }

    private static String optionalString(JsonNode node, String field, String source) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InputException(source, "\"" + field + "\" must be a string");
        }
        return value.asText();
    }

    /** Reads the next line into {@code line}; {@code lineLength} is -1 when it was over the limit. */
    private void readLine() {
        lineLength = 0;
        boolean tooLong = false;
        boolean any = false;
        boolean newline = false;
        while (!newline) {
            if (pos == limit && !fill()) {
                eof = true;
                break;
            }
            any = true;
            int from = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            int chunk = pos - from;
            if (pos < limit) {
                newline = true;
                pos++;
            }
            if (tooLong || lineLength + (long) chunk > maxBytes) {
                tooLong = true;
                continue;
            }
            if (lineLength + chunk > line.length) {
                line = Arrays.copyOf(line, (int) Math.min(maxBytes, Math.max(2L * line.length, lineLength + chunk)));
            }
            System.arraycopy(buffer, from, line, lineLength, chunk);
            lineLength += chunk;
        }
        if (!any) {
            return;
        }
        lineNumber++;
        if (tooLong) {
            lineLength = -1;
            lineReady = true;
            return;
        }
        if (lineLength > 0 && line[lineLength - 1] == '\r') {
            lineLength--;
        }
        lineReady = !isBlank();
    }

    private boolean fill() {
        try {
            int n = in.read(buffer);
            if (n <= 0) {
                return false;
            }
            pos = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            throw new InputException(name, "cannot be read: " + e.getMessage());
        }
    }

    private boolean isBlank() {
        for (int i = 0; i < lineLength; i++) {
            byte c = line[i];
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // Nothing was written; a failed close loses nothing.
        }
    }
}
