package dev.retort.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.fixtures.shows.ShowsIndex;
import dev.retort.migration.IndexedMigration;
import dev.retort.migration.MigrationIndex;
import dev.retort.sql.Database;
import dev.retort.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The model's exported schema is read when a command needs it, not at every start: a start at head
 * never does, and at 300 entities it is half a megabyte of JSON (a third of such a start).
 */
class ModelSchemaReadTest {

    /** The shows migrations with this export of the model, counting how often it is opened. */
    private static final class CountedExport implements MigrationIndex {
        private final ShowsIndex shows = new ShowsIndex();
        private final byte[] export;
        final AtomicInteger opened = new AtomicInteger();

        CountedExport(byte[] export) {
            this.export = export;
        }

        static CountedExport valid() throws IOException {
            try (InputStream in = ModelSchemaReadTest.class.getClassLoader().getResourceAsStream("expected/shows-model.json")) {
                return new CountedExport(in.readAllBytes());
            }
        }

        static CountedExport damaged() {
            return new CountedExport("{\"tables\": [".getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public List<IndexedMigration> migrations() {
            return shows.migrations();
        }

        @Override
        public String expectedSchemaResource() {
            return "META-INF/retort/schema.json";
        }

        @Override
        public InputStream openExpectedSchema() {
            opened.incrementAndGet();
            return new ByteArrayInputStream(export);
        }

        @Override
        public String toString() {
            return "the shows index";
        }
    }

    private static final String DAMAGED = "cannot read the schema the entity model expects, META-INF/retort/schema.json"
            + " of the shows index ($.tables[0] (line 1, column 13): malformed JSON: the document ends before this value"
            + " does): rebuild the module, whose annotation processor writes it";

    private static Retort retort(TestDatabase db, MigrationIndex index) {
        return new Retort(() -> DriverManager.getConnection(db.url()), db.url(), Migrations.of(List.of(index)),
                Duration.ofSeconds(10), Duration.ofSeconds(10), "test", false);
    }

    @Test
    void aStartAtHeadLeavesTheExportUnreadAndCheckReadsItOnce() throws Exception {
        try (TestDatabase db = TestDatabase.create(Database.H2, "export-unread")) {
            CountedExport first = CountedExport.valid();
            assertEquals(List.of(ShowsIndex.USERS, ShowsIndex.SHOWS, ShowsIndex.CREATED_BY), retort(db, first).upgrade("head"));
            assertEquals(1, first.opened.get(), "an upgrade with work to do reads the export before it changes anything");

            CountedExport atHead = CountedExport.valid();
            Retort retort = retort(db, atHead);
            assertEquals(List.of(), retort.upgrade("head"));
            assertEquals(0, atHead.opened.get(), "a start at head reads the export");
            List<String> drift = retort.check();
            assertEquals(List.of("missing: users.nickname varchar(40)"), drift);
            retort.check();
            assertEquals(1, atHead.opened.get());
        }
    }

    @Test
    void aDamagedExportFailsAnUpgradeBeforeItChangesAnything() throws Exception {
        try (TestDatabase db = TestDatabase.create(Database.H2, "export-damaged")) {
            Retort retort = retort(db, CountedExport.damaged());
            RetortException refused = assertThrows(RetortException.class, () -> retort.upgrade("head"));
            assertEquals(DAMAGED, refused.getMessage());
            assertEquals(List.of(), retort.current());
            assertEquals(0, tables(db, "USERS"), "a migration ran before the export was read");
        }
    }

    @Test
    void aDamagedExportAtHeadFailsOnlyTheCheck() throws Exception {
        try (TestDatabase db = TestDatabase.create(Database.H2, "export-damaged-at-head")) {
            retort(db, CountedExport.valid()).upgrade("head");
            Retort retort = retort(db, CountedExport.damaged());
            assertEquals(List.of(), retort.upgrade("head"));
            RetortException refused = assertThrows(RetortException.class, retort::check);
            assertEquals(DAMAGED, refused.getMessage());
        }
    }

    private static int tables(TestDatabase db, String name) throws Exception {
        try (Connection connection = db.connect(); ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), name, null)) {
            int count = 0;
            while (rs.next()) {
                count++;
            }
            return count;
        }
    }
}
