package org.attain.bootstrap.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * A JDBC driver in front of the real one that counts every SQL statement sent to the database: each
 * statement prepared (as Hibernate and the plain-JDBC reads do) and each one executed directly.
 * Hibernate's own statistics miss what the adapters send through the session's connection
 * themselves, so the statement-count tests count here. Its URL is the real one behind {@code
 * jdbc:counted:}, as in {@code jdbc:counted:jdbc:h2:mem:attain}.
 */
public final class CountingJdbcDriver implements Driver {

  public static final String PREFIX = "jdbc:counted:";

  private static final Map<String, String> REAL_DRIVERS =
      Map.of("jdbc:h2:", "org.h2.Driver", "jdbc:postgresql:", "org.postgresql.Driver");
  private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall");
  private static final AtomicLong STATEMENTS = new AtomicLong();

  /** Starts counting again from zero. */
  public static void reset() {
    STATEMENTS.set(0);
  }

  /** The statements sent since the last {@link #reset()}. */
  public static long statements() {
    return STATEMENTS.get();
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    String real = url.substring(PREFIX.length());
    Connection connection = realDriver(real).connect(real, info);
    return counting(Connection.class, new ConnectionCounter(connection));
  }

  private static Driver realDriver(String url) throws SQLException {
    String name =
        REAL_DRIVERS.entrySet().stream()
            .filter(driver -> url.startsWith(driver.getKey()))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElseThrow(() -> new SQLException("no real driver known for " + url));
    try {
      return (Driver)
          Class.forName(name, true, CountingJdbcDriver.class.getClassLoader())
              .getDeclaredConstructor()
              .newInstance();
    } catch (ReflectiveOperationException missing) {
      throw new SQLException("cannot load " + name, missing);
    }
  }

  private static <T> T counting(Class<T> type, InvocationHandler handler) {
    return type.cast(
        Proxy.newProxyInstance(
            CountingJdbcDriver.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  /** Calls {@code target}; a proxy is equal only to itself, as the pool expects of a connection. */
  private static Object invoke(Object proxy, Object target, Method method, Object[] arguments)
      throws Throwable {
    switch (method.getName()) {
      case "equals" -> {
        return proxy == arguments[0];
      }
      case "hashCode" -> {
        return System.identityHashCode(proxy);
      }
      default -> {}
    }
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException failure) {
      throw failure.getCause();
    }
  }

  /** Counts a statement at each prepare; hands out statements that count each execution. */
  private record ConnectionCounter(Connection connection) implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
      if (PREPARING.contains(method.getName())) {
        STATEMENTS.incrementAndGet();
      }
      Object result = CountingJdbcDriver.invoke(proxy, connection, method, arguments);
      if (method.getName().equals("createStatement")) {
        Statement statement = (Statement) result;
        return counting(Statement.class, new StatementCounter(statement));
      }
      return result;
    }
  }

  private record StatementCounter(Statement statement) implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
      if (method.getName().startsWith("execute")) {
        STATEMENTS.incrementAndGet();
      }
      return CountingJdbcDriver.invoke(proxy, statement, method, arguments);
    }
  }

  @Override
  public boolean acceptsURL(String url) {
    return url != null && url.startsWith(PREFIX);
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    return new DriverPropertyInfo[0];
  }

  @Override
  public int getMajorVersion() {
    return 1;
  }

  @Override
  public int getMinorVersion() {
    return 0;
  }

  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }
}
