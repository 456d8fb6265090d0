package dev.retort.processor.generate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.processor.Fixtures.addName;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.Fixtures.indexEmail;
import static dev.retort.processor.Fixtures.userEntity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole loop: the model changes, the build fails naming a skeleton, the reviewed skeleton fixes it. */
class SkeletonLoopTest {

    @TempDir
    Path skeletons;

    @Test
    void aReviewedSkeletonClosesTheDrift() throws IOException {
        JavaFileObject entity = userEntity("    @Column(nullable = false) String phone;");
        List<String> options = List.of("-Aretort.skeletons=" + skeletons);
        Path expected = skeletons.resolve("app/migrations/AddPhoneToUsers.java");

        Compilation drifted = compile(options, createUsers(), addName(), indexEmail(), entity);
        assertThat(drifted).hadErrorCount(1);
        assertThat(drifted).hadErrorContaining("[retort:drift] column users.phone (varchar(255) not null) is in the model"
                + " but no migration creates it.\n  A migration that closes the drift was written to " + expected
                + ": review it and move it into your sources.").inFile(entity).onLine(12);
        assertTrue(Files.exists(expected), "skeleton written to " + expected);

        String skeleton = Files.readString(expected);
        Compilation unreviewed = compile(options, createUsers(), addName(), indexEmail(), entity,
                JavaFileObjects.forSourceString("app.migrations.AddPhoneToUsers", skeleton));
        assertThat(unreviewed).hadErrorContaining("[retort:unreviewed] AddPhoneToUsers is a generated skeleton");

        String reviewed = skeleton.replaceAll("(?m)^@Unreviewed\\(.*\\)\\n", "")
                .replace("SET phone = NULL WHERE", "SET phone = 'unknown' WHERE");
        Compilation fixed = compile(options, createUsers(), addName(), indexEmail(), entity,
                JavaFileObjects.forSourceString("app.migrations.AddPhoneToUsers", reviewed));
        assertThat(fixed).succeededWithoutWarnings();
    }

    @Test
    void aSkeletonFolderThatCannotBeWrittenIsSaidInTheDriftError() throws IOException {
        Path notAFolder = Files.writeString(skeletons.resolve("taken"), "a file where the folder should be");
        JavaFileObject entity = userEntity("    @Column(nullable = false) String phone;");
        Compilation drifted = compile(List.of("-Aretort.skeletons=" + notAFolder), createUsers(), addName(),
                indexEmail(), entity);
        assertThat(drifted).hadErrorCount(1);
        assertThat(drifted).hadErrorContaining("[retort:drift] column users.phone (varchar(255) not null) is in the model"
                + " but no migration creates it.\n  Retort could not write a skeleton migration (" + notAFolder
                + "/app: Not a directory): name a writable folder with -Aretort.skeletons=DIR.").inFile(entity).onLine(12);
    }

    @Test
    void aVeryLongFieldNameGivesASkeletonWhoseNameStillFitsAFile() throws IOException {
        String field = "a" + "b".repeat(249);
        JavaFileObject entity = userEntity("    String " + field + ";");
        Compilation drifted = compile(List.of("-Aretort.skeletons=" + skeletons), createUsers(), addName(), indexEmail(),
                entity);
        assertThat(drifted).hadErrorCount(1);
        assertThat(drifted).hadErrorContaining("[retort:drift] column users." + field.toLowerCase()).inFile(entity)
                .onLine(12);
        try (var files = Files.walk(skeletons)) {
            List<Path> written = files.filter(Files::isRegularFile).toList();
            assertEquals(1, written.size(), written.toString());
            String name = written.get(0).getFileName().toString();
            assertEquals(SkeletonPlanner.MAX_CLASS_NAME + ".java".length(), name.length(), name);
            assertTrue(name.startsWith("AddAbbbbbbb"), name);
        }
    }

    @Test
    void aCompositeKeyKeepsHibernatesOrderInTheReviewedSkeleton() throws IOException {
        // The join table of a Set lists its owner's column first; Hibernate's key puts the bigint first.
        JavaFileObject student = JavaFileObjects.forSourceLines("app.model.Student",
                "package app.model;",
                "",
                "import jakarta.persistence.*;",
                "import java.util.Set;",
                "import java.util.UUID;",
                "",
                "@Entity",
                "public class Student {",
                "    @Id UUID id;",
                "    @ManyToMany Set<Course> courses;",
                "}");
        JavaFileObject course = JavaFileObjects.forSourceLines("app.model.Course",
                "package app.model;",
                "",
                "import jakarta.persistence.*;",
                "",
                "@Entity",
                "public class Course {",
                "    @Id Long id;",
                "}");
        List<String> options = List.of("-Aretort.skeletons=" + skeletons, "-Aretort.check.fk_without_index=off");
        Path expected = skeletons.resolve("app/model/migrations/CreateCourseAndStudentAndStudentCourse.java");

        assertThat(compile(options, student, course)).hadErrorContaining("[retort:drift] table student_course is in"
                + " the model but no migration creates it.");
        String skeleton = Files.readString(expected);
        assertTrue(skeleton.contains("op.createTable(\"student_course\",\n"
                + "                column(\"courses_id\", BIGINT).primaryKey(),\n"
                + "                column(\"student_id\", UUID).primaryKey());"), skeleton);

        String reviewed = skeleton.replaceAll("(?m)^@Unreviewed\\(.*\\)\\n", "");
        assertThat(compile(options, student, course, JavaFileObjects.forSourceString(
                "app.model.migrations.CreateCourseAndStudentAndStudentCourse", reviewed))).succeededWithoutWarnings();
    }

    @Test
    void aTableInAnotherSchemaGetsASkeletonThatCreatesTheSchemaFirst() throws IOException {
        JavaFileObject entity = JavaFileObjects.forSourceLines("app.model.Invoice",
                "package app.model;",
                "",
                "import jakarta.persistence.*;",
                "",
                "@Entity @Table(schema = \"billing\")",
                "public class Invoice {",
                "    @Id Long id;",
                "    @ManyToOne @JoinColumn(nullable = false) Invoice corrects;",
                "}");
        List<String> options = List.of("-Aretort.skeletons=" + skeletons);
        Path expected = skeletons.resolve("app/model/migrations/CreateBillingInvoice.java");

        Compilation drifted = compile(options, entity);
        assertThat(drifted).hadErrorContaining("[retort:drift] table billing.invoice is in the model but no migration"
                + " creates it.").inFile(entity).onLine(6);
        assertThat(drifted).hadErrorContaining("[retort:drift] schema billing holds tables of the model but no"
                + " migration creates it.").inFile(entity).onLine(6);
        assertThat(drifted).hadErrorContaining("[retort:drift] the model expects foreign key"
                + " fk_billing_invoice_corrects_id (corrects_id) references billing.invoice (id) on billing.invoice,"
                + " but no migration creates it.").inFile(entity).onLine(8);
        assertThat(drifted).hadErrorCount(3);
        String skeleton = Files.readString(expected);
        assertTrue(skeleton.contains("op.createSchema(\"billing\");\n        op.createTable(\"billing.invoice\","),
                skeleton);
        assertTrue(skeleton.contains("op.dropTable(\"billing.invoice\");\n        op.dropSchema(\"billing\");"),
                skeleton);

        String reviewed = skeleton.replaceAll("(?m)^@Unreviewed\\(.*\\)\\n", "");
        Compilation fixed = compile(options, entity,
                JavaFileObjects.forSourceString("app.model.migrations.CreateBillingInvoice", reviewed));
        assertThat(fixed).succeeded();
        assertThat(fixed).hadWarningContaining("[retort:fk-without-index] foreign key fk_billing_invoice_corrects_id on"
                + " billing.invoice (corrects_id) has no index that starts with its columns, so each delete in"
                + " billing.invoice scans billing.invoice: add op.createIndex(\"idx_billing_invoice_corrects_id\","
                + " \"billing.invoice\", \"corrects_id\").");
        assertThat(fixed).hadWarningCount(1);
    }

    @Test
    void aTableInTheDefaultSchemaIsNamedWithoutIt() {
        JavaFileObject entity = JavaFileObjects.forSourceLines("app.model.Invoice",
                "package app.model;",
                "",
                "import jakarta.persistence.*;",
                "",
                "@Entity @Table(schema = \"Public\")",
                "public class Invoice {",
                "    @Id Long id;",
                "}");
        JavaFileObject migration = JavaFileObjects.forSourceLines("app.migrations.CreateInvoice",
                "package app.migrations;",
                "",
                "import static dev.retort.migration.Dsl.*;",
                "",
                "import dev.retort.annotation.*;",
                "import dev.retort.migration.*;",
                "",
                "",
                "@Migration(id = \"a1\", description = \"create invoice\")",
                "public class CreateInvoice implements MigrationScript {",
                "    public void upgrade(Ops op) { op.createTable(\"invoice\", column(\"id\", BIGINT).primaryKey()); }",
                "    public void downgrade(Ops op) { op.dropTable(\"invoice\"); }",
                "}");
        assertThat(compile(List.of("-Aretort.defaultSchema=public"), entity, migration)).succeededWithoutWarnings();
        assertThat(compile(List.of(), entity, migration)).hadErrorContaining("[retort:drift] table public.invoice is in"
                + " the model but no migration creates it.");
    }

    @Test
    void theSameDriftGivesTheSameSkeleton() throws IOException {
        JavaFileObject entity = userEntity("    String phone;");
        List<String> options = List.of("-Aretort.skeletons=" + skeletons);
        Path expected = skeletons.resolve("app/migrations/AddPhoneToUsers.java");
        compile(options, createUsers(), addName(), indexEmail(), entity);
        String first = Files.readString(expected);
        compile(options, createUsers(), addName(), indexEmail(), entity);
        assertEquals(first, Files.readString(expected));
    }
}
