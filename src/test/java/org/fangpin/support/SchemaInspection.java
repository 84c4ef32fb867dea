package org.fangpin.support;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.execution.SchemaReport;

/** Keeps Spring for GraphQL's schema inspection report of the test application, for the schema test. */
@TestConfiguration(proxyBeanMethods = false)
public class SchemaInspection {

	private final AtomicReference<SchemaReport> report = new AtomicReference<>();

	@Bean
	GraphQlSourceBuilderCustomizer schemaReportKeeper() {
		return (builder) -> builder.inspectSchemaMappings(this.report::set);
	}

	public SchemaReport report() {
		return this.report.get();
	}

}
