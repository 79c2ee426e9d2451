package org.disclosure.contracts;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The contracts depend on nothing but the JDK and Jackson's annotations. */
@AnalyzeClasses(packages = "org.disclosure.contracts", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractsArchitectureTest {

	@ArchTest
	static final ArchRule onlyJdkAndJacksonAnnotations = classes().should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("java..", "com.fasterxml.jackson.annotation..", "org.disclosure.contracts..");

}
