package org.fangpin.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fangpin.graphql.GlobalId;
import org.fangpin.household.IdNumberCipher;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The household page the API serves, made the shortest honest way: the same three statements the API runs
 * (the page, the members of its households, their grids), read with plain JDBC and written out as the same
 * JSON with Jackson. What the API costs beyond this is what GraphQL, security and mapping add.
 */
final class RawHouseholdPage {

	static final String HOUSEHOLD_COLUMNS = "h.id, h.household_number, h.county_code, h.township_code, h.village_code, "
			+ "h.group_code, h.address, h.category, h.alleviation_year, h.phone, h.low_income_support, "
			+ "h.extreme_poverty_support, h.created_at, h.updated_at, h.version";

	private static final String MEMBER_COLUMNS = "m.id, m.household_id, m.name, m.id_number_cipher, m.id_number_hash, "
			+ "m.relation, m.health, m.disability_type, m.disability_grade, m.labour_capacity, m.schooling_stage, "
			+ "m.employment_type, m.months_worked, m.medical_insurance, m.created_at, m.updated_at, m.version";

	private final JsonMapper json = JsonMapper.builder().build();

	private final IdNumberCipher cipher;

	private final boolean idNumbers;

	RawHouseholdPage(IdNumberCipher cipher, boolean idNumbers) {
		this.cipher = cipher;
		this.idNumbers = idNumbers;
	}

	/**
	 * Whether the page statement names its index, as the mapper does since it was found to need it (false to
	 * measure a build of the API from before, with the statement it ran then).
	 */
	private static final boolean INDEX_HINT = Boolean.parseBoolean(System.getProperty("bench.index-hint", "true"));

	/** The scoped page statement, as the mapper writes it for one grid of {@code column}'s level. */
	static String pageSql(String column, boolean after) {
		return "SELECT " + HOUSEHOLD_COLUMNS + " FROM household h"
				+ (INDEX_HINT ? " FORCE INDEX (ix_household_" + column.replace("_code", "") + ")" : "")
				+ " WHERE (h." + column + " IN (?))"
				+ (after ? " AND h.id > ?" : "") + " ORDER BY h.id LIMIT ?";
	}

	static String membersSql(String column, int households) {
		return "SELECT " + MEMBER_COLUMNS + " FROM member m JOIN household h ON h.id = m.household_id WHERE m.household_id IN ("
				+ "?,".repeat(households - 1) + "?) AND (h." + column + " IN (?)) "
				+ "ORDER BY m.household_id, CASE WHEN m.relation = 'HEAD' THEN 0 ELSE 1 END, m.id";
	}

	static String gridsSql(int grids) {
		return "SELECT code, parent_code, level, name FROM grid WHERE code IN (" + "?,".repeat(grids - 1) + "?) ORDER BY code";
	}

	/** The JSON of {@code households(first: size, after: cursor of afterId)} for a caller of one grid. */
	byte[] page(Connection connection, String column, String grid, @Nullable Long afterId, int size) throws SQLException {
		List<Map<String, Object>> households = new ArrayList<>();
		Set<String> groups = new LinkedHashSet<>();
		try (PreparedStatement statement = connection.prepareStatement(pageSql(column, afterId != null))) {
			int i = 1;
			statement.setString(i++, grid);
			if (afterId != null) {
				statement.setLong(i++, afterId);
			}
			statement.setInt(i, size + 1);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next() && households.size() < size) {
					Map<String, Object> household = new LinkedHashMap<>();
					long id = rows.getLong(1);
					household.put("rowId", id);
					household.put("id", new GlobalId("Household", id).encode());
					household.put("householdNumber", rows.getString(2));
					household.put("address", rows.getString(7));
					household.put("groupCode", rows.getString(6));
					// the columns the API reads into its row but this page does not show
					rows.getString(3);
					rows.getString(4);
					rows.getString(5);
					rows.getString(8);
					rows.getObject(9);
					rows.getString(10);
					rows.getBoolean(11);
					rows.getBoolean(12);
					rows.getTimestamp(13);
					rows.getTimestamp(14);
					rows.getInt(15);
					groups.add(rows.getString(6));
					households.add(household);
				}
			}
		}
		Map<Long, List<Map<String, Object>>> members = new LinkedHashMap<>();
		if (!households.isEmpty()) {
			try (PreparedStatement statement = connection.prepareStatement(membersSql(column, households.size()))) {
				int i = 1;
				for (Map<String, Object> household : households) {
					statement.setLong(i++, (Long) household.get("rowId"));
				}
				statement.setString(i, grid);
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						Map<String, Object> member = new LinkedHashMap<>();
						member.put("name", rows.getString(3));
						member.put("relation", rows.getString(6));
						byte[] sealed = rows.getBytes(4);
						rows.getBytes(5);
						for (int c = 7; c <= 17; c++) {
							rows.getObject(c);
						}
						if (this.idNumbers) {
							member.put("idNumber", this.cipher.decrypt(sealed).value());
						}
						members.computeIfAbsent(rows.getLong(2), (key) -> new ArrayList<>()).add(member);
					}
				}
			}
		}
		Map<String, Map<String, Object>> grids = new LinkedHashMap<>();
		if (!groups.isEmpty()) {
			try (PreparedStatement statement = connection.prepareStatement(gridsSql(groups.size()))) {
				int i = 1;
				for (String code : groups) {
					statement.setString(i++, code);
				}
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						rows.getString(2);
						rows.getString(3);
						grids.put(rows.getString(1), Map.of("code", rows.getString(1), "name", rows.getString(4)));
					}
				}
			}
		}
		List<Map<String, Object>> edges = new ArrayList<>(households.size());
		for (Map<String, Object> household : households) {
			List<Map<String, Object>> ofHousehold = members.getOrDefault((Long) household.remove("rowId"), List.of());
			Map<String, Object> node = new LinkedHashMap<>();
			node.put("id", household.get("id"));
			node.put("householdNumber", household.get("householdNumber"));
			node.put("address", household.get("address"));
			node.put("grid", grids.get((String) household.get("groupCode")));
			Map<String, Object> head = null;
			for (Map<String, Object> member : ofHousehold) {
				if ("HEAD".equals(member.get("relation"))) {
					head = new LinkedHashMap<>();
					head.put("name", member.get("name"));
					if (this.idNumbers) {
						head.put("idNumber", member.get("idNumber"));
					}
					break;
				}
			}
			node.put("head", head);
			node.put("members", ofHousehold);
			edges.add(Map.of("node", node));
		}
		return this.json.writeValueAsBytes(Map.of("data", Map.of("households", Map.of("edges", edges))));
	}

	static String text(byte[] json) {
		return new String(json, StandardCharsets.UTF_8);
	}

}
