package org.fangpin.limits;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParsedDocumentsTest {

	private final ParsedDocuments documents = new ParsedDocuments();

	private final AtomicInteger parsed = new AtomicInteger();

	/** Parses for real; a document naming {@code unknown} stands for one that fails validation. */
	private final Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate = (input) -> {
		this.parsed.incrementAndGet();
		if (input.getQuery().contains("unknown")) {
			return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("unknown field").build());
		}
		return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
	};

	@Test
	void aDocumentSentAgainIsNotParsedAgain() {
		PreparsedDocumentEntry first = this.documents.get(input("{ me { name } }", Locale.CHINA), this.parseAndValidate);
		PreparsedDocumentEntry again = this.documents.get(input("{ me { name } }", Locale.CHINA), this.parseAndValidate);

		assertThat(this.parsed).hasValue(1);
		assertThat(again).isSameAs(first);
		this.documents.get(input("{ me { subject } }", Locale.CHINA), this.parseAndValidate);
		assertThat(this.parsed).as("another text").hasValue(2);
	}

	@Test
	void validationMessagesFollowTheLocale() {
		this.documents.get(input("{ me { name } }", Locale.CHINA), this.parseAndValidate);
		this.documents.get(input("{ me { name } }", Locale.ENGLISH), this.parseAndValidate);

		assertThat(this.parsed).hasValue(2);
	}

	@Test
	void anInvalidDocumentIsNotKept() {
		PreparsedDocumentEntry refused = this.documents.get(input("{ unknown }", Locale.CHINA), this.parseAndValidate);
		this.documents.get(input("{ unknown }", Locale.CHINA), this.parseAndValidate);

		assertThat(refused.hasErrors()).isTrue();
		assertThat(this.parsed).hasValue(2);
	}

	private static ExecutionInput input(String document, Locale locale) {
		return ExecutionInput.newExecutionInput(document).locale(locale).build();
	}

}
