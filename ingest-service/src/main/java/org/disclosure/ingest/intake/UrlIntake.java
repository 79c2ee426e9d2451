package org.disclosure.ingest.intake;

import java.io.IOException;
import java.io.InputStream;

import org.disclosure.ingest.fetch.DocumentFetcher;
import org.disclosure.ingest.fetch.DocumentFetcher.FetchedBody;
import org.disclosure.ingest.fetch.FetchRefusedException;

/**
 * Takes in a document named by URL, from the HTTP API or the Kafka request topic alike.
 */
public class UrlIntake {

	private final DocumentFetcher fetcher;

	private final DocumentIntake intake;

	public UrlIntake(DocumentFetcher fetcher, DocumentIntake intake) {
		this.fetcher = fetcher;
		this.intake = intake;
	}

	public IntakeResult receive(String url, String publisher) throws IOException {
		FetchedBody fetched;
		try {
			fetched = this.fetcher.fetch(url);
		}
		catch (FetchRefusedException ex) {
			Rejection rejection = ex.refused() ? Rejection.URL_REFUSED : Rejection.FETCH_FAILED;
			return this.intake.rejectWithoutBytes(rejection, ex.getMessage(), url, publisher);
		}
		try (InputStream body = fetched.body()) {
			return this.intake.receive(body, fetched.fileName(), fetched.finalUrl(), publisher);
		}
	}

}
