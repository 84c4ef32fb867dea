package org.fangpin.db;

import java.util.List;
import java.util.function.BiConsumer;

import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.mybatis.spring.MyBatisExceptionTranslator;
import org.mybatis.spring.SqlSessionUtils;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many rows written with a mapper's single-row statement as one JDBC batch, in the caller's transaction. The
 * driver rewrites the batch into multi-row inserts ({@code rewriteBatchedStatements}): a department's batch
 * of 1,000 warnings costs a few round trips, without the statements of 22,000 bound parameters that a
 * {@code <foreach>} insert makes MyBatis build and the server parse.
 */
@Component
public class BatchWriter {

	private final SqlSessionFactory batchSessions;

	private final MyBatisExceptionTranslator exceptions;

	BatchWriter(SqlSessionFactory sessions) {
		// A factory of its own over the same configuration: MyBatis binds one session per factory to a
		// transaction and refuses to change its executor type, while both sessions use the transaction's
		// connection
		this.batchSessions = new DefaultSqlSessionFactory(sessions.getConfiguration());
		// as SqlSessionTemplate translates: a duplicate key is a DuplicateKeyException
		this.exceptions = new MyBatisExceptionTranslator(sessions.getConfiguration().getEnvironment().getDataSource(),
				true);
	}

	/**
	 * Runs {@code statement} of {@code mapper} for every row, then sends them all at once. The rows go to the
	 * transaction's batch session directly, not through a {@code SqlSessionTemplate}, which would look the
	 * session up again for each of a thousand rows.
	 * @param statement a single-row insert (or update) of the mapper, e.g. {@code WarningMapper::insertWarning}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public <M, R> void write(Class<M> mapper, List<R> rows, BiConsumer<M, R> statement) {
		SqlSession session = SqlSessionUtils.getSqlSession(this.batchSessions, ExecutorType.BATCH, this.exceptions);
		try {
			M batched = session.getMapper(mapper);
			for (R row : rows) {
				statement.accept(batched, row);
			}
			session.flushStatements();
		}
		catch (PersistenceException ex) {
			DataAccessException translated = this.exceptions.translateExceptionIfPossible(ex);
			throw (translated != null) ? translated : ex;
		}
		finally {
			SqlSessionUtils.closeSqlSession(session, this.batchSessions);
		}
	}

}
