package org.fangpin.security.rows;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A mapper read that takes no {@link Scope}, and why that reveals nothing: it reads what every caller may read
 * (grids, income lines, settings), work of the application's own (sweeps, deliveries) that no caller asks for, or
 * rows hanging off a record already read in the caller's scope ({@code value} names it). Every other read takes
 * the caller's scope ({@code ArchitectureTest}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReadsWithoutScope {

	/** Why no scope is needed, e.g. "the cases were read in scope". */
	String value();

}
