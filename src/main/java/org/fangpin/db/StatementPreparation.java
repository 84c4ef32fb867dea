package org.fangpin.db;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import com.mysql.cj.jdbc.JdbcConnection;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.fangpin.graphql.Page;

import org.springframework.stereotype.Component;

/**
 * Who prepares a statement: the server or the driver. The API's connections ask the server
 * ({@code useServerPrepStmts}): it parses each statement once per connection and sends the rows in the binary
 * protocol, which cost the household page (P1 in docs/benchmarks.md) a third less of the API's and the
 * database's CPU. A statement with more parameters than a page has rows, though, is a department's batch: an
 * {@code IN} list of a thousand household numbers or a multi-row insert, of a new length nearly every time. The
 * server would prepare and forget each (a department's batch of 1,000 warnings, P5, took 1.79 times the raw
 * batch so, against 1.33 times), so the driver prepares those, as it would without the setting.
 */
@Component
@Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = { Connection.class, Integer.class }))
public class StatementPreparation implements Interceptor {

	/** The most parameters of a statement prepared by the server: a page of ids and a few more. */
	static final int SERVER_PREPARED_PARAMETERS = Page.MAX_SIZE + 20;

	/** A mapper's statement, prepared where its parameters say. */
	@Override
	public Object intercept(Invocation invocation) throws Throwable {
		StatementHandler statement = (StatementHandler) invocation.getTarget();
		if (statement.getBoundSql().getParameterMappings().size() > SERVER_PREPARED_PARAMETERS) {
			Object[] arguments = invocation.getArgs();
			arguments[0] = preparingInDriver((Connection) arguments[0]);
		}
		return invocation.proceed();
	}

	/** {@code sql} prepared where its {@code parameters} say. */
	static PreparedStatement prepare(Connection connection, String sql, int parameters) throws SQLException {
		return (parameters > SERVER_PREPARED_PARAMETERS) ? connection.unwrap(JdbcConnection.class).clientPrepareStatement(sql)
				: connection.prepareStatement(sql);
	}

	/**
	 * The connection, its {@code prepareStatement} methods made the driver's {@code clientPrepareStatement} of the
	 * same parameters. The statements are the driver's own, closed by MyBatis as any other.
	 */
	private static Connection preparingInDriver(Connection connection) throws SQLException {
		JdbcConnection driver = connection.unwrap(JdbcConnection.class);
		return (Connection) Proxy.newProxyInstance(StatementPreparation.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
					try {
						if (method.getName().equals("prepareStatement")) {
							return JdbcConnection.class.getMethod("clientPrepareStatement", method.getParameterTypes())
								.invoke(driver, arguments);
						}
						return method.invoke(connection, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

}
