package org.fangpin.limits;

import java.util.Locale;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;

/**
 * The documents parsed and validated before, kept by their text: a console or a department's system sends the
 * same few documents again and again, and parsing and validating one such as the dashboard's (about 2,200 fields)
 * cost an eighth of its request. A document depends only on its text and the schema; its validation messages
 * also on the request's locale. Only valid documents are kept, and at most {@value #MAX_CHARACTERS} characters of
 * them, so that documents sent once each cannot fill the memory. The limits of the operation (cost, depth,
 * aliases) are checked on every request after this, as before.
 */
final class ParsedDocuments {

	static final int MAX_CHARACTERS = 4_000_000;

	private final Cache<Key, PreparsedDocumentEntry> valid = Caffeine.newBuilder()
		.maximumWeight(MAX_CHARACTERS)
		.<Key, PreparsedDocumentEntry>weigher((key, entry) -> key.document().length())
		.build();

	PreparsedDocumentEntry get(ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		Key key = new Key(input.getQuery(), input.getLocale());
		PreparsedDocumentEntry kept = this.valid.getIfPresent(key);
		if (kept != null) {
			return kept;
		}
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (!entry.hasErrors()) {
			this.valid.put(key, entry);
		}
		return entry;
	}

	private record Key(String document, Locale locale) {
	}

}
