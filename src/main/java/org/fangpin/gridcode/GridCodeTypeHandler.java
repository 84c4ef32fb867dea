package org.fangpin.gridcode;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.MappedTypes;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Lets mappers read and write {@link GridCode} as the plain code column it is. */
@Component
@MappedTypes(GridCode.class)
class GridCodeTypeHandler extends BaseTypeHandler<GridCode> {

	@Override
	public void setNonNullParameter(PreparedStatement statement, int index, GridCode code, JdbcType jdbcType)
			throws SQLException {
		statement.setString(index, code.value());
	}

	@Override
	public @Nullable GridCode getNullableResult(ResultSet resultSet, String column) throws SQLException {
		return toCode(resultSet.getString(column));
	}

	@Override
	public @Nullable GridCode getNullableResult(ResultSet resultSet, int index) throws SQLException {
		return toCode(resultSet.getString(index));
	}

	@Override
	public @Nullable GridCode getNullableResult(CallableStatement statement, int index) throws SQLException {
		return toCode(statement.getString(index));
	}

	private static @Nullable GridCode toCode(@Nullable String value) {
		return (value != null) ? new GridCode(value) : null;
	}

}
