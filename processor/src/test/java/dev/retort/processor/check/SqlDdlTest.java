package dev.retort.processor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.sql.token.SqlSyntax;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqlDdlTest {

    private static Optional<String> operation(String sql) {
        return SqlDdl.find(sql, SqlSyntax.ANY).map(s -> String.valueOf(s.operation()));
    }

    @Test
    void onMariadbDoubleQuotesHoldAStringWhereABackslashEscapes() {
        String sql = "update t set note = \"a\\\"; drop table t; --\"";
        assertEquals(Optional.empty(), SqlDdl.find(sql, SqlSyntax.MARIADB));
        assertEquals(Optional.of("dropTable"), operation(sql));
    }

    @Test
    void findsTheOperationForEachForm() {
        assertEquals(Optional.of("createTable"), operation("create table t (id int)"));
        assertEquals(Optional.of("createUniqueIndex"), operation("CREATE UNIQUE INDEX ux ON t (a)"));
        assertEquals(Optional.of("createIndex"), operation("update t set a = 1; create index ix on t (a)"));
        assertEquals(Optional.of("dropTable"), operation("DROP TABLE IF EXISTS t"));
        assertEquals(Optional.of("renameColumn"), operation("ALTER TABLE t RENAME COLUMN a TO b"));
        assertEquals(Optional.of("renameTable"), operation("ALTER TABLE t RENAME TO u"));
        assertEquals(Optional.of("createForeignKey"),
                operation("ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES u (id)"));
        assertEquals(Optional.of("setNotNull"), operation("ALTER TABLE t ALTER COLUMN a SET NOT NULL"));
        assertEquals(Optional.of("alterColumnType"), operation("ALTER TABLE t ALTER COLUMN a TYPE bigint"));
        assertEquals(Optional.of("dropColumn"), operation("ALTER TABLE t DROP COLUMN a"));
        assertEquals(Optional.of("createSequence"), operation("CREATE SEQUENCE s"));
        assertEquals(Optional.of("createSchema"), operation("CREATE SCHEMA sales"));
        assertEquals(Optional.of("dropSchema"), operation("drop schema sales restrict"));
        assertEquals(Optional.of("null"), operation("CREATE TRIGGER trg BEFORE INSERT ON t"));
    }

    @Test
    void ignoresCommentsStringsAndData() {
        assertEquals(Optional.empty(), operation("INSERT INTO t (a) VALUES ('create table x')"));
        assertEquals(Optional.empty(), operation("-- drop table t\nUPDATE t SET a = 1"));
        assertEquals(Optional.empty(), operation("/* alter table */ DELETE FROM t"));
        assertEquals(Optional.empty(), operation("SELECT \"create\" FROM t"));
        assertEquals(Optional.empty(), operation("UPDATE t SET created = now()"));
    }

    @Test
    void readsEveryDialectsStringAndCommentForms() {
        assertEquals(Optional.empty(), operation("UPDATE t SET body = $$ drop table t; $$"));
        assertEquals(Optional.empty(), operation("UPDATE t SET body = $fn$ alter table t add x int $fn$"));
        assertEquals(Optional.empty(), operation("UPDATE t SET body = E'it\\'s; drop table t'"));
        assertEquals(Optional.empty(), operation("/* a /* nested */ drop table t; */ DELETE FROM t"));
        assertEquals(Optional.empty(), operation("SELECT `drop` FROM t"));
    }

    @Test
    void findsTheDdlInsideADoBlock() {
        assertEquals(Optional.of("createIndex"),
                operation("DO $$ BEGIN CREATE INDEX ix ON t (a); END $$"));
    }

    @Test
    void showsTheStatementAsWritten() {
        assertEquals("create table t (id int)", SqlDdl.find("-- new\ncreate  table t (id int)", SqlSyntax.ANY).orElseThrow().text());
    }
}
