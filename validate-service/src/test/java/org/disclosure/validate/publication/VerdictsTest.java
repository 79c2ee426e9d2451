package org.disclosure.validate.publication;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.DocumentValidated;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.Publication;
import org.disclosure.contracts.Severity;
import org.disclosure.contracts.ValidationStatus;
import org.disclosure.support.blob.BlobStore;
import org.disclosure.support.blob.FileSystemBlobStore;
import org.disclosure.support.events.EventCodec;
import org.disclosure.validate.rules.RuleCatalogue;
import org.disclosure.validate.rules.fixtures.LushiDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A budget published as two files, its narrative and its tables (lushi-2024-budget cut in
 * two): each file alone is incomplete and missing nothing the other holds; whichever
 * arrives second, both are then checked together, the narrative against the tables of the
 * other file, and the findings name both files.
 */
class VerdictsTest {

	private static final String KEY = "卢氏县医疗保障局|2024|budget";

	private final DocumentParsed whole = LushiDocument.parsed();

	private final DocumentParsed narrative = part(this.whole, "1".repeat(64), Publication.NARRATIVE);

	private final DocumentParsed tables = part(this.whole, "2".repeat(64), Publication.TABLES);

	@TempDir
	Path store;

	private Verdicts verdicts() {
		return verdicts(new FileSystemBlobStore(this.store));
	}

	private static Verdicts verdicts(BlobStore blobs) {
		return new Verdicts(RuleCatalogue.standard(), new PublicationParts(blobs, new EventCodec()),
				Clock.fixed(Instant.parse("2026-12-06T00:00:00Z"), ZoneOffset.UTC));
	}

	/**
	 * The store in {@code store}, noting the name of every record read into {@code read}.
	 */
	private BlobStore counting(List<String> read) {
		FileSystemBlobStore files = new FileSystemBlobStore(this.store);
		return (BlobStore) Proxy.newProxyInstance(BlobStore.class.getClassLoader(), new Class<?>[] { BlobStore.class },
				(proxy, method, arguments) -> {
					if (method.getName().equals("readRecord")) {
						read.add((String) arguments[0]);
					}
					try {
						return method.invoke(files, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	private static Instant day(int day) {
		return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * day);
	}

	@Test
	void theNarrativeAloneIsIncompleteAndMissesNoTable() {
		List<DocumentValidated> first = verdicts().of(this.narrative);
		assertThat(first).singleElement().satisfies((verdict) -> {
			assertThat(verdict.validation().status()).isEqualTo(ValidationStatus.INCOMPLETE);
			assertThat(verdict.validation().findings()).noneMatch((f) -> f.ruleId().equals("BU-CP"));
			assertThat(verdict.validation().skipped()).anySatisfy((skipped) -> {
				assertThat(skipped.ruleId()).isEqualTo("BU-CP");
				assertThat(skipped.reason()).contains("set unknown");
			});
			assertThat(verdict.validation().linkedDocuments()).isEmpty();
		});
	}

	@Test
	void theSecondFileChecksBothTogetherWhicheverComesFirst() {
		for (List<DocumentParsed> order : List.of(List.of(this.narrative, this.tables),
				List.of(this.tables, this.narrative))) {
			Verdicts verdicts = verdicts();
			verdicts.of(order.get(0));
			List<DocumentValidated> second = verdicts.of(order.get(1));
			assertThat(second).extracting(DocumentValidated::docId)
				.containsExactly(order.get(1).docId(), order.get(0).docId());
			for (DocumentValidated verdict : second) {
				String other = verdict.docId().equals(this.narrative.docId()) ? this.tables.docId()
						: this.narrative.docId();
				assertThat(verdict.validation().linkedDocuments()).containsExactly(other);
				assertThat(verdict.validation().status()).isEqualTo(ValidationStatus.FAILED);
				Finding narrativeAgainstTables = verdict.validation()
					.findings()
					.stream()
					.filter((f) -> f.ruleId().equals("BU-NR") && f.severity() == Severity.ERROR)
					.findFirst()
					.orElseThrow();
				assertThat(narrativeAgainstTables.documents()).containsExactlyInAnyOrder(this.narrative.docId(),
						this.tables.docId());
				assertThat(narrativeAgainstTables.location()).contains("narrative: narrative.pdf")
					.contains("tables: tables.pdf");
			}
		}
	}

	/**
	 * Twenty versions of the tables (re-published, or copies) and then the narrative:
	 * each tables file reads none of the others, and the narrative reads only the newest,
	 * the one ingested last, and is checked with it; that one's verdict is issued again.
	 */
	@Test
	void aPartIsReadWithTheNewestFileOfTheOtherKindAndReadsNoOther() {
		List<String> read = new ArrayList<>();
		Verdicts verdicts = verdicts(counting(read));
		for (int version = 0; version < 20; version++) {
			String docId = String.format("%064x", 100 + version);
			assertThat(verdicts.of(part(this.whole, docId, Publication.TABLES, day(version)))).singleElement()
				.satisfies((verdict) -> assertThat(verdict.docId()).isEqualTo(docId));
		}
		assertThat(read).as("no tables file read the records of the others").isEmpty();

		List<DocumentValidated> both = verdicts
			.of(part(this.whole, this.narrative.docId(), Publication.NARRATIVE, day(30)));

		String newest = String.format("%064x", 119);
		assertThat(both).extracting(DocumentValidated::docId).containsExactly(this.narrative.docId(), newest);
		assertThat(both.get(0).validation().linkedDocuments()).containsExactly(newest);
		assertThat(both.get(1).validation().linkedDocuments()).containsExactly(this.narrative.docId());
		assertThat(read).singleElement().asString().contains("/tables/").endsWith(newest);
	}

	/**
	 * The newest tables file ingested before an older one that arrives later (a replay, a
	 * slow parse): the older is read with the narrative, and the narrative keeps its
	 * verdict read with the newer one.
	 */
	@Test
	void anOlderVersionArrivingLateDoesNotReplaceTheNewerPairsVerdict() {
		Verdicts verdicts = verdicts();
		DocumentParsed newer = part(this.whole, "3".repeat(64), Publication.TABLES, day(2));
		DocumentParsed older = part(this.whole, "4".repeat(64), Publication.TABLES, day(1));
		verdicts.of(newer);
		assertThat(verdicts.of(part(this.whole, this.narrative.docId(), Publication.NARRATIVE, day(3))))
			.extracting(DocumentValidated::docId)
			.containsExactly(this.narrative.docId(), newer.docId());

		List<DocumentValidated> late = verdicts.of(older);

		assertThat(late).singleElement().satisfies((verdict) -> {
			assertThat(verdict.docId()).isEqualTo(older.docId());
			assertThat(verdict.validation().linkedDocuments()).containsExactly(this.narrative.docId());
		});
	}

	/**
	 * A newer narrative is read with the newest tables, whose verdict is issued again.
	 */
	@Test
	void aNewerVersionOfAPartIsCheckedWithTheNewestOfTheOtherKind() {
		Verdicts verdicts = verdicts();
		DocumentParsed tablesFile = part(this.whole, "5".repeat(64), Publication.TABLES, day(1));
		verdicts.of(tablesFile);
		verdicts.of(part(this.whole, "6".repeat(64), Publication.NARRATIVE, day(2)));

		List<DocumentValidated> again = verdicts.of(part(this.whole, "7".repeat(64), Publication.NARRATIVE, day(3)));

		assertThat(again).extracting(DocumentValidated::docId).containsExactly("7".repeat(64), tablesFile.docId());
		assertThat(again.get(1).validation().linkedDocuments()).containsExactly("7".repeat(64));
	}

	@Test
	void aRecordOfTheLayoutNamedByDocumentIdIsStillFound() {
		FileSystemBlobStore files = new FileSystemBlobStore(this.store);
		String folder = "publications/" + BlobStore.sha256Hex(KEY.getBytes(StandardCharsets.UTF_8)) + "/";
		files.putRecord(folder + "tables/" + this.tables.docId(), new EventCodec().encode(this.tables));

		List<DocumentValidated> both = verdicts().of(this.narrative);

		assertThat(both).extracting(DocumentValidated::docId)
			.containsExactly(this.narrative.docId(), this.tables.docId());
	}

	@Test
	void aRecordWrittenBeforeRecordsWereFiledByPartIsStillFound() {
		FileSystemBlobStore files = new FileSystemBlobStore(this.store);
		String folder = "publications/" + BlobStore.sha256Hex(KEY.getBytes(StandardCharsets.UTF_8)) + "/";
		files.putRecord(folder + this.tables.docId(), new EventCodec().encode(this.tables));

		List<DocumentValidated> both = verdicts().of(this.narrative);

		assertThat(both).extracting(DocumentValidated::docId)
			.containsExactly(this.narrative.docId(), this.tables.docId());
	}

	@Test
	void aWholeDisclosureIsCheckedAlone() {
		assertThat(verdicts().of(this.whole)).singleElement()
			.satisfies((verdict) -> assertThat(verdict.validation().linkedDocuments()).isEmpty());
	}

	/** {@code whole} cut to one part of a split publication. */
	private static DocumentParsed part(DocumentParsed whole, String docId, String part) {
		return part(whole, docId, part, whole.fetchedAt());
	}

	/**
	 * {@code whole} cut to one part of a split publication, ingested at {@code fetched}.
	 */
	private static DocumentParsed part(DocumentParsed whole, String docId, String part, Instant fetched) {
		boolean narrative = part.equals(Publication.NARRATIVE);
		return new DocumentParsed(whole.schemaVersion(), docId,
				new org.disclosure.contracts.DocumentSource(null, part + ".pdf", "application/pdf", 1, null), fetched,
				whole.parsedAt(), whole.parserVersion(), whole.metadata(), null, 0,
				narrative ? List.of() : whole.tables(), narrative ? whole.tables() : List.of(),
				narrative ? whole.sections() : List.of(), narrative ? List.of() : whole.tableContents(),
				narrative ? whole.figures() : List.of(), whole.totals(), null, null, new Publication(part, KEY));
	}

}
