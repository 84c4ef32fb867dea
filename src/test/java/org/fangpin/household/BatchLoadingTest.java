package org.fangpin.household;

import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of households with their grid, head, population and members costs a fixed number of statements,
 * whatever its size: counted by the database server itself.
 */
class BatchLoadingTest extends ApiTest {

	@Test
	void pagesOfFiveAndFiftyCostTheSameStatements() {
		long small = selectsFor(5);
		long large = selectsFor(50);
		assertThat(large).isEqualTo(small);
		// households, members (head, population and members share one load) and grids
		assertThat(small).isEqualTo(3);
	}

	/**
	 * The fewest of three tries: the count is the server's, so work of its own the application does meanwhile
	 * (a reconciliation at start, a lease renewed) can only add to it, never hide a statement per household.
	 */
	private long selectsFor(int pageSize) {
		graphQlAs(Persona.COUNTY).documentName("householdPage").variable("first", 1).execute();
		long fewest = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			fewest = Math.min(fewest, selectsOnce(pageSize));
		}
		return fewest;
	}

	private long selectsOnce(int pageSize) {
		long before = selectsSoFar();
		graphQlAs(Persona.COUNTY).documentName("householdPage")
			.variable("first", pageSize)
			.execute()
			.path("households.edges")
			.entityList(Object.class)
			.hasSize(pageSize);
		return selectsSoFar() - before;
	}

	/** SELECTs the server has run, over all connections (the tests run one request at a time). */
	private long selectsSoFar() {
		return this.jdbc.queryForObject("SHOW GLOBAL STATUS LIKE 'Com_select'", (row, index) -> row.getLong(2));
	}

}
