package org.emplaw.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.PayBasis;
import org.emplaw.core.facts.PayPeriod;
import org.junit.jupiter.api.Test;

class RecordMapperTest {
    @Test
    void readsNestedRecordsWithExactDecimalsFromYaml() {
        Object doc = Yaml.load("""
                id: E1
                work_location: {state: ca, county: Los Angeles, city: Los Angeles}
                employer_headcount: 30
                pay_basis: hourly
                hourly_rate: 15.50
                claimed_exemptions: [Administrative]
                """, "test");
        Employee e = RecordMapper.read(doc, Employee.class, "employees.yaml:1");
        assertThat(e.hourlyRate()).isEqualTo(new BigDecimal("15.50"));
        assertThat(e.workLocation().state()).isEqualTo("CA");
        assertThat(e.workLocation().city()).isEqualTo("los_angeles");
        assertThat(e.payBasis()).isEqualTo(PayBasis.HOURLY);
        assertThat(e.claimedExemptions()).containsExactly("administrative");
    }

    @Test
    void errorsNameTheRecordAndTheField() {
        assertThatThrownBy(() -> RecordMapper.read(Yaml.load("{id: E1, hourly_rate: abc}", "t"), Employee.class, "employees.csv:7"))
                .hasMessageContaining("employees.csv:7").hasMessageContaining("hourly_rate").hasMessageContaining("not a decimal");
        assertThatThrownBy(() -> RecordMapper.read(Yaml.load("{id: E1, hourly_rat: 1}", "t"), Employee.class, "employees.csv:8"))
                .hasMessageContaining("employees.csv:8").hasMessageContaining("hourly_rat").hasMessageContaining("unknown field");
        assertThatThrownBy(() -> RecordMapper.read(Yaml.load("{id: E1, hourly_rate: -3}", "t"), Employee.class, "employees.csv:9"))
                .hasMessageContaining("employees.csv:9").hasMessageContaining("hourly_rate").hasMessageContaining("negative");
        assertThatThrownBy(() -> RecordMapper.read(Yaml.load("{id: P1, employee_id: E1, start: 2024-02-30, end: 2024-03-01}", "t"),
                PayPeriod.class, "pay.jsonl:3")).hasMessageContaining("pay.jsonl:3").hasMessageContaining("start")
                .hasMessageContaining("not a real date");
        assertThatThrownBy(() -> RecordMapper.read(Yaml.load("""
                {id: P1, employee_id: E1, start: 2024-03-01, end: 2024-03-07,
                 days: [{date: 2024-03-02, hours_worked: 25}]}
                """, "t"), PayPeriod.class, "time.csv:4")).hasMessageContaining("hours_worked").hasMessageContaining("between 0 and 24");
    }

    @Test
    void writesRecordsBackAsStablePlainMaps() {
        PayPeriod p = RecordMapper.read(Yaml.load("""
                {id: P1, employee_id: E1, start: 2024-03-01, end: 2024-03-07, workweek_start: sunday,
                 days: [{date: 2024-03-02, hours_worked: 8.5}]}
                """, "t"), PayPeriod.class, "t");
        assertThat(p.workweekStart()).isEqualTo(DayOfWeek.SUNDAY);
        String json = Json.write(p);
        assertThat(json).startsWith("{\"id\":\"P1\",\"employee_id\":\"E1\",\"start\":\"2024-03-01\"")
                .contains("\"hours_worked\":8.5");
        PayPeriod back = RecordMapper.read(Yaml.load(json, "json"), PayPeriod.class, "json");
        assertThat(back).isEqualTo(p);
    }

    @Test
    void inputTextNeverSelectsAJavaType() {
        assertThatThrownBy(() -> Yaml.load("!!java.lang.ProcessBuilder [ls]", "evil.yaml"))
                .isInstanceOf(InputException.class).hasMessageContaining("evil.yaml");
        Object doc = Yaml.load("{kind: java.lang.Runtime, value: 1e999}", "data");
        assertThat(doc).isEqualTo(java.util.Map.of("kind", "java.lang.Runtime", "value", "1e999"));
    }
}
