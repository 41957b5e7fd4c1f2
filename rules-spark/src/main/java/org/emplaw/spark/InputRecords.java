package org.emplaw.spark;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.emplaw.examples.audit.InputRow;
import org.emplaw.examples.audit.InputSchema;
import org.emplaw.examples.audit.RowSource;
import scala.Tuple2;

/**
 * Input rows in the auditor harness's schemas ({@link InputSchema}: employees, positions, time, pay),
 * as a DataFrame that keeps, for every row, where it came from ({@code file:line}) and either its
 * fields or the error that made it unreadable. Every message and every finding then names the same
 * record the in-process audit names.
 *
 * <p>Columns: {@code source} (the schema name), {@code employee_id} (the partition key; null when
 * unreadable), {@code file}, {@code line}, {@code ref} ({@code file:line}, or the reader's name for an
 * unreadable record), {@code fields} (column to text, absent or empty cells left out) and {@code error}.
 */
public final class InputRecords {
    public static final String LINE_COLUMN = "_line";

    public static final StructType SCHEMA = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("employee_id", DataTypes.StringType, true)
            .add("file", DataTypes.StringType, false)
            .add("line", DataTypes.LongType, false)
            .add("ref", DataTypes.StringType, false)
            .add("fields", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), true)
            .add("error", DataTypes.StringType, true);

    private InputRecords() {
    }

    /**
     * Reads one CSV file of the harness (header line first) in parallel. The header is read and checked
     * on the driver exactly as the in-process audit checks it (an unknown or missing required column is
     * a {@link RowSource.HeaderException}); the rows are numbered by their line in the file and parsed
     * slice by slice with the harness's CSV parser, so a malformed row becomes an error naming its line.
     *
     * <p>Limitation: a quoted cell that contains a line break and straddles the boundary between two
     * slices of the file cannot be joined again; such a record becomes error rows (nothing is lost, but the
     * in-process reader would have read it). Read such files with {@code minPartitions = 1}, or as Parquet.
     *
     * @param label the file name used in refs and counts, for example {@code pay.csv}
     */
    public static Dataset<Row> csv(SparkSession spark, String path, String label, InputSchema schema, int minPartitions) {
        JavaRDD<String> lines = spark.sparkContext().textFile(path, Math.max(1, minPartitions)).toJavaRDD();
        String first = firstLine(spark, path, lines);
        List<String> header;
        try (RowSource head = RowSource.of(new StringReader(first == null ? "" : first), label, schema, 0)) {
            header = head.header();
        }
        String source = schema.name();
        JavaPairRDD<String, Long> numbered = lines.zipWithIndex();
        // the schema is named, not captured: it is not serializable, and every JVM has it
        JavaRDD<Row> rows = numbered.mapPartitions(part -> new CsvSlice(part, source, label, schemaNamed(source), header));
        return spark.createDataFrame(rows, SCHEMA);
    }

    /** The header line: read directly when the path is one file (no Spark job), else the first line Spark reads. */
    private static String firstLine(SparkSession spark, String path, JavaRDD<String> lines) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            org.apache.hadoop.fs.FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (fs.getFileStatus(p).isFile()) {
                try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(fs.open(p),
                        java.nio.charset.StandardCharsets.UTF_8))) {
                    return r.readLine();
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(path + ": " + e.getMessage(), e);
        }
        List<String> first = lines.take(1);
        return first.isEmpty() ? null : first.get(0);
    }

    /**
     * Rows of a DataFrame whose columns are the schema's (any column type: values are read as text, as
     * the CSV reader reads them). A column the schema does not know is an error, as in the CSV header,
     * so a misspelt column never vanishes. The line of each row is its {@value #LINE_COLUMN} column when
     * there is one, else its 1-based position in the DataFrame.
     */
    public static Dataset<Row> of(Dataset<Row> df, String label, InputSchema schema) {
        List<String> names = new ArrayList<>();
        boolean hasLine = false;
        int i = 0;
        for (String c : df.columns()) {
            i++;
            if (c.equals(LINE_COLUMN)) {
                hasLine = true;
                continue;
            }
            if (!known(schema, c)) {
                throw new RowSource.HeaderException(label, "column " + i + " '" + c + "'", "unknown column for "
                        + schema.name() + " (known: " + String.join(", ", schema.columns().keySet()) + ")");
            }
            names.add(c);
        }
        for (String r : schema.required()) {
            if (!names.contains(r)) {
                throw new RowSource.HeaderException(label, r, "required column is missing (columns: " + String.join(",", names) + ")");
            }
        }
        List<Column> cols = new ArrayList<>();
        for (String n : names) {
            cols.add(df.col("`" + n + "`").cast(DataTypes.StringType).as(n));
        }
        if (hasLine) {
            cols.add(df.col(LINE_COLUMN).cast(DataTypes.LongType).as(LINE_COLUMN));
        }
        Dataset<Row> text = df.select(cols.toArray(Column[]::new));
        String source = schema.name();
        String[] cn = names.toArray(String[]::new);
        JavaRDD<Row> rows;
        if (hasLine) {
            rows = text.javaRDD().map(r -> record(source, label, r.isNullAt(cn.length) ? 0L : r.getLong(cn.length), cn, r));
        } else {
            rows = text.javaRDD().zipWithIndex().map(t -> record(source, label, t._2() + 1, cn, t._1()));
        }
        return df.sparkSession().createDataFrame(rows, SCHEMA);
    }

    /** Reads a Parquet file or folder of the given schema ({@link #of}). */
    public static Dataset<Row> parquet(SparkSession spark, String path, String label, InputSchema schema) {
        return of(spark.read().parquet(path), label, schema);
    }

    static InputSchema schemaNamed(String name) {
        for (InputSchema s : InputSchema.AUDIT) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("not an audit input: " + name);
    }

    private static boolean known(InputSchema schema, String name) {
        if (schema.columns().containsKey(name)) {
            return true;
        }
        int dot = name.indexOf('.');
        return dot > 0 && schema.columns().containsKey(name.substring(0, dot + 1) + "*") && name.length() > dot + 1;
    }

    private static Row record(String source, String label, long line, String[] names, Row r) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (!r.isNullAt(i)) {
                String v = r.getString(i).strip();
                if (!v.isEmpty()) {
                    fields.put(names[i], v);
                }
            }
        }
        return RowFactory.create(source, fields.get("employee_id"), label, line, label + ":" + line,
                scala.jdk.javaapi.CollectionConverters.asScala(fields), null);
    }

    /** A harness read as a record row. */
    static Row record(String source, String label, RowSource.Read r) {
        if (!r.ok()) {
            return RowFactory.create(source, null, label, lineOf(r.ref()), r.ref(), null, r.error());
        }
        InputRow in = r.row();
        return RowFactory.create(source, in.get("employee_id"), in.file(), in.line(), r.ref(),
                scala.jdk.javaapi.CollectionConverters.asScala(in.fields()), null);
    }

    private static long lineOf(String ref) {
        int colon = ref.lastIndexOf(':');
        try {
            return colon < 0 ? 0 : Long.parseLong(ref.substring(colon + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A record row back as the harness's read. */
    static RowSource.Read read(Row r) {
        String ref = r.getString(4);
        String error = r.getString(6);
        if (error != null) {
            return new RowSource.Read(ref, null, error);
        }
        Map<String, String> fields = new HashMap<>(r.getJavaMap(5));
        return new RowSource.Read(ref, new InputRow(r.getString(2), r.getLong(3), fields), null);
    }

    /** One slice of a numbered CSV file, parsed with the harness's reader; the header line is skipped. */
    private static final class CsvSlice implements Iterator<Row> {
        private final Iterator<Tuple2<String, Long>> lines;
        private final String source;
        private final String label;
        private final InputSchema schema;
        private final List<String> header;
        private RowSource slice;
        private Row next;
        private boolean done;

        CsvSlice(Iterator<Tuple2<String, Long>> lines, String source, String label, InputSchema schema, List<String> header) {
            this.lines = lines;
            this.source = source;
            this.label = label;
            this.schema = schema;
            this.header = header;
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            if (done) {
                return false;
            }
            if (slice == null) {
                if (!lines.hasNext()) {
                    done = true;
                    return false;
                }
                Tuple2<String, Long> first = lines.next();
                LinesReader body;
                long firstLine;
                if (first._2() == 0L) {
                    body = new LinesReader(null, lines);
                    firstLine = 2;
                } else {
                    body = new LinesReader(first._1(), lines);
                    firstLine = first._2() + 1;
                }
                slice = RowSource.ofCsvSlice(new java.io.BufferedReader(body, 1 << 16), label, schema, header, firstLine);
            }
            RowSource.Read r = slice.next();
            if (r == null) {
                done = true;
                return false;
            }
            next = record(source, label, r);
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row r = next;
            next = null;
            return r;
        }
    }

    /** The lines of a slice as one character stream, each line ended by a line feed. */
    static final class LinesReader extends Reader {
        private final Iterator<Tuple2<String, Long>> lines;
        private String current;
        private int pos;

        LinesReader(String first, Iterator<Tuple2<String, Long>> lines) {
            this.lines = lines;
            this.current = first == null ? null : first + "\n";
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (current == null || pos >= current.length()) {
                if (!lines.hasNext()) {
                    return -1;
                }
                current = lines.next()._1() + "\n";
                pos = 0;
            }
            int n = Math.min(len, current.length() - pos);
            current.getChars(pos, pos + n, buf, off);
            pos += n;
            return n;
        }

        @Override
        public void close() {
            // the lines belong to Spark
        }
    }
}
