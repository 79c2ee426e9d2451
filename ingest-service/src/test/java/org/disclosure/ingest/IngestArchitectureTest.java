package org.disclosure.ingest;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.disclosure.support.architecture.PipelineArchitecture;

@AnalyzeClasses(packages = "org.disclosure.ingest", importOptions = ImportOption.DoNotIncludeTests.class)
class IngestArchitectureTest {

	@ArchTest
	static final ArchRule fetchingIsPlainJava = PipelineArchitecture.domainIsPlainJava("..ingest.fetch..");

}
