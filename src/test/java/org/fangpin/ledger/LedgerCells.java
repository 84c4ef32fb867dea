package org.fangpin.ledger;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fangpin.support.Spreadsheets.Table;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** What the cell-by-cell ledger tests share: a row against the API's answer, and the answer's parts. */
final class LedgerCells {

	private LedgerCells() {
	}

	/** Every cell of the row is expected; a column the test does not know fails, so no column goes unchecked. */
	static void assertRow(String who, Table sheet, int row, Map<String, String> expected) {
		for (int c = 0; c < sheet.headers().size(); c++) {
			String header = sheet.headers().get(c);
			assertThat(expected).as("a column no record names: " + header).containsKey(header);
			assertThat(sheet.rows().get(row).get(c)).as("%s row %d %s", who, row + 1, header)
				.isEqualTo(expected.get(header));
		}
	}

	/** The Chinese terms the schema's descriptions of an enum's values start with, as a ledger writes them. */
	static Map<String, String> terms(GraphQlTester tester, String enumName) {
		return maps(tester.documentName("ledger")
			.operationName("enumTerms")
			.variable("name", enumName)
			.execute()
			.path("__type.enumValues")
			.entityList(Map.class)
			.get()).stream()
			.collect(Collectors.toMap((value) -> (String) value.get("name"),
					(value) -> ((String) value.get("description")).split(" / ")[0]));
	}

	static String gridName(JdbcTemplate jdbc, String code) {
		return jdbc.queryForObject("SELECT name FROM grid WHERE code = ?", String.class, code);
	}

	/** A value of the API's answer as its cell reads: empty for none. */
	static String text(Object value) {
		return (value == null) ? "" : value.toString();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Map<String, Object> parent, String field) {
		return (Map<String, Object>) parent.get(field);
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> maps(Object list) {
		return ((List<Object>) list).stream().map((item) -> (Map<String, Object>) item).toList();
	}

}
