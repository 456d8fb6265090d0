package dev.retort.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code spring.retort.*}: how the application migrates its database at start-up. */
@ConfigurationProperties(prefix = "spring.retort")
public class RetortProperties {

    /** Whether to migrate at start-up. */
    private boolean enabled = true;

    /** Where to upgrade to: {@code head}, an id, or {@code +N}. */
    private String target = "head";

    /** A JDBC URL of its own to migrate with (a user allowed DDL); default: the application's DataSource. */
    private String url;

    /** The user for {@link #url}. */
    private String user;

    /** The password for {@link #url}. */
    private String password;

    /** How long to wait for another instance's migration lock, 0 to a day. */
    private Duration lockTimeout = Duration.ofSeconds(60);

    /**
     * How long a migration's statement may wait for a table's lock another session holds, 0 to a day;
     * 0 leaves the database's own.
     */
    private Duration ddlLockTimeout = Duration.ofSeconds(10);

    /** After migrating, compare the live schema with the model's and refuse to start when they differ. */
    private boolean checkOnStart = false;

    /**
     * Adopt an existing database at start-up, as Flyway's {@code baseline-on-migrate}: when it has
     * tables but no {@code retort_history}, stamp it at {@link #baselineRevision} (refused unless its
     * schema is that revision's), then upgrade. A strategy bean of its own calls {@code Retort.baseline}.
     */
    private boolean baselineOnMigrate = false;

    /** The id of the migration an adopted database is at; needed with {@link #baselineOnMigrate}. */
    private String baselineRevision;

    /**
     * When an earlier start was interrupted in the middle of a migration (its history row still
     * upgrading or downgrading), run the rest of that migration instead of undoing what it did.
     */
    private boolean finishInterrupted = false;

    /** Only the migrations of this package; default: every migration index on the class path. */
    private String migrationsPackage;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public Duration getDdlLockTimeout() {
        return ddlLockTimeout;
    }

    public void setDdlLockTimeout(Duration ddlLockTimeout) {
        this.ddlLockTimeout = ddlLockTimeout;
    }

    public boolean isCheckOnStart() {
        return checkOnStart;
    }

    public void setCheckOnStart(boolean checkOnStart) {
        this.checkOnStart = checkOnStart;
    }

    public boolean isBaselineOnMigrate() {
        return baselineOnMigrate;
    }

    public void setBaselineOnMigrate(boolean baselineOnMigrate) {
        this.baselineOnMigrate = baselineOnMigrate;
    }

    public String getBaselineRevision() {
        return baselineRevision;
    }

    public void setBaselineRevision(String baselineRevision) {
        this.baselineRevision = baselineRevision;
    }

    public boolean isFinishInterrupted() {
        return finishInterrupted;
    }

    public void setFinishInterrupted(boolean finishInterrupted) {
        this.finishInterrupted = finishInterrupted;
    }

    public String getMigrationsPackage() {
        return migrationsPackage;
    }

    public void setMigrationsPackage(String migrationsPackage) {
        this.migrationsPackage = migrationsPackage;
    }
}
