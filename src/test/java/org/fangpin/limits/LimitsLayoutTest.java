package org.fangpin.limits;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The limits are plumbing: they measure requests and know nothing of the features behind them. */
@AnalyzeClasses(packages = "org.fangpin", importOptions = ImportOption.DoNotIncludeTests.class)
class LimitsLayoutTest {

	@ArchTest
	static final ArchRule limitsDoNotDependOnFeatures = noClasses().that()
		.resideInAPackage("org.fangpin.limits..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.fangpin.household..", "org.fangpin.monitoring..", "org.fangpin.situation..",
				"org.fangpin.assistance..", "org.fangpin.grid..", "org.fangpin.me..", "org.fangpin.screening..",
				"org.fangpin.demo..");

	/** The GraphQL plumbing is used by the limits, not the other way round. */
	@ArchTest
	static final ArchRule graphqlPlumbingDoesNotDependOnTheLimits = noClasses().that()
		.resideInAPackage("org.fangpin.graphql..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.fangpin.limits..");

}
