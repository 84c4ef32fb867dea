package org.fangpin;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the layout honest as the code grows. */
@AnalyzeClasses(packages = "org.fangpin", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	/** The caller is built once from the token; nobody else reads claims. */
	@ArchTest
	static final ArchRule onlySecurityReadsTokens = noClasses().that()
		.resideOutsideOfPackage("org.fangpin.security..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.security.oauth2..");

	/** Features hang off the plumbing, never the other way round. */
	@ArchTest
	static final ArchRule plumbingDoesNotDependOnFeatures = noClasses().that()
		.resideInAnyPackage("org.fangpin.security..", "org.fangpin.graphql..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.fangpin.household..", "org.fangpin.monitoring..", "org.fangpin.me..",
				"org.fangpin.demo..");

	/** Households know nothing of monitoring: the lifecycle builds on households, not the reverse. */
	@ArchTest
	static final ArchRule householdsDoNotDependOnMonitoring = noClasses().that()
		.resideInAnyPackage("org.fangpin.household..", "org.fangpin.grid..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.fangpin.monitoring..");

	/** Demo data is loaded from outside; no feature relies on it. */
	@ArchTest
	static final ArchRule featuresDoNotDependOnDemoData = noClasses().that()
		.resideOutsideOfPackage("org.fangpin.demo..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.fangpin.demo..");

}
