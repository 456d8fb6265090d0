package dev.retort.processor.check;

import static dev.retort.processor.Fixtures.NO_ENTITY;
import static dev.retort.processor.Fixtures.addName;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.Fixtures.indexEmail;
import static dev.retort.processor.Fixtures.userEntity;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.error;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class DriftTest {

    @Test
    void aColumnNoMigrationCreatesIsAnErrorOnItsField() {
        JavaFileObject entity = userEntity("    String phone;");
        Compilation compilation = compile(createUsers(), addName(), indexEmail(), entity);
        assertReported(compilation,
                error(entity, 12, 12, "[retort:drift] column users.phone (varchar(255)) is in the model but no"
                        + " migration creates it.\n  Retort could not write a skeleton migration here: name a folder"
                        + " with -Aretort.skeletons=DIR."));
    }

    @Test
    void aColumnTheModelDoesNotMapIsAnErrorOnItsEntity() {
        JavaFileObject entity = userEntity();
        Compilation compilation = compile(createUsers(), addName(), indexEmail(), entity,
                dev.retort.processor.Fixtures.migration("AddAge",
                        "@Migration(id = \"d4\", revises = \"c3\", description = \"add age\")",
                        "    @Override public void upgrade(Ops op) {",
                        "        op.addColumn(\"users\", column(\"age\", INTEGER));",
                        "    }",
                        "    @Override public void downgrade(Ops op) {",
                        "        op.dropColumn(\"users\", \"age\");",
                        "    }"));
        assertReported(compilation,
                error(entity, 7, 8, "[retort:drift] column users.age is created by the migrations but the model does"
                        + " not map it.\n  Retort could not write a skeleton migration here: name a folder with"
                        + " -Aretort.skeletons=DIR."));
    }

    @Test
    void aTypeDifferenceIsAnErrorOnTheFieldAndOnTheCallThatGaveTheType() {
        JavaFileObject entity = userEntity("    Integer score;");
        JavaFileObject addScore = dev.retort.processor.Fixtures.migration("AddScore",
                        "@Migration(id = \"d4\", revises = \"c3\", description = \"add score\")",
                        "    @Override public void upgrade(Ops op) {",
                        "        op.addColumn(\"users\", column(\"score\", BIGINT));",
                        "    }",
                        "    @Override public void downgrade(Ops op) {",
                        "        op.dropColumn(\"users\", \"score\");",
                        "    }");
        Compilation compilation = compile(createUsers(), addName(), indexEmail(), entity, addScore);
        assertReported(compilation,
                error(entity, 12, 13, "[retort:drift] column users.score is bigint after the migrations but integer in"
                        + " the model.\n  Retort could not write a skeleton migration here: name a folder with"
                        + " -Aretort.skeletons=DIR."),
                error(addScore, 11, 20, "[retort:drift] this gives users.score the type bigint, but the model maps it as"
                        + " integer: if this migration has run on no database yet, change the type here; otherwise the"
                        + " skeleton's alterColumnType, in a new migration, closes the drift."));
    }

    @Test
    void anEntityWithNoMigrationAtAllIsDriftOnTheEntity() {
        JavaFileObject entity = userEntity();
        Compilation compilation = compile(entity);
        assertReported(compilation,
                error(entity, 7, 8, "[retort:drift] table users is in the model but no migration creates it.\n  Retort"
                        + " could not write a skeleton migration here: name a folder with -Aretort.skeletons=DIR."),
                error(entity, 7, 8, "[retort:drift] the model expects index idx_users_email (email) on users, but no"
                        + " migration creates it.\n  Retort could not write a skeleton migration here: name a folder"
                        + " with -Aretort.skeletons=DIR."));
    }

    @Test
    void aMissingSequenceIsAnErrorOnTheIdItGenerates() {
        JavaFileObject users = userEntity();
        JavaFileObject ticket = dev.retort.processor.Fixtures.source("app.model.Ticket",
                "package app.model;",
                "",
                "import jakarta.persistence.*;",
                "",
                "@Entity @Table(name = \"support_ticket\")",
                "public class Ticket {",
                "    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE)",
                "    Long id;",
                "}");
        Compilation compilation = compile(createUsers(), addName(), indexEmail(), users, ticket,
                dev.retort.processor.Fixtures.migration("CreateTicket",
                        "@Migration(id = \"d4\", revises = \"c3\", description = \"create ticket\")",
                        "    @Override public void upgrade(Ops op) {",
                        "        op.createTable(\"support_ticket\", column(\"id\", BIGINT).primaryKey());",
                        "    }",
                        "    @Override public void downgrade(Ops op) {",
                        "        op.dropTable(\"support_ticket\");",
                        "    }"));
        assertReported(compilation,
                error(ticket, 8, 10, "[retort:drift] sequence support_ticket_seq is in the model but no migration"
                        + " creates it.\n  Retort could not write a skeleton migration here: name a folder with"
                        + " -Aretort.skeletons=DIR."));
    }

    @Test
    void migrationsWithoutEntitiesAreNotCheckedForDrift() {
        Compilation compilation = compile(createUsers());
        assertReported(compilation, NO_ENTITY);
    }
}
