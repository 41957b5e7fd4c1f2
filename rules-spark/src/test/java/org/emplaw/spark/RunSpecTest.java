package org.emplaw.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.emplaw.core.Emplaw;
import org.junit.jupiter.api.Test;

/** What is broadcast is plain data, and an executor that loaded other modules than the driver refuses to run. */
class RunSpecTest {
    @Test
    void a_run_description_survives_java_serialization_unchanged() throws Exception {
        RunSpec spec = RunSpec.defaults().withModules("us-ca-wage").withAsOf(LocalDate.of(2025, 12, 31))
                .withOption("k", "v").withOverlay("parameters: []\n", "overlay.yaml").withTuning(2, 64)
                .resolved(List.of("us-ca-wage"), List.of(new RunSpec.Stamp("us-ca-wage", "2026.11.0", "abc")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
            o.writeObject(spec);
        }
        Object back;
        try (ObjectInputStream i = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = i.readObject();
        }
        assertThat(back).isEqualTo(spec);
        assertThat(bytes.size()).as("a few strings, never a KieBase").isLessThan(4_000);
    }

    @Test
    void an_executor_with_other_module_versions_than_the_driver_refuses_to_evaluate() {
        RunSpec requested = RunSpec.defaults().withModules("us-ca-wage");
        Emplaw here = Evaluators.of(requested);
        List<RunSpec.Stamp> stamps = Evaluators.stamps(here);
        assertThat(Evaluators.of(requested.resolved(List.of("us-ca-wage"), stamps))).isNotNull();
        List<RunSpec.Stamp> other = new ArrayList<>();
        for (RunSpec.Stamp s : stamps) {
            other.add(new RunSpec.Stamp(s.id(), s.version(), "0".repeat(64)));
        }
        assertThatThrownBy(() -> Evaluators.of(requested.resolved(List.of("us-ca-wage"), other)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("other rule modules than the driver").hasMessageContaining(stamps.get(0).rulesHash());
    }

    @Test
    void a_chunk_size_below_one_is_refused() {
        assertThatThrownBy(() -> RunSpec.defaults().withTuning(0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chunk size");
    }
}
