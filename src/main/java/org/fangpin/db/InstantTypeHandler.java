package org.fangpin.db;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.MappedTypes;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Instants as the UTC date-times the database keeps (every connection's session is UTC: application.yml).
 * MyBatis' own handler binds a {@code java.sql.Timestamp}, which the driver writes with a
 * {@code SimpleDateFormat} made for every value (three a row in a department's batch of 1,000 warnings); a
 * {@code LocalDateTime} it writes with a shared formatter. Reading one back needs no {@code Calendar} either.
 */
@Component
@MappedTypes(Instant.class)
class InstantTypeHandler extends BaseTypeHandler<Instant> {

	@Override
	public void setNonNullParameter(PreparedStatement statement, int index, Instant instant, JdbcType jdbcType)
			throws SQLException {
		statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
	}

	@Override
	public @Nullable Instant getNullableResult(ResultSet resultSet, String column) throws SQLException {
		return toInstant(resultSet.getObject(column, LocalDateTime.class));
	}

	@Override
	public @Nullable Instant getNullableResult(ResultSet resultSet, int index) throws SQLException {
		return toInstant(resultSet.getObject(index, LocalDateTime.class));
	}

	@Override
	public @Nullable Instant getNullableResult(CallableStatement statement, int index) throws SQLException {
		return toInstant(statement.getObject(index, LocalDateTime.class));
	}

	private static @Nullable Instant toInstant(@Nullable LocalDateTime utc) {
		return (utc != null) ? utc.toInstant(ZoneOffset.UTC) : null;
	}

}
