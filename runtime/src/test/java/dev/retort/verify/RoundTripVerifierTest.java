package dev.retort.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.fixtures.shows.ShowsIndex;
import dev.retort.runner.Retort;
import dev.retort.sql.Database;
import dev.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoundTripVerifierTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void soundMigrationsPassWithTheirSeedRows(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "roundtrip")) {
            Retort retort = Retort.configure().url(db.url()).migrationsPackage("dev.retort.fixtures.shows").load();
            List<String> checked = RoundTripVerifier.of(retort, db::connect)
                    .seed(ShowsIndex.SHOWS, "INSERT INTO users (email) VALUES ('ann@example.com')")
                    .seed(ShowsIndex.CREATED_BY, "INSERT INTO shows (id, title) VALUES (2, 'Second')")
                    .verify();
            assertEquals(List.of(ShowsIndex.USERS, ShowsIndex.SHOWS, ShowsIndex.CREATED_BY), checked);
            assertEquals(List.of(ShowsIndex.CREATED_BY), retort.current());
        }
    }

    @Test
    void aDowngradeThatForgetsAnIndexIsNamed() throws Exception {
        try (TestDatabase db = TestDatabase.create(Database.H2, "roundtrip_broken")) {
            Retort retort = Retort.configure().url(db.url()).migrationsPackage("dev.retort.fixtures.broken").load();
            RoundTripFailure failure = assertThrows(RoundTripFailure.class,
                    () -> RoundTripVerifier.of(retort, db::connect).verify());
            assertEquals("c2", failure.migrationId());
            assertEquals(List.of("unexpected: people index idx_people_name (name)"), failure.differences());
        }
    }

    @Test
    void aDowngradeThatChangesSurvivingRowsIsNamed() throws Exception {
        try (TestDatabase db = TestDatabase.create(Database.H2, "roundtrip_rows")) {
            Retort retort = Retort.configure().url(db.url()).migrationsPackage("dev.retort.fixtures.broken").load();
            RoundTripFailure failure = assertThrows(RoundTripFailure.class, () -> RoundTripVerifier.of(retort, db::connect)
                    .seed("c2", "INSERT INTO people (id, name) VALUES (1, 'Ada')")
                    .verify());
            assertEquals("c2", failure.migrationId());
            assertEquals(List.of("before the upgrade: {people[id, name]=[1|Ada]}",
                    "after the downgrade: {people[id, name]=[1|null]}"), failure.differences());
        }
    }
}
