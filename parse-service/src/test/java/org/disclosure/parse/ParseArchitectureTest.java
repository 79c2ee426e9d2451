package org.disclosure.parse;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The parser is plain Java: only the Kafka listener, the Spring wiring ({@code ..boot..})
 * and the application class know Spring or Kafka (STYLE.md 3).
 */
@AnalyzeClasses(packages = "org.disclosure.parse", importOptions = ImportOption.DoNotIncludeTests.class)
class ParseArchitectureTest {

	@ArchTest
	static final ArchRule domainIsPlainJava = noClasses().that()
		.resideInAPackage("org.disclosure.parse..")
		.and()
		.resideOutsideOfPackages("..parse.kafka..", "..parse.boot..")
		.and()
		.doNotHaveFullyQualifiedName(ParseApplication.class.getName())
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "org.apache.kafka..")
		.because("domain code is plain Java, unit-testable without Spring or Kafka");

	@ArchTest
	static final ArchRule domainDoesNotKnowTheListener = noClasses().that()
		.resideInAPackage("org.disclosure.parse..")
		.and()
		.resideOutsideOfPackage("..parse.kafka..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..parse.kafka..")
		.because("the listener is an adapter at the edge");

}
