package org.fangpin.limits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The manifest the API loads holds exactly the documents of {@code graphql/trusted-documents/}, each under the
 * SHA-256 of its text. After adding or changing a document, regenerate it:
 * {@code ./mvnw test -Dtest=TrustedDocumentsManifestTest -Dtrusted-documents.write=true}.
 */
class TrustedDocumentsManifestTest {

	private static final Path FOLDER = Path.of("graphql/trusted-documents");

	private static final Path MANIFEST = Path.of(TrustedDocuments.MANIFEST);

	@Test
	void theManifestHoldsEveryDocumentUnderItsHashAndNothingElse() throws IOException {
		Map<String, String> documents = documents();
		if (Boolean.getBoolean("trusted-documents.write")) {
			Files.writeString(MANIFEST, JsonMapper.builder()
				.enable(SerializationFeature.INDENT_OUTPUT)
				.build()
				.writeValueAsString(documents) + "\n");
		}
		assertThat(TrustedDocuments.read(Files.newInputStream(MANIFEST)))
			.as("%s is out of date: ./mvnw test -Dtest=TrustedDocumentsManifestTest -Dtrusted-documents.write=true", MANIFEST)
			.isEqualTo(documents);
	}

	@Test
	void aManifestEntryUnderAnotherHashStopsTheStart() {
		Map<String, String> tampered = Map.of(TrustedDocuments.idOf("{ me { name } }"),
				"{ households(first: 100) { totalCount } }");
		assertThatIllegalStateException().isThrownBy(() -> new TrustedDocuments(tampered, Set.of()))
			.withMessageContaining("is not the SHA-256 of its document");
	}

	/** Every document of the folder by its id, in the order of their paths (so the manifest diffs well). */
	private static Map<String, String> documents() throws IOException {
		Map<String, String> documents = new LinkedHashMap<>();
		try (Stream<Path> files = Files.walk(FOLDER)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".graphql")).sorted().toList()) {
				String text = Files.readString(file, StandardCharsets.UTF_8);
				documents.put(TrustedDocuments.idOf(text), text);
			}
		}
		assertThat(documents).as("documents in " + FOLDER).isNotEmpty();
		return documents;
	}

}
