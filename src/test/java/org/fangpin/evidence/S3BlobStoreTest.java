package org.fangpin.evidence;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.fangpin.devservices.S3MockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The S3 store against a real S3-compatible server (S3Mock), with path-style addresses as MinIO and Ceph use. */
class S3BlobStoreTest {

	private static S3MockServer server;

	private static S3BlobStore store;

	@BeforeAll
	static void start() {
		server = S3MockServer.start("fangpin-evidence");
		store = new S3BlobStore(new EvidenceProperties.S3(server.endpoint(), "us-east-1", "fangpin-evidence", true,
				"test-access", "test-secret"));
	}

	@AfterAll
	static void stop() {
		store.close();
		server.close();
	}

	@Test
	void storesReadsAndRemovesAFileByItsKey(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("letter.pdf"), "%PDF-1.4 承诺书", StandardCharsets.UTF_8);
		store.put("2026/12/42.pdf", file, "application/pdf");

		try (InputStream bytes = store.open("2026/12/42.pdf")) {
			assertThat(new String(bytes.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4 承诺书");
		}

		store.delete("2026/12/42.pdf");
		assertThatExceptionOfType(NoSuchFileException.class).isThrownBy(() -> store.open("2026/12/42.pdf"));
		// removing what is not there is not an error: an orphan's sweep may race another instance's
		store.delete("2026/12/42.pdf");
	}

}
