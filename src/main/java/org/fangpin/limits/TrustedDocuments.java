package org.fangpin.limits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import org.fangpin.graphql.ErrorCode;
import org.fangpin.security.Caller;
import org.fangpin.security.CallerContext;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * 可信文档: the documents registered with the API, each by the SHA-256 of its exact text, from the manifest kept
 * in the repository ({@value #MANIFEST}, generated from the {@code .graphql} files beside it). A request names
 * one as Apollo's persisted queries do, without its text:
 * {@code {"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "<hex>"}}, "variables": {…}}}.
 * <p>
 * The clients of {@code fangpin.trusted-documents.enforced-clients} (the mini-program, in {@code prod}) may send
 * nothing else: their raw documents are refused before they are parsed, so all they can ask of the API is what
 * the repository holds, reviewed. Every other client may send either. A request never registers a document
 * (unlike automatic persisted queries): an id the manifest lacks is refused, or its raw document, if one came
 * beside it, is treated as raw.
 * <p>
 * A registered document then runs like any other: validated, measured against the limits, its fields and duties
 * checked for the caller. Being the API's one provider of parsed documents, it also keeps those parsed before
 * ({@link ParsedDocuments}), registered or raw.
 */
@Component
class TrustedDocuments implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

	static final String MANIFEST = "graphql/trusted-documents/manifest.json";

	private final Map<String, String> documents;

	private final Set<String> enforcedClients;

	private final ParsedDocuments parsed = new ParsedDocuments();

	@Autowired
	TrustedDocuments(TrustedDocumentsProperties properties) throws IOException {
		this(read(new ClassPathResource(MANIFEST).getInputStream()), properties.enforcedClients());
	}

	TrustedDocuments(Map<String, String> documents, Set<String> enforcedClients) {
		documents.forEach((id, document) -> {
			if (!id.equals(idOf(document))) {
				// a hand-edited manifest: its clients would send the hash of another text than the one run
				throw new IllegalStateException(MANIFEST + ": " + id + " is not the SHA-256 of its document");
			}
		});
		this.documents = Map.copyOf(documents);
		this.enforcedClients = Set.copyOf(enforcedClients);
	}

	/** The manifest: document id to document text. */
	static Map<String, String> read(InputStream manifest) throws IOException {
		try (manifest) {
			return JsonMapper.shared().readValue(manifest, new TypeReference<Map<String, String>>() {
			});
		}
	}

	/** The id of a document: the SHA-256 of its exact text (UTF-8) in lower-case hex, as clients compute it. */
	static String idOf(String document) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(this));
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		@Nullable String id = documentId(input);
		@Nullable String registered = (id != null) ? this.documents.get(id) : null;
		if (registered != null) {
			ExecutionInput trusted = input.transform((builder) -> builder.query(registered));
			return CompletableFuture.completedFuture(this.parsed.get(trusted, parseAndValidate));
		}
		// Spring for GraphQL puts this in place of a query the request did not carry
		if (PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(input.getQuery())) {
			return refused(notFound(id));
		}
		@Nullable Caller caller = input.getGraphQLContext().get(CallerContext.KEY);
		if (caller != null && this.enforcedClients.contains(caller.client())) {
			return refused(rawRefused(caller.client()));
		}
		return CompletableFuture.completedFuture(this.parsed.get(input, parseAndValidate));
	}

	private static @Nullable String documentId(ExecutionInput input) {
		return (input.getExtensions().get("persistedQuery") instanceof Map<?, ?> persistedQuery
				&& persistedQuery.get("sha256Hash") instanceof String hash) ? hash.toLowerCase(Locale.ROOT) : null;
	}

	private static CompletableFuture<PreparsedDocumentEntry> refused(GraphQLError error) {
		return CompletableFuture.completedFuture(new PreparsedDocumentEntry(error));
	}

	private static GraphQLError notFound(@Nullable String id) {
		return LimitExceeded.error(ErrorCode.PERSISTED_QUERY_NOT_FOUND,
				"未登记的查询文档：%s (PERSISTED_QUERY_NOT_FOUND: no registered document has this sha256Hash)"
					.formatted((id != null) ? id : "（未给出 none given）"),
				Map.of());
	}

	private static GraphQLError rawRefused(@Nullable String client) {
		return LimitExceeded.error(ErrorCode.BAD_USER_INPUT, """
				此客户端只能发送已登记的查询文档，请以 extensions.persistedQuery.sha256Hash 指明 (BAD_USER_INPUT: client %s may \
				send only registered documents, named by their sha256Hash in extensions.persistedQuery)""".formatted(client),
				Map.of("limit", "trustedDocuments"));
	}

}
