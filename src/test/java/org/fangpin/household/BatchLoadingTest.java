package org.fangpin.household;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of households with their grid, head, population and members costs a fixed number of statements,
 * whatever its size: counted by the database server itself.
 */
class BatchLoadingTest extends ApiTest {

	/**
	 * The household page without a field released in full (birth dates, ID numbers, health): showing one also
	 * writes the access log ({@code SensitiveDataAccessTest}), statements that are not the page's.
	 */
	private static final String PAGE = """
			query householdPage($first: Int) {
			  households(first: $first) {
			    edges { node { id householdNumber grid { code name } head { name relation } population
			                   members { id name relation gender } } }
			  }
			}""";

	private static final String ONE = """
			query household($id: ID!) {
			  household(id: $id) { id householdNumber grid { code name } head { name relation } population
			                       members { id name relation gender } }
			}""";

	@Test
	@SuppressWarnings("rawtypes")
	void aPagesHouseholdsHaveTheRelationsEachHasWhenReadAlone() {
		List<Map> page = graphQlAs(Persona.COUNTY).document(PAGE)
			.variable("first", 20)
			.execute()
			.path("households.edges[*].node")
			.entityList(Map.class)
			.hasSize(20)
			.get();
		for (Map household : page) {
			assertThat(household.get("members")).asInstanceOf(InstanceOfAssertFactories.LIST).isNotEmpty();
			assertThat(graphQlAs(Persona.COUNTY).document(ONE)
				.variable("id", household.get("id"))
				.execute()
				.path("household")
				.entity(Map.class)
				.get()).isEqualTo(household);
		}
	}

	@Test
	void pagesOfFiveAndFiftyCostTheSameStatements() {
		long small = selectsFor(5);
		long large = selectsFor(50);
		assertThat(large).isEqualTo(small);
		// households, members (head, population and members share one load), grids, and the caller's rate bucket,
		// which the instances share in the database (read once per request, whatever the page)
		assertThat(small).isEqualTo(4);
	}

	/**
	 * The fewest SELECTs of three requests: the server's count also takes in what runs beside the request (the
	 * scheduler polling for due tasks every second), which a request alone never lowers.
	 */
	private long selectsFor(int pageSize) {
		long fewest = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			fewest = Math.min(fewest, selectsOfOneRequest(pageSize));
		}
		return fewest;
	}

	private long selectsOfOneRequest(int pageSize) {
		graphQlAs(Persona.COUNTY).document(PAGE).variable("first", 1).execute();
		long before = selectsSoFar();
		graphQlAs(Persona.COUNTY).document(PAGE)
			.variable("first", pageSize)
			.execute()
			.path("households.edges")
			.entityList(Object.class)
			.hasSize(pageSize);
		return selectsSoFar() - before;
	}

	/** SELECTs the server has run, over all connections (the tests run one request at a time; the scheduler polls). */
	private long selectsSoFar() {
		return this.jdbc.queryForObject("SHOW GLOBAL STATUS LIKE 'Com_select'", (row, index) -> row.getLong(2));
	}

}
