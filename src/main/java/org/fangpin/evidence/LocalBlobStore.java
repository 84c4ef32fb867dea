package org.fangpin.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files in a directory of the server's disk: the default, so that the API runs with nothing more. A county
 * with more than one API instance needs a shared store (S3-compatible) instead.
 */
final class LocalBlobStore implements BlobStore {

	private final Path root;

	LocalBlobStore(Path root) throws IOException {
		this.root = Files.createDirectories(root.toAbsolutePath().normalize());
	}

	@Override
	public void put(String key, Path file, String contentType) throws IOException {
		Path target = resolve(key);
		Files.createDirectories(target.getParent());
		// written beside the target and moved, so that a reader never sees half a file
		Path partial = Files.createTempFile(target.getParent(), ".upload", ".part");
		try {
			Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(resolve(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(resolve(key));
	}

	@Override
	public String description() {
		return "local directory " + this.root;
	}

	/** Keys are made by the API (digits, letters, '/', '.'); one that leaves the root is refused all the same. */
	private Path resolve(String key) {
		Path path = this.root.resolve(key).normalize();
		if (!path.startsWith(this.root)) {
			throw new IllegalArgumentException("Blob key outside the store: " + key);
		}
		return path;
	}

}
