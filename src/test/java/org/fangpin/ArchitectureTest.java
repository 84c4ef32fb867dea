package org.fangpin;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.apache.ibatis.annotations.Mapper;
import org.fangpin.security.Caller;
import org.fangpin.security.rows.ReadsWithoutScope;
import org.fangpin.security.Role;
import org.fangpin.security.rows.Scope;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the layout honest as the code grows: an allow-list of layers by package pattern, so that a new
 * feature package is covered without editing this test, and no cycles between packages.
 */
@AnalyzeClasses(packages = "org.fangpin", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final String[] PLUMBING = { "org.fangpin.gridcode..", "org.fangpin.db..", "org.fangpin.graphql.." };

	private static final String SECURITY = "org.fangpin.security..";

	/** What every feature shares above security: the audit trail, node look-up, the limits of a request, the county's settings, offline work. */
	private static final String[] SHARED = { "org.fangpin.audit..", "org.fangpin.node..", "org.fangpin.limits..",
			"org.fangpin.settings..", "org.fangpin.offline.." };

	/** Every other package under org.fangpin is a feature. */
	private static final DescribedPredicate<JavaClass> FEATURES = resideInAPackage("org.fangpin.*..")
		.and(DescribedPredicate.not(resideInAnyPackage(PLUMBING)))
		.and(DescribedPredicate.not(resideInAPackage(SECURITY)))
		.and(DescribedPredicate.not(resideInAnyPackage(SHARED)))
		.as("features");

	/**
	 * Plumbing (grid codes, ids, GraphQL errors and paging) at the bottom, knowing nobody; security above
	 * it; the shared services above security; features on top; the application wires them.
	 */
	@ArchTest
	static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
		.ensureAllClassesAreContainedInArchitecture()
		.layer("Application")
		.definedBy("org.fangpin")
		.layer("Features")
		.definedBy(FEATURES)
		.layer("Shared")
		.definedBy(SHARED)
		.layer("Security")
		.definedBy(SECURITY)
		.layer("Plumbing")
		.definedBy(PLUMBING)
		.whereLayer("Application")
		.mayNotBeAccessedByAnyLayer()
		.whereLayer("Features")
		.mayOnlyBeAccessedByLayers("Application")
		.whereLayer("Shared")
		.mayOnlyBeAccessedByLayers("Features", "Application")
		.whereLayer("Security")
		.mayOnlyBeAccessedByLayers("Shared", "Features", "Application");

	@ArchTest
	static final ArchRule noCyclesBetweenPackages = slices().matching("org.fangpin.(*)..").should().beFreeOfCycles();

	/** A feature reads and writes another feature's rows through its service, which applies its rules. */
	@ArchTest
	static final ArchRule noFeatureUsesAnotherFeaturesMapper = classes().that(FEATURES)
		.and()
		.resideOutsideOfPackage("org.fangpin.demo..")
		.should(new ArchCondition<>("use only the mappers of their own package") {
			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass();
					if (target.isAnnotatedWith(Mapper.class) && !target.getPackageName().equals(origin.getPackageName())) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		})
		.because("demo data alone is bulk-loaded straight into the tables of each feature");

	/** Who may do what is decided in security (scope, field policy, duties, grants), nowhere else. */
	@ArchTest
	static final ArchRule onlySecurityAsksACallerForItsRoles = noClasses().that()
		.resideOutsideOfPackage(SECURITY)
		.should()
		.callMethod(Caller.class, "holds", Role.class)
		.orShould()
		.callMethod(Caller.class, "dutiesCovering", String.class)
		.orShould()
		.callMethod(Caller.class, "gridsOf", Role.class);

	/**
	 * What a resident of a household sees is declared on the schema ({@code @internal}) and released in security:
	 * no resolver asks whether the caller is the household's resident.
	 */
	@ArchTest
	static final ArchRule onlySecurityAsksForTheCallersOwnHousehold = noClasses().that()
		.resideOutsideOfPackage(SECURITY)
		.should()
		.callMethod(Caller.class, "ownHousehold");

	/** A caller's rows are worked out once, when the caller is built: everyone reads {@code caller.scope()}. */
	@ArchTest
	static final ArchRule theScopeIsWorkedOutOncePerCaller = noClasses().that()
		.doNotHaveFullyQualifiedName(Caller.class.getName())
		.should()
		.callMethod(Scope.class, "of", Caller.class);

	/**
	 * The caller is built once from the token; nobody else reads claims. (The grid administration's client of
	 * Keycloak's Admin API gets tokens of its own as an OAuth2 client: it reads none.)
	 */
	@ArchTest
	static final ArchRule onlySecurityReadsTokens = noClasses().that()
		.resideOutsideOfPackage(SECURITY)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.security.oauth2.jwt..", "org.springframework.security.oauth2.server..");

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


	/**
	 * Every read of a mapper takes the caller's {@link Scope} (the one SQL fragment that decides which rows a
	 * caller reaches), or says in {@link ReadsWithoutScope} why it needs none. A read is a method that returns
	 * rows or a value; a write returns its count or nothing.
	 */
	@ArchTest
	static final ArchRule everyMapperReadTakesAScope = methods().that()
		.areDeclaredInClassesThat()
		.areAnnotatedWith(Mapper.class)
		.and(DescribedPredicate.describe("read rows or a value",
				(JavaMethod method) -> !method.getRawReturnType().isEquivalentTo(int.class)
						&& !method.getRawReturnType().isEquivalentTo(void.class)))
		.should(new ArchCondition<>("take a Scope or say why not") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				boolean scoped = method.getRawParameterTypes().stream().anyMatch((type) -> type.isEquivalentTo(Scope.class));
				if (!scoped && !method.isAnnotatedWith(ReadsWithoutScope.class)) {
					events.add(SimpleConditionEvent.violated(method, method.getFullName()
							+ " reads without the caller's Scope and without @ReadsWithoutScope"));
				}
			}
		});

	/**
	 * A service calls another service's method, never a mutation's way in: the schema's input records are built
	 * by Spring for GraphQL from a request, and by nothing of ours (a service that built one to call its own
	 * mutation would take the caller's steps twice over, and hide what it really needs).
	 */
	@ArchTest
	static final ArchRule noServiceBuildsAnInputOfTheSchema = noClasses().that()
		.haveSimpleNameEndingWith("Service")
		.should()
		.callConstructorWhere(JavaConstructorCall.Predicates.target(HasOwner.Predicates.With
			.owner(HasName.Predicates.nameMatching(".*\\$\\w+Input"))))
		.because("inputs are what a request sends; services take what they need");

}
