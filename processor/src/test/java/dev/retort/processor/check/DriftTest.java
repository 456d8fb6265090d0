package dev.retort.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.processor.Fixtures.addName;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.Fixtures.indexEmail;
import static dev.retort.processor.Fixtures.userEntity;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class DriftTest {

    @Test
    void aColumnNoMigrationCreatesIsAnErrorOnItsField() {
        JavaFileObject entity = userEntity("    String phone;");
        Compilation compilation = compile(createUsers(), addName(), indexEmail(), entity);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[retort:drift] column users.phone (varchar(255)) is in the model"
                + " but no migration creates it.").inFile(entity).onLine(12);
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
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[retort:drift] column users.age is created by the migrations but"
                + " the model does not map it.").inFile(entity).onLine(7);
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
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[retort:drift] column users.score is bigint after the migrations"
                + " but integer in the model.").inFile(entity).onLine(12);
        assertThat(compilation).hadErrorContaining("[retort:drift] this gives users.score the type bigint, but the model"
                + " maps it as integer: if this migration has run on no database yet, change the type here; otherwise"
                + " the skeleton's alterColumnType, in a new migration, closes the drift.").inFile(addScore).onLine(11);
    }

    @Test
    void anEntityWithNoMigrationAtAllIsDriftOnTheEntity() {
        JavaFileObject entity = userEntity();
        Compilation compilation = compile(entity);
        assertThat(compilation).hadErrorContaining("[retort:drift] table users is in the model but no migration"
                + " creates it.").inFile(entity).onLine(7);
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
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[retort:drift] sequence support_ticket_seq is in the model but no"
                + " migration creates it.").inFile(ticket).onLine(8);
    }

    @Test
    void migrationsWithoutEntitiesAreNotCheckedForDrift() {
        Compilation compilation = compile(createUsers());
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).hadNoteContaining("Retort found no @Entity class in this compilation");
    }
}
