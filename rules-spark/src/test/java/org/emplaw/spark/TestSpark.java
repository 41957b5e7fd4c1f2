package org.emplaw.spark;

import org.apache.spark.sql.SparkSession;

/** The one SparkSession of the test JVM: local[2], no UI, two shuffle partitions, bound to loopback. */
final class TestSpark {
    private static SparkSession session;

    private TestSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .appName("emplaw-rules-spark-tests")
                    .master("local[2]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.driver.host", "127.0.0.1")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> session.stop(), "stop-test-spark"));
        }
        return session;
    }
}
