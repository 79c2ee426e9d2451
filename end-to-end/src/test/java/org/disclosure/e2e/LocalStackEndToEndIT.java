package org.disclosure.e2e;

import org.disclosure.stack.StackLayout;

/**
 * The end-to-end test on servers started from Maven Central artifacts, as
 * {@code ./pipeline up} starts them: a KRaft broker from the kafka_2.13 jars and
 * Elasticsearch 8.19 from its zip.
 */
class LocalStackEndToEndIT extends PipelineEndToEndContract {

	@Override
	PipelineInfrastructure startInfrastructure(StackLayout layout) {
		return LocalInfrastructure.start(layout);
	}

}
