package dev.retort.showplanner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.runner.Retort;
import dev.retort.showplanner.model.InviteToken;
import dev.retort.showplanner.model.PasswordResetToken;
import dev.retort.showplanner.model.Permission;
import dev.retort.showplanner.model.Quote;
import dev.retort.showplanner.model.RevokedToken;
import dev.retort.showplanner.model.RoleTemplate;
import dev.retort.showplanner.model.Show;
import dev.retort.showplanner.model.User;
import dev.retort.showplanner.model.UserPermission;
import dev.retort.sql.Database;
import dev.retort.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hibernate ORM as the independent judge: on the database the show planner's migrations built, it
 * validates its mapping ({@code hbm2ddl.auto=validate}) and stores and reads every entity.
 */
class HibernateJudgeTest {

    private static final List<Class<?>> ENTITIES = List.of(User.class, Show.class, Quote.class, Permission.class,
            UserPermission.class, RoleTemplate.class, RevokedToken.class, PasswordResetToken.class, InviteToken.class);

    @ParameterizedTest
    @EnumSource(Database.class)
    void hibernateValidatesTheMigratedDatabaseAndStoresEveryEntity(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "judge")) {
            Retort.configure().url(db.url()).migrationsPackage("dev.retort.showplanner.migrations").load().upgrade("head");
            Configuration configuration = new Configuration()
                    .setProperty(AvailableSettings.JAKARTA_JDBC_URL, db.url())
                    .setProperty(AvailableSettings.HBM2DDL_AUTO, "validate")
                    .setPhysicalNamingStrategy(new CamelCaseToUnderscoresNamingStrategy());
            ENTITIES.forEach(configuration::addAnnotatedClass);
            try (SessionFactory sessions = configuration.buildSessionFactory()) {
                LocalDateTime tomorrow = LocalDateTime.now().plusDays(1);
                sessions.inTransaction(session -> {
                    User ann = new User("ann@example.com", "Ann", "Lee", "h1");
                    User bob = new User("bob@example.com", "Bob", "Marsh", "h2");
                    bob.setInvitedBy(ann);
                    Show pilot = new Show("Pilot", "Hall A", tomorrow, ann);
                    Permission reports = new Permission("reports:read", "See the reports");
                    RoleTemplate manager = new RoleTemplate("stage manager", null, "shows:edit");
                    List.of(ann, bob, pilot, new Quote(pilot, "Lights Ltd", new BigDecimal("1200.50"), "EUR"), reports,
                            new UserPermission(ann, reports), manager, new RevokedToken("j-1", tomorrow),
                            new PasswordResetToken(bob, "reset-1", tomorrow),
                            new InviteToken("cy@example.com", "invite-1", ann, manager, tomorrow))
                            .forEach(session::persist);
                });
                sessions.inSession(session -> {
                    for (Class<?> entity : ENTITIES) {
                        long rows = session.createQuery("select count(e) from " + entity.getSimpleName() + " e", Long.class)
                                .getSingleResult();
                        // Permission: the four the migrations insert, and one more.
                    assertEquals(entity == User.class ? 2 : entity == Permission.class ? 5 : 1, rows, entity.getSimpleName());
                    }
                    Quote quote = session.createQuery("from Quote", Quote.class).getSingleResult();
                    assertEquals("Pilot by ann@example.com, 1200.50, DRAFT", quote.getShow().getTitle() + " by "
                            + quote.getShow().getCreatedBy().getEmail() + ", " + quote.getAmount() + ", " + quote.getStatus());
                    User bob = session.createQuery("from User where email = 'bob@example.com'", User.class).getSingleResult();
                    assertEquals("Bob Marsh invited by ann@example.com", bob.getFullName() + " invited by "
                            + bob.getInvitedBy().getEmail());
                    UserPermission held = session.createQuery("from UserPermission", UserPermission.class).getSingleResult();
                    assertEquals("ann@example.com may reports:read", held.getUser().getEmail() + " may "
                            + held.getPermission().getName());
                    assertEquals("stage manager", session.createQuery("from InviteToken", InviteToken.class)
                            .getSingleResult().getRoleTemplate().getName());
                });
            }
        }
    }
}
