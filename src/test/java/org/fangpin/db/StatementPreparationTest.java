package org.fangpin.db;

import java.util.List;
import java.util.stream.IntStream;

import org.fangpin.grid.GridMapper;
import org.fangpin.gridcode.GridCode;
import org.fangpin.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server prepares a mapper's statement with up to a page's parameters, the driver one with more (a
 * department's batch): the server's count of statements prepared on the connection (its session status) tells.
 */
class StatementPreparationTest extends ApiTest {

	@Autowired
	private GridMapper grids;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void theServerPreparesShortStatementsAndTheDriverLongOnes() {
		int limit = StatementPreparation.SERVER_PREPARED_PARAMETERS;
		// one transaction: one connection, whose session status counts its own statements only
		this.transactions.executeWithoutResult((status) -> {
			long before = preparedByServer();
			this.grids.findByCodes(codes(limit + 1));
			this.grids.findByCodes(codes(limit + 2));
			assertThat(preparedByServer()).as("statements with more parameters than a page").isEqualTo(before);
			// a count of codes no other test asks for, so not yet prepared on this pooled connection
			this.grids.findByCodes(codes(limit - 3));
			assertThat(preparedByServer()).as("a statement of a page's parameters").isEqualTo(before + 1);
		});
	}

	/** Grid codes that exist nowhere: the statement's rows do not matter here. */
	private static List<GridCode> codes(int count) {
		return IntStream.range(0, count).mapToObj((i) -> new GridCode("990000%06d".formatted(i))).toList();
	}

	private long preparedByServer() {
		return this.jdbc.queryForObject("SHOW SESSION STATUS LIKE 'Com_stmt_prepare'", (row, i) -> row.getLong(2));
	}

}
