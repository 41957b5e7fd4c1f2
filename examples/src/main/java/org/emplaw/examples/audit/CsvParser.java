package org.emplaw.examples.audit;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.emplaw.core.io.InputException;

/**
 * A streaming RFC 4180 CSV parser: comma separated, fields optionally in double quotes, a doubled
 * quote inside quotes is a quote, quoted fields may span lines. Reads one record at a time, so memory
 * does not grow with the file. Knows the line each record starts on and how many characters it has
 * consumed (for progress).
 */
public final class CsvParser {
    private final Reader in;
    private final String file;
    private long line = 1;
    private long recordLine;
    private long consumed;
    private int pushedBack = -2;

    public CsvParser(Reader in, String file) {
        this(in, file, 1);
    }

    /**
     * Reads {@code in} as the part of {@code file} that starts on line {@code firstLine} (a slice of a
     * larger file, for example one split of it read in parallel), so records are named by their line
     * in the whole file.
     */
    public CsvParser(Reader in, String file, long firstLine) {
        if (firstLine < 1) {
            throw new IllegalArgumentException("the first line of a CSV slice is 1 or more: " + firstLine);
        }
        this.in = in;
        this.file = file;
        this.line = firstLine;
    }

    /** The line the last record returned started on. */
    public long recordLine() {
        return recordLine;
    }

    /** Characters consumed so far. */
    public long consumed() {
        return consumed;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        int c = in.read();
        if (c >= 0) {
            consumed++;
        }
        return c;
    }

    /** The next record's fields, or {@code null} at the end of the file. Blank lines are skipped. */
    public List<String> next() throws IOException {
        while (true) {
            recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder sb = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            boolean any = false;
            int c;
            while (true) {
                c = read();
                if (c < 0) {
                    if (quoted) {
                        throw new InputException(file + ":" + recordLine, null, "a quoted field is not closed before the end of the file");
                    }
                    break;
                }
                any = true;
                if (quoted) {
                    if (c == '"') {
                        int d = read();
                        if (d == '"') {
                            sb.append('"');
                        } else {
                            quoted = false;
                            pushedBack = d;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        sb.append((char) c);
                    }
                } else if (c == '"' && sb.length() == 0 && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    fields.add(sb.toString());
                    sb.setLength(0);
                    wasQuoted = false;
                } else if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        pushedBack = d;
                    }
                    line++;
                    break;
                } else if (c == '\n') {
                    line++;
                    break;
                } else if (wasQuoted) {
                    skipRestOfLine(); // the next record starts on the next line, not in the middle of this one
                    throw new InputException(file + ":" + recordLine, "column " + (fields.size() + 1),
                            "text after a closing quote (quote the whole field and double inner quotes)");
                } else {
                    sb.append((char) c);
                }
            }
            if (!any) {
                return null;
            }
            fields.add(sb.toString());
            if (fields.size() == 1 && fields.get(0).isBlank() && !wasQuoted) {
                if (c < 0) {
                    return null;
                }
                continue; // blank line
            }
            return fields;
        }
    }

    private void skipRestOfLine() throws IOException {
        int c;
        while ((c = read()) >= 0) {
            if (c == '\n') {
                line++;
                return;
            }
        }
    }

    /** Quotes a value for CSV output when it needs it. */
    public static String quote(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
