package org.emplaw.spark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.emplaw.core.EvaluationResult;
import org.emplaw.core.Receipt;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.ParameterUse;
import org.emplaw.core.io.Json;
import org.emplaw.examples.audit.Ledger;
import org.emplaw.examples.report.AuditTotals;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The output rows of a run. One row per top-level finding (as in the audit's {@code findings.csv}),
 * one per rejected record (as in {@code errors.csv}) and, per file, the ledger's counts.
 *
 * <p>Amounts are text in plain notation ({@code BigDecimal.toPlainString()}): a Spark decimal has a fixed
 * scale and would round figures the law does not round. Cast them ({@code cast(value as decimal(38,10))})
 * where a fixed scale is fine. {@code finding_json} is the whole finding (parts, parameters with dates and
 * citations, facts read) in the library's JSON form; the receipt columns are those of the evaluation the
 * finding belongs to.
 */
public final class OutputRows {
    private static final StructType AMOUNT = new StructType()
            .add("name", DataTypes.StringType, false)
            .add("value", DataTypes.StringType, false)
            .add("unit", DataTypes.StringType, false)
            .add("computation", DataTypes.StringType, false);

    private static final StructType MODULE = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("version", DataTypes.StringType, true)
            .add("rules_hash", DataTypes.StringType, false);

    private static final ArrayType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

    /** A finding, with where its evaluation came from and its receipt. */
    public static final StructType FINDING = new StructType()
            .add("record", DataTypes.StringType, false)
            .add("employee_id", DataTypes.StringType, false)
            .add("pay_period_id", DataTypes.StringType, true)
            .add("as_of", DataTypes.DateType, false)
            .add("subject", DataTypes.StringType, false)
            .add("rule_id", DataTypes.StringType, false)
            .add("rule_name", DataTypes.StringType, false)
            .add("question", DataTypes.StringType, false)
            .add("outcome", DataTypes.StringType, false)
            .add("reason", DataTypes.StringType, false)
            .add("owed", DataTypes.StringType, true)
            .add("amounts", DataTypes.createArrayType(AMOUNT, false), false)
            .add("citations", STRINGS, false)
            .add("parameters", STRINGS, false)
            .add("missing", STRINGS, false)
            .add("choices", STRINGS, false)
            .add("warnings", STRINGS, false)
            .add("library_version", DataTypes.StringType, false)
            .add("modules", DataTypes.createArrayType(MODULE, false), false)
            .add("input_hash", DataTypes.StringType, false)
            .add("findings_hash", DataTypes.StringType, false)
            .add("finding_json", DataTypes.StringType, false);

    /** A rejected record (or several rows rejected together): the file, how many rows, the first row, the problem. */
    public static final StructType ERROR = new StructType()
            .add("file", DataTypes.StringType, false)
            .add("record", DataTypes.StringType, false)
            .add("rows", DataTypes.LongType, false)
            .add("problem", DataTypes.StringType, false);

    /** A file's counts: read = evaluated (loaded, for positions) + errors. */
    public static final StructType COUNT = new StructType()
            .add("file", DataTypes.StringType, false)
            .add("read", DataTypes.LongType, false)
            .add("evaluated", DataTypes.LongType, false)
            .add("errors", DataTypes.LongType, false);

    static final String KIND_FINDING = "finding";
    static final String KIND_ERROR = "error";
    static final String KIND_COUNT = "count";

    /** What a partition returns: one of the three, tagged. */
    static final StructType OUT = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("finding", FINDING, true)
            .add("error", ERROR, true)
            .add("count", COUNT, true);

    private OutputRows() {
    }

    /**
     * A finding as a row (the columns of {@link #FINDING}).
     *
     * @param javaTimeDates whether the session gives dates as {@code java.time.LocalDate}
     *                      ({@code spark.sql.datetime.java8API.enabled}) rather than {@code java.sql.Date}
     */
    public static Row finding(String record, String employeeId, String periodId, EvaluationResult r, Finding f,
                              boolean javaTimeDates) {
        List<Row> amounts = new ArrayList<>();
        for (Amount a : f.amounts()) {
            amounts.add(RowFactory.create(a.name(), a.value().toPlainString(), a.unit(), a.computation()));
        }
        List<String> params = new ArrayList<>();
        for (ParameterUse p : f.parameters()) {
            params.add(p.label());
        }
        Receipt receipt = r.receipt();
        List<Row> modules = new ArrayList<>();
        for (Receipt.ModuleStamp m : receipt.modules()) {
            modules.add(RowFactory.create(m.id(), m.version(), m.rulesHash()));
        }
        BigDecimal owed = AuditTotals.owed(f);
        LocalDate asOf = r.request().asOf();
        return RowFactory.create(record, employeeId, periodId, javaTimeDates ? asOf : java.sql.Date.valueOf(asOf),
                f.subject(), f.ruleId(), f.ruleName(), f.question(), f.outcome().name(), f.reason(),
                owed.signum() == 0 ? null : owed.toPlainString(), seq(amounts), seq(f.citations()), seq(params),
                seq(f.missing()), seq(f.choices()), seq(f.warnings()), receipt.libraryVersion(), seq(modules),
                receipt.inputHash(), receipt.findingsHash(), Json.write(f));
    }

    public static Row error(Ledger.Error e) {
        return RowFactory.create(e.file(), e.ref(), e.rows(), e.message());
    }

    public static Row count(String file, Ledger.Counts c) {
        return RowFactory.create(file, c.read(), c.evaluated(), c.errors());
    }

    static Row out(String kind, Row row) {
        return RowFactory.create(kind, KIND_FINDING.equals(kind) ? row : null, KIND_ERROR.equals(kind) ? row : null,
                KIND_COUNT.equals(kind) ? row : null);
    }

    private static <T> scala.collection.immutable.Seq<T> seq(List<T> l) {
        return CollectionConverters.asScala(l).toList();
    }
}
