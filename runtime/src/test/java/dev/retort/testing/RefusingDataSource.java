package dev.retort.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * Real connections to a test database whose statements pass through, except those the predicate
 * refuses while it is armed: they fail with an SQLException before reaching the database.
 */
public final class RefusingDataSource {

    /** The SQLState of a refused statement. */
    public static final String REFUSED = "RT001";

    private final String url;
    private volatile Predicate<String> refused = sql -> false;

    public RefusingDataSource(String url) {
        this.url = url;
    }

    /** Refuses the statements that match from now on; {@code sql -> false} refuses none. */
    public void refuse(Predicate<String> refused) {
        this.refused = refused;
    }

    /** Refuses the first statement that matches from now on, and none after it. */
    public void refuseOnce(Predicate<String> refused) {
        AtomicBoolean done = new AtomicBoolean();
        this.refused = sql -> refused.test(sql) && done.compareAndSet(false, true);
    }

    public DataSource dataSource() {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return connection(DriverManager.getConnection(url));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private Connection connection(Connection real) {
        return proxy(Connection.class, real, (proxy, method, args) -> {
            Object result = invoke(real, method, args);
            return method.getName().equals("createStatement") ? statement((Statement) result) : result;
        });
    }

    private Statement statement(Statement real) {
        return proxy(Statement.class, real, (proxy, method, args) -> {
            if (method.getName().startsWith("execute") && args != null && args.length > 0
                    && args[0] instanceof String sql && refused.test(sql)) {
                throw new SQLException("refused by the test: " + sql, REFUSED);
            }
            return invoke(real, method, args);
        });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T real, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(RefusingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
