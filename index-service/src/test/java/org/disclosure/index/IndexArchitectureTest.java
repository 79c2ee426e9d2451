package org.disclosure.index;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.disclosure.support.architecture.PipelineArchitecture;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The index documents are plain Java: no Spring, no Kafka, no Elasticsearch client. */
class IndexArchitectureTest {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.disclosure.index");

	@Test
	void documentsAreDomainCode() {
		PipelineArchitecture.domainIsPlainJava("..index.documents..").check(this.classes);
	}

	@Test
	void documentsDoNotKnowTheElasticsearchClient() {
		noClasses().that()
			.resideInAPackage("..index.documents..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("co.elastic..", "org.elasticsearch..")
			.because("the index documents are built without a cluster")
			.check(this.classes);
	}

	@Test
	void theStatusAndTheMonitorReportAreComputedInPlainJava() {
		noClasses().that()
			.resideInAPackage("..index.monitor..")
			.and()
			.haveNameMatching(".*\\.(DocumentStatus|MonitorReport)(\\$.*)?")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.apache.kafka..", "co.elastic..")
			.because("they are computed from plain records, unit-testable without a cluster")
			.check(this.classes);
	}

	@Test
	void onlyTheListenersKnowKafka() {
		noClasses().that()
			.resideOutsideOfPackage("..index.kafka..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..")
			.check(this.classes);
	}

}
