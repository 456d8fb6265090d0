package dev.retort.processor.generate;

import static dev.retort.processor.Fixtures.addName;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.Fixtures.indexEmail;
import static dev.retort.processor.Fixtures.userEntity;
import static dev.retort.processor.expect.ExactDiagnostics.assertClean;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.error;
import static dev.retort.processor.expect.Reported.warning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.retort.processor.expect.Reported;
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
        assertReported(drifted,
                error(entity, 12, 38, "[retort:drift] column users.phone (varchar(255) not null) is in the model"
                + " but no migration creates it.\n  A migration that closes the drift was written to " + expected
                + ": review it and move it into your sources."));
        assertTrue(Files.exists(expected), "skeleton written to " + expected);

        String skeleton = Files.readString(expected);
        JavaFileObject unreviewedSkeleton = JavaFileObjects.forSourceString("app.migrations.AddPhoneToUsers", skeleton);
        String placeholder = "[retort:not-null-without-backfill] this UPDATE sets users.phone to NULL where it is NULL,"
                + " which changes nothing: it is the skeleton's placeholder; write the real backfill, the value existing"
                + " rows should get.";
        assertReported(compile(options, createUsers(), addName(), indexEmail(), entity, unreviewedSkeleton),
                error(unreviewedSkeleton, 16, 1, "[retort:unreviewed] AddPhoneToUsers is a generated skeleton that has"
                        + " not been reviewed: check every operation, settle each TODO, then delete @Unreviewed."),
                error(unreviewedSkeleton, lineOf(skeleton, "SET phone = NULL WHERE"), 19, placeholder));

        String placeholderKept = skeleton.replaceAll("(?m)^@Unreviewed\\(.*\\)\\n", "");
        JavaFileObject keptSource = JavaFileObjects.forSourceString("app.migrations.AddPhoneToUsers", placeholderKept);
        assertReported(compile(options, createUsers(), addName(), indexEmail(), entity, keptSource),
                error(keptSource, lineOf(placeholderKept, "SET phone = NULL WHERE"), 19, placeholder));

        String reviewed = placeholderKept.replace("SET phone = NULL WHERE", "SET phone = 'unknown' WHERE");
        Compilation fixed = compile(options, createUsers(), addName(), indexEmail(), entity,
                JavaFileObjects.forSourceString("app.migrations.AddPhoneToUsers", reviewed));
        assertClean(fixed);
    }

    @Test
    void aSkeletonFolderThatCannotBeWrittenIsSaidInTheDriftError() throws IOException {
        Path notAFolder = Files.writeString(skeletons.resolve("taken"), "a file where the folder should be");
        JavaFileObject entity = userEntity("    @Column(nullable = false) String phone;");
        Compilation drifted = compile(List.of("-Aretort.skeletons=" + notAFolder), createUsers(), addName(),
                indexEmail(), entity);
        assertReported(drifted,
                error(entity, 12, 38, "[retort:drift] column users.phone (varchar(255) not null) is in the model"
                + " but no migration creates it.\n  Retort could not write a skeleton migration (" + notAFolder
                + "/app: Not a directory): name a writable folder with -Aretort.skeletons=DIR."));
    }

    @Test
    void aVeryLongFieldNameGivesASkeletonWhoseNameStillFitsAFile() throws IOException {
        String field = "a" + "b".repeat(249);
        JavaFileObject entity = userEntity("    String " + field + ";");
        Compilation drifted = compile(List.of("-Aretort.skeletons=" + skeletons), createUsers(), addName(), indexEmail(),
                entity);
        try (var files = Files.walk(skeletons)) {
            List<Path> written = files.filter(Files::isRegularFile).toList();
            assertEquals(1, written.size(), written.toString());
            String name = written.get(0).getFileName().toString();
            assertEquals(SkeletonPlanner.MAX_CLASS_NAME + ".java".length(), name.length(), name);
            assertTrue(name.startsWith("AddAbbbbbbb"), name);
            assertReported(drifted,
                    error(entity, 12, 12, "[retort:drift] column users." + field.toLowerCase() + " (varchar(255)) is in"
                            + " the model but no migration creates it.\n  A migration that closes the drift was written"
                            + " to " + written.get(0) + ": review it and move it into your sources."));
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

        String written = "\n  A migration that closes the drift was written to " + expected
                + ": review it and move it into your sources.";
        assertReported(compile(options, student, course),
                error(student, 10, 29, "[retort:drift] table student_course is in the model but no migration creates"
                        + " it." + written),
                error(course, 6, 8, "[retort:drift] table course is in the model but no migration creates it." + written),
                error(student, 8, 8, "[retort:drift] table student is in the model but no migration creates it." + written),
                error(student, 10, 29, "[retort:drift] the model expects foreign key fk_student_course_courses_id"
                        + " (courses_id) references course (id) on student_course, but no migration creates it." + written),
                error(student, 10, 29, "[retort:drift] the model expects foreign key fk_student_course_student_id"
                        + " (student_id) references student (id) on student_course, but no migration creates it." + written));
        String skeleton = Files.readString(expected);
        assertTrue(skeleton.contains("op.createTable(\"student_course\",\n"
                + "                column(\"courses_id\", BIGINT).primaryKey(),\n"
                + "                column(\"student_id\", UUID).primaryKey());"), skeleton);

        String reviewed = skeleton.replaceAll("(?m)^@Unreviewed\\(.*\\)\\n", "");
        assertClean(compile(options, student, course, JavaFileObjects.forSourceString(
                "app.model.migrations.CreateCourseAndStudentAndStudentCourse", reviewed)));
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
        String written = "\n  A migration that closes the drift was written to " + expected
                + ": review it and move it into your sources.";
        assertReported(drifted,
                error(entity, 6, 8, "[retort:drift] table billing.invoice is in the model but no migration creates"
                        + " it." + written),
                error(entity, 6, 8, "[retort:drift] schema billing holds tables of the model but no migration creates"
                        + " it." + written),
                error(entity, 8, 54, "[retort:drift] the model expects foreign key fk_billing_invoice_corrects_id"
                        + " (corrects_id) references billing.invoice (id) on billing.invoice, but no migration creates"
                        + " it." + written));
        String skeleton = Files.readString(expected);
        assertTrue(skeleton.contains("op.createSchema(\"billing\");\n        op.createTable(\"billing.invoice\","),
                skeleton);
        assertTrue(skeleton.contains("op.dropTable(\"billing.invoice\");\n        op.dropSchema(\"billing\");"),
                skeleton);

        String reviewed = skeleton.replaceAll("(?m)^@Unreviewed\\(.*\\)\\n", "");
        JavaFileObject migration = JavaFileObjects.forSourceString("app.model.migrations.CreateBillingInvoice", reviewed);
        assertReported(compile(options, entity, migration),
                warning(migration, 29, 28, "[retort:fk-without-index] foreign key fk_billing_invoice_corrects_id on"
                        + " billing.invoice (corrects_id) has no index that starts with its columns, so each delete in"
                        + " billing.invoice scans billing.invoice:\n  declare the index in the model, @Table(indexes ="
                        + " @Index(columnList = \"corrects_id\")) on the entity of billing.invoice, and the skeleton"
                        + " creates it; without an entity, add op.createIndex(\"idx_billing_invoice_corrects_id\","
                        + " \"billing.invoice\", \"corrects_id\")."));
    }

    @Test
    void followingFkWithoutIndexLeadsToACleanBuild() throws IOException {
        JavaFileObject entity = invoice("@Entity");
        List<String> options = List.of("-Aretort.skeletons=" + skeletons);
        compile(options, entity);
        JavaFileObject first = JavaFileObjects.forSourceString("app.model.migrations.CreateInvoice",
                Files.readString(skeletons.resolve("app/model/migrations/CreateInvoice.java"))
                        .replaceAll("(?m)^@Unreviewed\\(.*\\)\\n", ""));
        Reported fkWithoutIndex = warning(first, 27, 28, "[retort:fk-without-index]"
                + " foreign key fk_invoice_corrects_id on invoice (corrects_id) has no index that starts with its"
                + " columns, so each delete in invoice scans invoice:\n  declare the index in the model, @Table(indexes"
                + " = @Index(columnList = \"corrects_id\")) on the entity of invoice, and the skeleton creates it;"
                + " without an entity, add op.createIndex(\"idx_invoice_corrects_id\", \"invoice\", \"corrects_id\").");
        assertReported(compile(options, entity, first), fkWithoutIndex);

        JavaFileObject indexed = invoice("@Entity @Table(indexes = @Index(columnList = \"corrects_id\"))");
        Compilation drifted = compile(options, indexed, first);
        assertReported(drifted, fkWithoutIndex, error(indexed, 6, 8, "[retort:drift] the model expects index"
                + " idx_invoice_corrects_id (corrects_id) on invoice, but no migration creates it.\n  A migration that"
                + " closes the drift was written to " + skeletons.resolve("app/model/migrations/UpdateInvoice.java")
                + ": review it and move it into your sources."));
        Path second;
        try (var files = Files.walk(skeletons)) {
            second = files.filter(p -> p.getFileName().toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("CreateInvoice.java")).findFirst().orElseThrow();
        }
        String skeleton = Files.readString(second);
        assertTrue(skeleton.contains("op.createIndexOnline(\"idx"), skeleton);
        String name = second.getFileName().toString().replace(".java", "");
        JavaFileObject reviewed = JavaFileObjects.forSourceString("app.model.migrations." + name,
                skeleton.replaceAll("(?m)^@Unreviewed\\(.*\\)\\n", ""));
        assertClean(compile(options, indexed, first, reviewed));
    }

    private static JavaFileObject invoice(String annotations) {
        return JavaFileObjects.forSourceLines("app.model.Invoice",
                "package app.model;",
                "",
                "import jakarta.persistence.*;",
                "",
                annotations,
                "public class Invoice {",
                "    @Id Long id;",
                "    @ManyToOne @JoinColumn(nullable = false) Invoice corrects;",
                "}");
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
        assertClean(compile(List.of("-Aretort.defaultSchema=public"), entity, migration));
        assertReported(compile(List.of(), entity, migration),
                error(entity, 6, 8, "[retort:drift] table public.invoice is in the model but no migration creates"
                        + " it.\n  Retort could not write a skeleton migration here: name a folder with"
                        + " -Aretort.skeletons=DIR."),
                error(migration, 9, 1, "[retort:drift] table invoice is created by the migrations but no entity maps"
                        + " it.\n  Retort could not write a skeleton migration here: name a folder with"
                        + " -Aretort.skeletons=DIR."),
                error(entity, 6, 8, "[retort:drift] schema public holds tables of the model but no migration"
                        + " creates it.\n  Retort could not write a skeleton migration here: name a folder with"
                        + " -Aretort.skeletons=DIR."));
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

    private static int lineOf(String source, String text) {
        return (int) source.substring(0, source.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
    }
}
