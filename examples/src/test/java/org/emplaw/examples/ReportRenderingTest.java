package org.emplaw.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.emplaw.core.Emplaw;
import org.emplaw.examples.audit.AuditRun;
import org.emplaw.examples.audit.Places;
import org.emplaw.examples.sample.CompanyGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report opens in headless Chromium and its charts and tables are there (skips with a message when no browser is installed). */
class ReportRenderingTest {
    static Path chromium() {
        for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(c))) {
                return Path.of(c);
            }
        }
        return null;
    }

    @Test
    void the_report_renders_in_headless_chromium_with_its_charts_and_tables(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("in");
        AuditRun.Result r;
        try (Emplaw emplaw = Emplaw.builder().discoverModules().moduleFolder(TestPaths.template()).build()) {
            new CompanyGenerator(emplaw.law(), new CompanyGenerator.Rates(0.3, 0.02, 0.01, 0.01, 0.3)).generate(25, 3, data);
            r = AuditRun.run(emplaw, new AuditRun.Config(data, dir.resolve("out"), null, Map.of(), Places.bundled(), false, 10,
                    "report test"), new PrintStream(java.io.OutputStream.nullOutputStream()));
        }
        String html = Files.readString(r.report());
        assertThat(html).contains("id=\"chart-owed-by-rule\"", "id=\"chart-owed-by-month\"", "id=\"by-rule\"", "id=\"by-employee\"",
                "<details class=\"employee\"", "Every input record accounted for");
        Path browser = chromium();
        assumeTrue(browser != null, "no chromium found (CI installs Debian's chromium through .ci/run): the report was not rendered");
        List<String> cmd = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile"), "--dump-dom", r.report().toUri().toString()));
        Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("chromium.err").toFile()).start();
        String dom = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("chromium.err"))).isZero();
        // the DOM as the browser built it: the charts with bars, the tables with rows
        assertThat(dom).contains("<svg id=\"chart-owed-by-rule\"", "<svg id=\"chart-violations-by-rule\"", "<svg id=\"chart-owed-by-month\"");
        assertThat(dom.split("<g class=\"bar\">").length - 1).isGreaterThan(3);
        assertThat(dom).contains("<table class=\"rules\">", "<table class=\"employees\">", "<table class=\"findings\">");
        assertThat(dom).contains("us-ca-berkeley.minimum-wage.pay-period");
    }
}
