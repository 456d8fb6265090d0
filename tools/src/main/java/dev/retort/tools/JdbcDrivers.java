package dev.retort.tools;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.logging.Logger;

/**
 * Makes the JDBC drivers of a project's class path usable by the runtime. {@link DriverManager}
 * hands a connection only to code whose class loader sees the driver's class, which the tool's own
 * classes do not for a driver from the project's class path; a driver is therefore registered
 * through a delegate of the tool's own.
 */
final class JdbcDrivers {

    private JdbcDrivers() {}

    static void register(ClassLoader projectLoader) {
        ServiceLoader<Driver> drivers = ServiceLoader.load(Driver.class, projectLoader);
        try {
            for (Driver driver : drivers) {
                if (driver.getClass().getClassLoader() == projectLoader) {
                    DriverManager.registerDriver(new Delegate(driver));
                }
            }
        } catch (SQLException | ServiceConfigurationError e) {
            // A driver that cannot be loaded is skipped: the connection then names the URL it could not serve.
        }
    }

    /** A driver of the tool's own class loader that serves what the project's driver serves. */
    private record Delegate(Driver driver) implements Driver {

        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            return driver.connect(url, info);
        }

        @Override
        public boolean acceptsURL(String url) throws SQLException {
            return driver.acceptsURL(url);
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
            return driver.getPropertyInfo(url, info);
        }

        @Override
        public int getMajorVersion() {
            return driver.getMajorVersion();
        }

        @Override
        public int getMinorVersion() {
            return driver.getMinorVersion();
        }

        @Override
        public boolean jdbcCompliant() {
            return driver.jdbcCompliant();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return driver.getParentLogger();
        }
    }
}
