package org.fangpin.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.mapping.StatementType;
import org.apache.ibatis.reflection.MetaClass;
import org.apache.ibatis.reflection.invoker.Invoker;
import org.apache.ibatis.scripting.defaults.RawSqlSource;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandler;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many rows written with a mapper's single-row insert as one JDBC batch, in the caller's transaction. The
 * driver rewrites the batch into multi-row inserts ({@code rewriteBatchedStatements}): a department's batch of
 * 1,000 warnings costs a few round trips, without the statements of 22,000 bound parameters that a
 * {@code <foreach>} insert makes MyBatis build and the server parse.
 * <p>
 * The statement's SQL, parameter mappings and type handlers are the mapper's, read once per write. The rows are
 * bound here rather than through a MyBatis batch session, whose executor makes a statement handler and a bound
 * SQL for every row and looks each of its properties up by name: for a department's batch, 33,000 look-ups
 * that gave the same answer, a tenth of the request's CPU.
 */
@Component
public class BatchWriter {

	private final Configuration configuration;

	private final DataSource dataSource;

	private final SQLExceptionTranslator exceptions;

	BatchWriter(SqlSessionFactory sessions) {
		this.configuration = sessions.getConfiguration();
		this.dataSource = this.configuration.getEnvironment().getDataSource();
		// as MyBatis-Spring translates: a duplicate key is a DuplicateKeyException
		this.exceptions = new SQLErrorCodeSQLExceptionTranslator(this.dataSource);
	}

	/**
	 * Runs {@code statement} of {@code mapper} for every row, then sends them all at once.
	 * @param statement the id of a single-row insert (or update) of the mapper's XML, without dynamic SQL, whose
	 * parameter is the row, e.g. {@code insertWarning} of {@code WarningMapper}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public <R> void write(Class<?> mapper, String statement, List<R> rows) {
		if (rows.isEmpty()) {
			return;
		}
		MappedStatement mapped = this.configuration.getMappedStatement(mapper.getName() + "." + statement);
		if (!(mapped.getSqlSource() instanceof RawSqlSource) || mapped.getStatementType() != StatementType.PREPARED
				|| mapped.getSqlCommandType() == SqlCommandType.SELECT) {
			throw new IllegalArgumentException(mapped.getId() + " is not a static insert or update");
		}
		BoundSql sql = mapped.getBoundSql(rows.getFirst());
		List<Column> columns = sql.getParameterMappings()
			.stream()
			.map((mapping) -> Column.of(this.configuration, rows.getFirst().getClass(), mapping))
			.toList();
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		// rewritten into multi-row inserts of thousands of parameters: prepared by the driver
		try (PreparedStatement batch = StatementPreparation.prepare(connection, sql.getSql(),
				sql.getParameterMappings().size() * rows.size())) {
			for (R row : rows) {
				for (int i = 0; i < columns.size(); i++) {
					columns.get(i).bind(batch, i + 1, row);
				}
				batch.addBatch();
			}
			batch.executeBatch();
		}
		catch (SQLException ex) {
			throw this.exceptions.translate(mapped.getId(), sql.getSql(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/**
	 * A parameter of the statement: how to read it from a row, its type handler, and its JDBC type as MyBatis
	 * passes it (the mapping's, or the configured one for a null without it).
	 */
	private record Column(Invoker getter, TypeHandler<Object> typeHandler, @Nullable JdbcType jdbcType,
			JdbcType jdbcTypeForNull) {

		@SuppressWarnings("unchecked")
		static Column of(Configuration configuration, Class<?> rowType, ParameterMapping mapping) {
			Invoker getter = MetaClass.forClass(rowType, configuration.getReflectorFactory())
				.getGetInvoker(mapping.getProperty());
			JdbcType forNull = (mapping.getJdbcType() != null) ? mapping.getJdbcType() : configuration.getJdbcTypeForNull();
			return new Column(getter, (TypeHandler<Object>) mapping.getTypeHandler(), mapping.getJdbcType(), forNull);
		}

		void bind(PreparedStatement statement, int index, Object row) throws SQLException {
			Object value;
			try {
				value = this.getter.invoke(row, null);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Cannot read a row's value for parameter " + index, ex);
			}
			this.typeHandler.setParameter(statement, index, value, (value != null) ? this.jdbcType : this.jdbcTypeForNull);
		}

	}

}
