package org.fangpin.limits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.introspection.IntrospectionQuery;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measure of an operation, on the real schema: what it counts, and that every document the tests
 * send (the screens of the consoles, in small) stays within the configured limits. The mini-program's trusted
 * documents are held to half of each limit in {@link TrustedDocumentsChecksTest}.
 */
class OperationShapeTest {

	private static GraphQLSchema schema;

	private static LimitsProperties limits;

	@BeforeAll
	static void schemaAndLimits() {
		SchemaAndLimits loaded = SchemaAndLimits.load();
		schema = loaded.schema();
		limits = loaded.limits();
	}

	@Test
	void aPageCostsItsSizeTimesWhatEachRowSelects() {
		// households(first: 10): 10 × (the field + edges (1 + node (1 + householdNumber 1)))
		assertThat(measure("{ households(first: 10) { edges { node { householdNumber } } } }").cost()).isEqualTo(40);
		// without first, the default page of 20
		assertThat(measure("{ households { edges { node { householdNumber } } } }").cost()).isEqualTo(80);
		// a page size given as a variable counts with its value
		assertThat(measure("query($n: Int) { households(first: $n) { totalCount } }", Map.of("n", 100)).cost())
			.isEqualTo(200);
		// an unpaged list of records counts as list-size rows
		assertThat(measure("{ household(id: \"x\") { members { name } } }").cost())
			.isEqualTo(1 + limits.listSize() * 2L);
		assertThat(measure("{ __typename me { __typename name } }").cost()).isEqualTo(2);
	}

	@Test
	void aGridTreeIsEstimatedByTheSizesTheSchemaDeclares() {
		String grid = "code name level capacity overCapacity registeredHouseholds";
		String tree = "{ grids { " + grid + " children { " + grid + " children { " + grid + " children { " + grid
				+ " } } } } }";
		// the caller's own grids (2) and each grid's children (12), four lists deep, each grid 1 + 6 fields
		assertThat(measure(tree).cost()).isEqualTo(2 * (7 + 12 * (7 + 12 * (7 + 12 * 7L))))
			.isLessThan(limits.maxCost());
		// an unpaged list without a declared size keeps the default
		assertThat(measure("{ household(id: \"x\") { members { name } } }").cost()).isEqualTo(1 + limits.listSize() * 2L);
		// the tree with every grid's people (a Keycloak read per grid), or a full page of inspections per village, is not
		String workers = "workers { edges { node { name phone } } }";
		assertThat(measure("{ grids { " + workers + " children { " + workers + " children { " + workers + " children { "
				+ workers + " } } } } }").cost()).isGreaterThan(limits.maxCost());
		assertThat(measure(tree.replace("children { " + grid + " } } } } }",
				"children { " + grid + " } inspections(first: 100) { edges { node { id } } } } } } }")).cost())
			.isGreaterThan(limits.maxCost());
	}

	@Test
	void aliasesAndFragmentsCountEachTimeTheyAreUsed() {
		String page = "households(first: 100) { edges { node { members { name idNumber } } } }";
		String aliased = IntStream.range(0, 200).mapToObj((i) -> "a" + i + ": " + page).collect(Collectors.joining(" "));
		OperationShape shape = measure("{ " + aliased + " }");
		assertThat(shape.aliases()).isEqualTo(200);
		assertThat(shape.fields()).isEqualTo(200 * 6);
		assertThat(shape.cost()).isEqualTo(200 * measure("{ " + page + " }").cost());
		assertThat(shape.cost()).isGreaterThan(limits.maxCost());

		OperationShape spread = measure("{ ...f ...f } fragment f on Query { me { name } }");
		assertThat(spread.fields()).isEqualTo(4);
		assertThat(spread.depth()).isEqualTo(2);
	}

	@Test
	void aFragmentBombIsMeasuredQuicklyAndFarOverTheLimits() {
		// 40 fragments, each spreading the next twice: 2^40 fields if spread out
		StringBuilder document = new StringBuilder("{ ...f0 }");
		for (int i = 0; i < 40; i++) {
			document.append(" fragment f").append(i).append(" on Query { ...f").append(i + 1).append(" ...f")
				.append(i + 1).append(" }");
		}
		document.append(" fragment f40 on Query { me { name } }");
		long started = System.nanoTime();
		OperationShape shape = measure(document.toString());
		assertThat(System.nanoTime() - started).isLessThan(1_000_000_000L);
		assertThat(shape.fields()).isEqualTo(2L << 40);
		assertThat(shape.fields()).isGreaterThan(limits.maxFields());
	}

	@Test
	void deeplyNestedRecordsAreDeep() {
		String nested = "{ household(id: \"x\") { members { household { members { household { members { household { "
				+ "members { household { members { household { members { name } } } } } } } } } } } } }";
		assertThat(measure(nested).depth()).isEqualTo(13).isGreaterThan(limits.maxDepth());
	}

	@Test
	void everyTestDocumentAndTheIntrospectionQueryAreWithinTheLimits() throws IOException {
		List<String> report = new ArrayList<>();
		for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:graphql-test/*.graphql")) {
			report.addAll(withinLimits(file.getFilename(), file.getContentAsString(StandardCharsets.UTF_8)));
		}
		report.addAll(withinLimits("introspection", IntrospectionQuery.INTROSPECTION_QUERY));
		System.out.println(String.join("\n", report));
	}

	private static List<String> withinLimits(String name, String text) {
		int[] tokens = { 0 };
		Document document = Parser.parse(graphql.parser.ParserEnvironment.newParserEnvironment()
			.document(text)
			.parserOptions(graphql.parser.ParserOptions.newParserOptions().parsingListener((token) -> tokens[0]++).build())
			.build());
		assertThat(tokens[0]).as(name + " tokens").isLessThanOrEqualTo(limits.maxTokens() / 2);
		List<String> report = new ArrayList<>();
		for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
			// page sizes given as variables at their largest
			Map<String, Object> variables = operation.getVariableDefinitions()
				.stream()
				.collect(Collectors.toMap((variable) -> variable.getName(), (variable) -> (Object) 100));
			OperationShape shape = OperationShape.measure(schema, document, operation, variables, limits.listSize());
			String label = name + " " + operation.getName();
			assertThat(shape.depth()).as(label + " depth").isLessThan(limits.maxDepth());
			assertThat(shape.fields()).as(label + " fields").isLessThanOrEqualTo(limits.maxFields() / 2);
			assertThat(shape.aliases()).as(label + " aliases").isLessThanOrEqualTo(limits.maxAliases() / 2);
			assertThat(shape.cost()).as(label + " cost").isLessThanOrEqualTo(limits.maxCost() / 2);
			report.add(label + ": " + shape + ", tokens " + tokens[0]);
		}
		return report;
	}

	private static OperationShape measure(String text) {
		return measure(text, Map.of());
	}

	private static OperationShape measure(String text, Map<String, Object> variables) {
		Document document = Parser.parse(text);
		return OperationShape.measure(schema, document,
				document.getDefinitionsOfType(OperationDefinition.class).getFirst(), variables, limits.listSize());
	}

}
