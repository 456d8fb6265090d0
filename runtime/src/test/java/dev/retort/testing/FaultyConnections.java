package dev.retort.testing;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Real connections to a test database behind a {@link Proxy} that counts the statements that change
 * something (executes and updates, and commits; never queries nor the migration lock's statements)
 * and injects a fault at the N-th: {@link Fault#REJECTED} throws before the statement runs,
 * {@link Fault#LOST_ACKNOWLEDGEMENT} runs it and then throws, as when the network fails after the
 * server did the work. {@link Fault#HALT} runs nothing more: the JVM halts, as a killed runner;
 * {@link Fault#HALT_AFTER} halts it just after the statement ran.
 * With {@code alsoFailNext} the statement after the fault is rejected too (it is the undo's first).
 * Apart from the count, {@link #refuse} rejects every statement that matches a predicate, lock
 * statements included, with the SQLState {@link #REFUSED}.
 */
public final class FaultyConnections {

    public enum Fault { REJECTED, LOST_ACKNOWLEDGEMENT, HALT, HALT_AFTER }

    /** The SQLState of a statement {@link #refuse refused}. */
    public static final String REFUSED = "RT001";

    private final String url;
    private final Fault fault;
    private final int failAt;
    private final boolean alsoFailNext;
    private final List<String> counted = new ArrayList<>();
    private int failed = -1;
    private volatile Predicate<String> refused = sql -> false;

    private FaultyConnections(String url, Fault fault, int failAt, boolean alsoFailNext) {
        this.url = url;
        this.fault = fault;
        this.failAt = failAt;
        this.alsoFailNext = alsoFailNext;
    }

    /** Fails the {@code failAt}-th counted statement (from 1); 0 fails none and only counts. */
    public static FaultyConnections failing(String url, Fault fault, int failAt, boolean alsoFailNext) {
        return new FaultyConnections(url, fault, failAt, alsoFailNext);
    }

    public static FaultyConnections counting(String url) {
        return new FaultyConnections(url, Fault.REJECTED, 0, false);
    }

    /** Refuses the statements that match from now on, before they reach the database; {@code sql -> false} refuses none. */
    public void refuse(Predicate<String> refused) {
        this.refused = refused;
    }

    /** Refuses the first statement that matches from now on, and none after it. */
    public void refuseOnce(Predicate<String> refused) {
        AtomicBoolean done = new AtomicBoolean();
        this.refused = sql -> refused.test(sql) && done.compareAndSet(false, true);
    }

    /** The counted statements so far, in order (a commit is written COMMIT). */
    public synchronized List<String> counted() {
        return List.copyOf(counted);
    }

    /** Whether a fault was injected. */
    public synchronized boolean fired() {
        return failed > 0;
    }

    public DataSource dataSource() {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getConnection" -> connection(DriverManager.getConnection(url));
                    case "getLogWriter" -> (PrintWriter) null;
                    case "getLoginTimeout" -> 0;
                    case "getParentLogger" -> Logger.getGlobal();
                    case "isWrapperFor" -> false;
                    case "toString" -> "FaultyConnections(" + url + ")";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    private Connection connection(Connection real) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Handler(real, null, null));
    }

    private final class Handler implements InvocationHandler {
        private final Object real;
        private final String preparedSql;
        private final Handler owner;
        private boolean lock;

        Handler(Object real, String preparedSql, Handler owner) {
            this.real = real;
            this.preparedSql = preparedSql;
            this.owner = owner == null ? this : owner;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (real instanceof Connection connection && name.equals("commit")) {
                return lock ? call(real, method, args) : counted(connection, "COMMIT", method, args);
            }
            if (real instanceof Statement && (name.equals("execute") || name.startsWith("executeUpdate")
                    || name.startsWith("executeLarge") || name.equals("executeBatch"))) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                if (sql != null && refused.test(sql)) {
                    throw new SQLException("refused by the test: " + sql, REFUSED);
                }
                if (isLock(sql)) {
                    owner.lock = true;
                }
                return owner.lock ? call(real, method, args) : counted(real, sql, method, args);
            }
            Object result = call(real, method, args);
            if (result instanceof Statement statement && method.getReturnType().isInterface()) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {method.getReturnType()},
                        new Handler(statement, sql, owner));
            }
            return result;
        }
    }

    private Object counted(Object real, String sql, Method method, Object[] args) throws Throwable {
        boolean fail;
        synchronized (this) {
            counted.add(sql);
            int n = counted.size();
            fail = n == failAt || (alsoFailNext && failed > 0 && n == failed + 1);
            if (n == failAt) {
                failed = n;
            }
        }
        if (!fail) {
            return call(real, method, args);
        }
        switch (fault) {
            case HALT -> Runtime.getRuntime().halt(137);
            case HALT_AFTER -> {
                call(real, method, args);
                Runtime.getRuntime().halt(137);
            }
            case LOST_ACKNOWLEDGEMENT -> {
                if (counted().size() == failAt) {
                    call(real, method, args);
                }
            }
            default -> { }
        }
        throw new SQLException("injected fault at statement " + counted().size() + " (" + fault.name()
                .toLowerCase(Locale.ROOT).replace('_', ' ') + "): " + sql, "08006");
    }

    private static boolean isLock(String sql) {
        String lower = sql == null ? "" : sql.toLowerCase(Locale.ROOT);
        // H2Lock's own wait, not the migration session's lock_timeout on PostgreSQL
        return lower.contains("retort_lock") || sql != null && sql.startsWith("SET LOCK_TIMEOUT ")
                || lower.contains("get_lock") || lower.contains("advisory");
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
