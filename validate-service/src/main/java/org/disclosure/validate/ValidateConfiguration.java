package org.disclosure.validate;

import java.time.Clock;

import org.disclosure.support.blob.BlobStore;
import org.disclosure.support.events.EventCodec;
import org.disclosure.validate.publication.PublicationParts;
import org.disclosure.validate.publication.Verdicts;
import org.disclosure.validate.rules.RuleCatalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rule catalogue and the parts of split publications, kept in the shared blob store.
 */
@Configuration(proxyBeanMethods = false)
class ValidateConfiguration {

	@Bean
	Verdicts verdicts(BlobStore blobs, EventCodec codec) {
		return new Verdicts(RuleCatalogue.standard(), new PublicationParts(blobs, codec), Clock.systemUTC());
	}

}
