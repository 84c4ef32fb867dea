package org.fangpin.limits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLTypeUtil;
import org.fangpin.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What CI holds the mini-program's trusted documents to, on the real schema and the configured limits: each is
 * one named operation, valid, and within half of each limit (so that a screen can grow, and the limits be
 * tightened, before a released mini-program breaks); and every mutation a mini-program persona may take by its
 * {@code @duty} (grid worker, village cadre, township officer, a resident for their own household) is reachable
 * through at least one of them. The county's and the administrators' mutations are the console's.
 */
class TrustedDocumentsChecksTest {

	/** The roles of the people who work in the mini-program; the county works in the console. */
	static final Set<Role> MINIPROGRAM_ROLES = Set.of(Role.GRID_WORKER, Role.VILLAGE_CADRE, Role.TOWNSHIP_OFFICER,
			Role.RESIDENT);

	private static SchemaAndLimits real;

	private static Map<String, String> documents;

	@BeforeAll
	static void schemaLimitsAndDocuments() throws IOException {
		real = SchemaAndLimits.load();
		documents = new TreeMap<>();
		// the files themselves, not their copies on the class path: a removed file must count as removed
		try (Stream<Path> files = Files.walk(Path.of("graphql/trusted-documents"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".graphql")).toList()) {
				documents.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		assertThat(documents).isNotEmpty();
	}

	@Test
	void everyTrustedDocumentIsOneOperationNamedAfterItsFileAndValidAgainstTheSchema() {
		documents.forEach((name, text) -> {
			ParseAndValidateResult result = ParseAndValidate.parseAndValidate(real.schema(),
					ExecutionInput.newExecutionInput(text).build());
			assertThat(result.getErrors()).as(name).isEmpty();
			assertThat(result.getDocument().getDefinitionsOfType(OperationDefinition.class))
				.as(name + ": one operation, named after the file")
				.singleElement()
				.extracting(OperationDefinition::getName)
				.isEqualTo(name.replace(".graphql", ""));
		});
	}

	@Test
	void everyTrustedDocumentIsWithinHalfOfEachLimit() {
		LimitsProperties limits = real.limits();
		List<String> report = new ArrayList<>();
		documents.forEach((name, text) -> {
			// the API's own token counter, stopping at half the limit
			Document document = Parser.parse(ParserEnvironment.newParserEnvironment()
				.document(text)
				.parserOptions(ParserOptions.newParserOptions()
					.parsingListener(TooManyTokens.counting(limits.maxTokens() / 2))
					.build())
				.build());
			OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).getFirst();
			// every variable at the largest page size, so that a page asked for at its largest is measured
			Map<String, Object> variables = operation.getVariableDefinitions()
				.stream()
				.collect(Collectors.toMap((variable) -> variable.getName(), (variable) -> (Object) 100));
			OperationShape shape = OperationShape.measure(real.schema(), document, operation, variables,
					limits.listSize());
			assertThat(shape.depth()).as(name + " depth").isLessThanOrEqualTo(limits.maxDepth() / 2);
			assertThat(shape.fields()).as(name + " fields").isLessThanOrEqualTo(limits.maxFields() / 2);
			assertThat(shape.aliases()).as(name + " aliases").isLessThanOrEqualTo(limits.maxAliases() / 2);
			assertThat(shape.cost()).as(name + " cost").isLessThanOrEqualTo(limits.maxCost() / 2);
			report.add(name + ": " + shape);
		});
		System.out.println(String.join("\n", report));
	}

	@Test
	void everyMutationAMiniProgramPersonaTakesIsReachableThroughATrustedDocument() {
		Set<String> reachable = new TreeSet<>();
		documents.values().forEach((text) -> reachable.addAll(mutationsOf(Parser.parse(text))));
		List<String> unreachable = new ArrayList<>();
		for (GraphQLFieldDefinition mutation : real.schema().getMutationType().getFieldDefinitions()) {
			Set<Role> roles = declaredRoles(mutation);
			roles.retainAll(MINIPROGRAM_ROLES);
			if (!roles.isEmpty() && !reachable.contains(mutation.getName())) {
				unreachable.add(mutation.getName() + " " + roles);
			}
		}
		assertThat(unreachable).as("mutations a mini-program persona takes that no trusted document sends").isEmpty();
		assertThat(reachable).as("trusted documents name only mutations of the schema")
			.allMatch((name) -> real.schema().getMutationType().getFieldDefinition(name) != null);
	}

	/**
	 * A device that lost an answer sends the mutation again: a create carries its client's key ({@code clientKey}:
	 * written once, answered again), an update the version the device saw (a stale one is a CONFLICT). The few
	 * others are writes that a resend cannot double, each for the reason named.
	 */
	@Test
	void everyMutationAMiniProgramPersonaTakesIsSafeToSendAgain() {
		Map<String, String> onceByNature = Map.of("recordChannelLead", "its channel reference is its key",
				"flagKeyCategory", "one flag per category: sent again, a CONFLICT",
				"removeKeyCategoryFlag", "sent again, the flag is gone: a CONFLICT",
				"bindResidentAccount", "an account is bound once: sent again, refused",
				"attachEvidence", "a file is attached once: sent again, refused as no longer pending");
		List<String> unsafe = new ArrayList<>();
		for (GraphQLFieldDefinition mutation : real.schema().getMutationType().getFieldDefinitions()) {
			Set<Role> roles = declaredRoles(mutation);
			roles.retainAll(MINIPROGRAM_ROLES);
			if (roles.isEmpty() || onceByNature.containsKey(mutation.getName())) {
				continue;
			}
			GraphQLInputObjectType input = (GraphQLInputObjectType) GraphQLTypeUtil
				.unwrapAll(mutation.getArgument("input").getType());
			if (input.getField("clientKey") == null && input.getField("version") == null) {
				unsafe.add(mutation.getName() + "(" + input.getName() + ")");
			}
		}
		assertThat(unsafe).as("mini-program mutations with neither a clientKey nor a version").isEmpty();
		assertThat(onceByNature.keySet()).as("each named once by nature is still a mutation without a key or version")
			.allSatisfy((name) -> {
				GraphQLInputObjectType input = (GraphQLInputObjectType) GraphQLTypeUtil
					.unwrapAll(real.schema().getMutationType().getFieldDefinition(name).getArgument("input").getType());
				assertThat(input.getField("clientKey")).isNull();
			});
	}

	/** The roles a mutation's {@code @duty} directives name (a resident's own-household duty names RESIDENT). */
	private static Set<Role> declaredRoles(GraphQLFieldDefinition mutation) {
		Set<Role> roles = new TreeSet<>();
		for (GraphQLAppliedDirective duty : mutation.getAppliedDirectives("duty")) {
			roles.add(Role.valueOf(String.valueOf((Object) duty.getArgument("role").getValue())));
		}
		return roles;
	}

	/** The root fields of the document's mutation operations: the mutations it sends. */
	private static Set<String> mutationsOf(Document document) {
		return document.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.filter((operation) -> operation.getOperation() == OperationDefinition.Operation.MUTATION)
			.flatMap((operation) -> operation.getSelectionSet().getSelectionsOfType(Field.class).stream())
			.map(Field::getName)
			.collect(Collectors.toSet());
	}

}
