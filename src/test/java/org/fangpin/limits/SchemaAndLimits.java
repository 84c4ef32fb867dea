package org.fangpin.limits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The real schema (with its directives) and the configured limits, read from the files without starting the
 * application: what the measures of documents are taken against.
 */
record SchemaAndLimits(GraphQLSchema schema, LimitsProperties limits) {

	static SchemaAndLimits load() {
		try {
			TypeDefinitionRegistry types = new TypeDefinitionRegistry();
			for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls")) {
				types.merge(new SchemaParser().parse(file.getContentAsString(StandardCharsets.UTF_8)));
			}
			YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
			yaml.setResources(new ClassPathResource("application.yml"));
			return new SchemaAndLimits(UnExecutableSchemaGenerator.makeUnExecutableSchema(types),
					new Binder(new MapConfigurationPropertySource(yaml.getObject())).bind("fangpin.limits", LimitsProperties.class)
						.get());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
