package org.fangpin.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the bytes of evidence files live, by key. Nothing in it is public: files are read through the API,
 * which checks scope and release on every download.
 */
interface BlobStore {

	/** Stores the file's bytes under {@code key}, replacing nothing: keys are new ids. */
	void put(String key, Path file, String contentType) throws IOException;

	/** The bytes stored under {@code key}, to be closed by the reader. */
	InputStream open(String key) throws IOException;

	/** Removes what is stored under {@code key}; nothing there is not an error. */
	void delete(String key) throws IOException;

	/** For the operator: where files go. */
	String description();

}
