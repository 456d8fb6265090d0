package dev.retort.processor.model;

import static dev.retort.processor.expect.ExactDiagnostics.assertClean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.JavaFileObjects;
import dev.retort.schema.json.SchemaJson;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class EntityModelReaderTest {

    private static final JavaFileObject BASE = JavaFileObjects.forSourceLines("app.model.BaseModel",
            "package app.model;",
            "import jakarta.persistence.*;",
            "@MappedSuperclass",
            "public abstract class BaseModel {",
            "    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
            "    @Column(nullable = false) java.time.LocalDateTime createdAt;",
            "}");

    private static final JavaFileObject USER = JavaFileObjects.forSourceLines("app.model.AppUser",
            "package app.model;",
            "import jakarta.persistence.*;",
            "@Entity @Table(name = \"users\", indexes = @Index(columnList = \"familyName, firstName\"))",
            "public class AppUser extends BaseModel {",
            "    @Column(nullable = false, unique = true, length = 320) String email;",
            "    String firstName;",
            "    String familyName;",
            "    boolean active;",
            "    @Column(precision = 10, scale = 3) java.math.BigDecimal balance;",
            "    @Enumerated(EnumType.STRING) Role role;",
            "    Status status;",
            "    transient String cache;",
            "    @Transient String shown;",
            "    @OneToMany(mappedBy = \"createdBy\") java.util.List<Show> shows;",
            "    public enum Role { ADMIN, USER }",
            "    public enum Status { NEW, DONE }",
            "}");

    private static final JavaFileObject SHOW = JavaFileObjects.forSourceLines("app.model.Show",
            "package app.model;",
            "import jakarta.persistence.*;",
            "@Entity",
            "public class Show {",
            "    @Id @GeneratedValue Long id;",
            "    @ManyToOne(optional = false) AppUser createdBy;",
            "    @Lob String notes;",
            "    java.util.UUID token;",
            "}");

    @Test
    void readsTypesKeysRelationsAndSequencesWithJpaNaming() {
        ModelCapture capture = ModelCapture.read(NamingStrategy.JPA, BASE, USER, SHOW);
        assertClean(capture.compilation);
        assertEquals(String.join("\n",
                "table users (id bigint not null identity, createdat timestamp not null, email varchar(320) not null,"
                        + " firstname varchar(255), familyname varchar(255), active boolean not null,"
                        + " balance numeric(10, 3), role varchar(255), status tinyint, primary key (id),"
                        + " unique constraint uk_users_email (email), check ck_users_role (role in ('ADMIN','USER')),"
                        + " check ck_users_status (status between 0 and 1),"
                        + " index idx_users_familyname_firstname (familyname, firstname))",
                "table show (id bigint not null, createdby_id bigint not null, notes clob, token uuid,"
                        + " primary key (id), foreign key fk_show_createdby_id (createdby_id) references users (id))",
                "sequence show_seq start 1 increment 50"), capture.model.schema().toString());
    }

    @Test
    void snakeCaseNamesFollowSpringBoot() {
        ModelCapture capture = ModelCapture.read(NamingStrategy.SNAKE, BASE, USER, SHOW);
        assertEquals("[id, created_at, email, first_name, family_name, active, balance, role, status]",
                capture.model.schema().requireTable("users").columns().keySet().toString());
        assertEquals("[id, created_by_id, notes, token]",
                capture.model.schema().requireTable("show").columns().keySet().toString());
        assertEquals("[show_seq]", capture.model.schema().sequences().keySet().toString());
    }

    @Test
    void theModelRoundTripsThroughItsJsonExport() {
        ModelCapture capture = ModelCapture.read(NamingStrategy.JPA, BASE, USER, SHOW);
        assertEquals(capture.model.schema(), SchemaJson.read(SchemaJson.write(capture.model.schema())));
    }
}
