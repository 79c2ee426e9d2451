package org.disclosure.validate;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.disclosure.support.architecture.PipelineArchitecture;

@AnalyzeClasses(packages = "org.disclosure.validate", importOptions = ImportOption.DoNotIncludeTests.class)
class ValidateArchitectureTest {

	@ArchTest
	static final ArchRule rulesArePlainJava = PipelineArchitecture.domainIsPlainJava("..validate.rules..");

}
