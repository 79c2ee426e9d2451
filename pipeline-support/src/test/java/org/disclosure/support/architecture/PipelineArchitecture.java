package org.disclosure.support.architecture;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Rules every service keeps (STYLE.md 3): domain code is plain Java; only the adapters at
 * the edge (Kafka listeners, web controllers, configuration) know Spring or Kafka.
 */
public final class PipelineArchitecture {

	private PipelineArchitecture() {
	}

	/**
	 * Classes of {@code domainPackages} (ArchUnit package patterns, e.g.
	 * {@code "..parse.metadata.."}) depend on neither Spring nor Kafka.
	 */
	public static ArchRule domainIsPlainJava(String... domainPackages) {
		return noClasses().that()
			.resideInAnyPackage(domainPackages)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.apache.kafka..")
			.because("domain code is plain Java, unit-testable without Spring or Kafka");
	}

}
