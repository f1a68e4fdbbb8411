package org.casus.record.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.casus.record.Databases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Opening a record runs Flyway only when its history lacks a migration. */
class RecordStoreTest {
    static Stream<String> databases() {
        return Databases.kinds();
    }

    @org.junit.jupiter.api.Test
    void the_schema_version_is_the_newest_migration() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertThat(RecordStore.SCHEMA_VERSION).isEqualTo(newest);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_record_is_up_to_date_once_opened_and_not_when_a_migration_is_missing_or_failed(String kind)
            throws Exception {
        String url = Databases.fresh(kind);
        assertThat(RecordStore.upToDate(url)).as("a new database").isFalse();
        RecordStore.open(url);
        assertThat(RecordStore.upToDate(url)).isTrue();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("update \"flyway_schema_history\" set \"success\" = false where \"version\" = '2'");
        }
        assertThat(RecordStore.upToDate(url)).as("a failed migration").isFalse();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("delete from \"flyway_schema_history\" where \"version\" = '2'");
        }
        assertThat(RecordStore.upToDate(url)).as("a missing migration").isFalse();
    }
}
