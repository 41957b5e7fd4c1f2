package org.emplaw.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.emplaw.examples.audit.RowSource;
import org.junit.jupiter.api.Test;

/** One sorted partition stream, split back into the join's three sides, in order, whatever side reads first. */
class DemuxTest {
    private static Row row(String source, String employee, long line) {
        String file = source + ".csv";
        return RowFactory.create(source, employee, file, line, file + ":" + line,
                scala.jdk.javaapi.CollectionConverters.asScala(Map.of("employee_id", employee)), null);
    }

    private static List<String> drain(Iterator<RowSource.Read> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(r -> out.add(r.ref()));
        return out;
    }

    @Test
    void each_side_gets_its_own_rows_in_order_and_unreadable_rows_keep_their_error() {
        List<Row> partition = List.of(
                RowFactory.create("time", null, "time.csv", 9L, "time.csv:9", null, "time.csv:9: has 2 cells"),
                row("employees", "E1", 2), row("time", "E1", 2), row("time", "E1", 3), row("pay", "E1", 2),
                row("employees", "E2", 3), row("pay", "E2", 3), row("pay", "E2", 4));
        PartitionRun.Demux d = new PartitionRun.Demux(partition.iterator());
        Iterator<RowSource.Read> pay = d.lane(PartitionRun.Lane.PAY);
        Iterator<RowSource.Read> time = d.lane(PartitionRun.Lane.TIME);
        Iterator<RowSource.Read> employees = d.lane(PartitionRun.Lane.EMPLOYEES);
        assertThat(drain(pay)).containsExactly("pay.csv:2", "pay.csv:3", "pay.csv:4");
        List<RowSource.Read> t = new ArrayList<>();
        time.forEachRemaining(t::add);
        assertThat(t).extracting(RowSource.Read::ref).containsExactly("time.csv:9", "time.csv:2", "time.csv:3");
        assertThat(t.get(0).ok()).isFalse();
        assertThat(t.get(0).error()).contains("has 2 cells");
        assertThat(t.get(1).row().line()).isEqualTo(2);
        assertThat(drain(employees)).containsExactly("employees.csv:2", "employees.csv:3");
    }
}
