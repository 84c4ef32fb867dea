package org.fangpin.graphql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller method's argument bound from the GraphQL argument of this name with Jackson, for inputs of
 * many items (a department's batch of 1,000 warnings). {@code @Argument} binds each item property by property
 * through Spring's data binder, which cost a sixth of such a request's CPU; Jackson reads the records
 * the same way as {@code @Argument} (by component name, enum values by name, scalars already coerced).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface JsonArgument {

	/** The argument's name in the schema. */
	String value();

}
