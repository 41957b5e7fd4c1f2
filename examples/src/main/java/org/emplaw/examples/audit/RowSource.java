package org.emplaw.examples.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emplaw.core.io.InputException;
import org.emplaw.core.io.Values;
import org.emplaw.core.io.Yaml;

/**
 * Streams the rows of one input file, CSV (header line first) or JSON Lines (one object per line,
 * the CSV column names as keys). The header is checked against the file's {@link InputSchema}: a
 * missing required column or an unknown column is a {@link HeaderException} naming the file, line and
 * column. A malformed row (wrong number of cells, not a JSON object, unknown key) comes back as a
 * {@link Read} with an error for that row; reading carries on with the next one.
 */
public final class RowSource implements AutoCloseable {
    /** A header problem: the file cannot be read as this kind of input. */
    public static final class HeaderException extends InputException {
        private static final long serialVersionUID = 1L;

        public HeaderException(String record, String field, String problem) {
            super(record, field, problem);
        }
    }

    /** One read: a row, or the error that made the record unreadable. */
    public record Read(String ref, InputRow row, String error) {
        public boolean ok() {
            return row != null;
        }
    }

    private final String file;
    private final InputSchema schema;
    private final Reader reader;
    private final boolean jsonl;
    private final long size;
    private CsvParser csv;
    private List<String> header;
    private BufferedReader lines;
    private long line;
    private long consumed;
    private final Iterator<Read> reads;

    private RowSource(String file, InputSchema schema, Reader reader, boolean jsonl, long size) {
        this.file = file;
        this.schema = schema;
        this.reader = reader;
        this.jsonl = jsonl;
        this.size = size;
        this.reads = null;
    }

    private RowSource(String file, InputSchema schema, Iterator<Read> reads) {
        this.file = file;
        this.schema = schema;
        this.reader = null;
        this.jsonl = false;
        this.size = 0;
        this.reads = reads;
    }

    /** Opens {@code dir/<schema>.csv} or {@code dir/<schema>.jsonl}, whichever exists; {@code null} when neither does. */
    public static RowSource open(Path dir, InputSchema schema) {
        Path csv = dir.resolve(schema.name() + ".csv");
        Path jsonl = dir.resolve(schema.name() + ".jsonl");
        if (Files.isRegularFile(csv) && Files.isRegularFile(jsonl)) {
            throw new HeaderException(dir.toString(), schema.name(), "both " + csv.getFileName() + " and "
                    + jsonl.getFileName() + " exist; keep one");
        }
        Path p = Files.isRegularFile(csv) ? csv : Files.isRegularFile(jsonl) ? jsonl : null;
        if (p == null) {
            return null;
        }
        try {
            return of(utf8(p), p.getFileName().toString(), schema, Files.size(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A UTF-8 reader that never fails on bytes that are not UTF-8: they become U+FFFD, and the row
     * holding them is reported as an error naming the field (see {@link #NOT_UTF8}), so one bad byte
     * costs one row, not the whole audit.
     */
    public static BufferedReader utf8(Path p) throws IOException {
        return new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(p), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)));
    }

    /** The problem reported for a value holding bytes that are not UTF-8. */
    public static final String NOT_UTF8 = "contains bytes that are not UTF-8 (save the file as UTF-8)";

    private Read notUtf8(String ref, Map<String, String> fields) {
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (e.getValue().indexOf('\uFFFD') >= 0) {
                return new Read(ref, null, new InputException(ref, e.getKey(), NOT_UTF8).getMessage());
            }
        }
        return null;
    }

    /** Reads {@code reader}; the name's extension ({@code .jsonl} or else CSV) picks the format. */
    public static RowSource of(Reader reader, String fileName, InputSchema schema, long size) {
        RowSource s = new RowSource(fileName, schema, reader, fileName.endsWith(".jsonl"), size);
        s.start();
        return s;
    }

    /**
     * Rows already read elsewhere (for example by a distributed reader that kept each row's file and
     * line), replayed in order. The reads are not checked again: whoever made them checked the header.
     */
    public static RowSource ofReads(String fileName, InputSchema schema, Iterator<Read> reads) {
        return new RowSource(fileName, schema, java.util.Objects.requireNonNull(reads, "reads"));
    }

    /**
     * The CSV rows of a slice of a file whose header has already been read and checked (with
     * {@link #of} on the header line): {@code body} starts on line {@code firstLine} of the file, so rows
     * and errors name their line in the whole file.
     */
    public static RowSource ofCsvSlice(Reader body, String fileName, InputSchema schema, List<String> header, long firstLine) {
        RowSource s = new RowSource(fileName, schema, body, false, 0);
        s.csv = new CsvParser(body, fileName, firstLine);
        s.header = List.copyOf(header);
        return s;
    }

    /** The checked header (CSV), in file order; empty for JSON Lines and replayed reads. */
    public List<String> header() {
        return header == null ? List.of() : List.copyOf(header);
    }

    public String file() {
        return file;
    }

    /** Fraction of the file read so far (approximate: characters against bytes), 0..1. */
    public double progress() {
        if (size <= 0 || reads != null) {
            return 0;
        }
        long c = jsonl ? consumed : csv.consumed();
        return Math.min(1.0, (double) c / size);
    }

    private void start() {
        if (jsonl) {
            lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
            return;
        }
        csv = new CsvParser(reader, file);
        try {
            List<String> h = csv.next();
            if (h == null) {
                throw new HeaderException(file + ":1", null, "the file is empty; the first line must be the header ("
                        + String.join(",", schema.required()) + ", ...)");
            }
            header = new ArrayList<>();
            for (int i = 0; i < h.size(); i++) {
                String name = h.get(i).strip().replace("\uFEFF", "");
                if (!known(name)) {
                    throw new HeaderException(file + ":1", "column " + (i + 1) + " '" + name + "'", "unknown column for "
                            + schema.name() + " (known: " + String.join(", ", schema.columns().keySet()) + ")");
                }
                if (header.contains(name)) {
                    throw new HeaderException(file + ":1", "column " + (i + 1) + " '" + name + "'", "appears twice");
                }
                header.add(name);
            }
            for (String r : schema.required()) {
                if (!header.contains(r)) {
                    throw new HeaderException(file + ":1", r, "required column is missing (header: " + String.join(",", header) + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean known(String name) {
        if (schema.columns().containsKey(name)) {
            return true;
        }
        int dot = name.indexOf('.');
        return dot > 0 && schema.columns().containsKey(name.substring(0, dot + 1) + "*") && name.length() > dot + 1;
    }

    /** The next read, or {@code null} at the end. */
    public Read next() {
        if (reads != null) {
            return reads.hasNext() ? reads.next() : null;
        }
        try {
            return jsonl ? nextJson() : nextCsv();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private Read nextCsv() throws IOException {
        List<String> cells;
        try {
            cells = csv.next();
        } catch (InputException e) {
            return new Read(e.record(), null, e.getMessage());
        }
        if (cells == null) {
            return null;
        }
        String ref = file + ":" + csv.recordLine();
        if (cells.size() != header.size()) {
            return new Read(ref, null, ref + ": has " + cells.size() + " cells but the header has " + header.size()
                    + " columns" + (cells.size() < header.size() ? " (missing column '" + header.get(cells.size()) + "')" : ""));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i).strip();
            if (!v.isEmpty()) {
                fields.put(header.get(i), v);
            }
        }
        Read bad = notUtf8(ref, fields);
        if (bad != null) {
            return bad;
        }
        return new Read(ref, new InputRow(file, csv.recordLine(), fields), null);
    }

    private Read nextJson() throws IOException {
        String text;
        do {
            text = lines.readLine();
            if (text == null) {
                return null;
            }
            line++;
            consumed += text.length() + 1;
        } while (text.isBlank());
        String ref = file + ":" + line;
        Object doc;
        try {
            doc = Yaml.load(text, ref);
        } catch (InputException e) {
            return new Read(ref, null, e.getMessage());
        }
        if (!(doc instanceof Map<?, ?> m)) {
            return new Read(ref, null, ref + ": is not a JSON object");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String k = String.valueOf(e.getKey());
            if (!known(k)) {
                return new Read(ref, null, new InputException(ref, k, "unknown key for " + schema.name() + " (known: "
                        + String.join(", ", schema.columns().keySet()) + ")").getMessage());
            }
            Object v = e.getValue();
            if (v instanceof Map<?, ?> || v instanceof List<?>) {
                return new Read(ref, null, new InputException(ref, k, "expected a single value").getMessage());
            }
            if (!Values.isAbsent(v)) {
                fields.put(k, String.valueOf(v).strip());
            }
        }
        for (String r : schema.required()) {
            if (!fields.containsKey(r)) {
                return new Read(ref, null, new InputException(ref, r, "is required").getMessage());
            }
        }
        Read bad = notUtf8(ref, fields);
        if (bad != null) {
            return bad;
        }
        return new Read(ref, new InputRow(file, line, fields), null);
    }

    @Override
    public void close() {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
