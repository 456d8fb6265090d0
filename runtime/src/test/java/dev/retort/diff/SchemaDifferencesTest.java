package dev.retort.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.SqlType;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDifferencesTest {

    private static Schema shows(TableConstraint... constraints) {
        Table users = Table.of("users", List.of(new Column("id", SqlType.of(SqlType.Kind.BIGINT), false, null, false)),
                new PrimaryKey(List.of("id")), List.of());
        Table shows = Table.of("shows", List.of(new Column("id", SqlType.of(SqlType.Kind.BIGINT), false, null, false),
                Column.of("created_by_id", SqlType.of(SqlType.Kind.BIGINT))), new PrimaryKey(List.of("id")),
                List.of(constraints));
        return Schema.of(users, shows);
    }

    private static ForeignKey createdBy(String name) {
        return new ForeignKey(name, List.of("created_by_id"), "users", List.of("id"), ReferentialAction.NO_ACTION);
    }

    @Test
    void byNameAConstraintRenamedIsOneMissingAndOneUnexpected() {
        assertEquals(List.of("missing: shows foreign key fk_a (created_by_id) references users (id)",
                "unexpected: shows foreign key fk_b (created_by_id) references users (id)"),
                SchemaDifferences.between(shows(createdBy("fk_a")), shows(createdBy("fk_b"))));
    }

    @Test
    void byShapeNamesDoNotMatterButShapesDo() {
        assertEquals(List.of(), SchemaDifferences.byShape(shows(createdBy("fk_a"), new Index("idx_a", List.of("created_by_id"),
                false)), shows(new Index("idx_b", List.of("created_by_id"), false), createdBy("fk_b"))));
        assertEquals(List.of("missing: shows index idx_a (created_by_id)",
                        "unexpected: shows unique index idx_b (created_by_id)"),
                SchemaDifferences.byShape(shows(createdBy("fk_a"), new Index("idx_a", List.of("created_by_id"), false)),
                        shows(createdBy("fk_b"), new Index("idx_b", List.of("created_by_id"), true))));
    }

    @Test
    void aTableOnOneSideIsOneLine() {
        Schema extra = Schema.of(shows().tables().get("users"), shows().tables().get("shows"),
                Table.of("audit", List.of(new Column("id", SqlType.of(SqlType.Kind.BIGINT), false, null, false)),
                        new PrimaryKey(List.of("id")), List.of()));
        assertEquals(List.of("unexpected: table audit (id bigint not null, primary key (id))"),
                SchemaDifferences.between(shows(), extra));
        assertEquals(List.of("missing: table audit (id bigint not null, primary key (id))"),
                SchemaDifferences.byShape(extra, shows()));
    }
}
