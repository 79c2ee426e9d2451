package org.disclosure.parse.attachments;

import java.nio.charset.StandardCharsets;

import org.disclosure.contracts.DocumentSource;
import org.disclosure.parse.ParseOutcome;
import org.disclosure.parse.ParsedFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A government page that only links the documents of a disclosure is a landing page: no
 * disclosure, not an error, and its attachments are listed, absolute where the page's URL
 * is known.
 */
public class LandingPageTest {

	public static final String PAGE_URL = "http://www.lylq.gov.cn/zfxxgk/czyjs/2025/index.html";

	/** A page titled like a disclosure, with a sentence and two attachments. */
	public static final String LANDING_PAGE = """
			<!DOCTYPE html>
			<html lang="zh-CN"><head><meta charset="UTF-8"><title>洛阳市洛龙区医疗保障局2024年度部门决算公开</title></head>
			<body><h1>洛阳市洛龙区医疗保障局2024年度部门决算公开</h1>
			<p>发布时间：2025-08-30　来源：洛阳市洛龙区医疗保障局</p>
			<p>根据《中华人民共和国预算法》有关规定，现将我局2024年度部门决算予以公开，详见附件。</p>
			<p>附件：<a href="/attach/lylq-2024-final.pdf">洛阳市洛龙区医疗保障局2024年度部门决算.pdf</a></p>
			<p><a href="../files/lylq-2025-budget.xls">洛阳市洛龙区医疗保障局2025年部门预算公开.xls</a></p>
			<p><a href="/index.html">首页</a> <a href="javascript:window.print()">打印本页</a></p>
			</body></html>
			""";

	@Test
	void aPageLinkingItsAttachmentsIsALandingPageListingThemAbsolute() {
		ParseOutcome.Failed failed = parse(LANDING_PAGE, PAGE_URL);

		assertThat(failed.reason()).isEqualTo("landing_page");
		assertThat(failed.attachments()).containsExactly("http://www.lylq.gov.cn/attach/lylq-2024-final.pdf",
				"http://www.lylq.gov.cn/zfxxgk/czyjs/files/lylq-2025-budget.xls");
		assertThat(failed.message()).contains("landing page", "http://www.lylq.gov.cn/attach/lylq-2024-final.pdf",
				"http://www.lylq.gov.cn/zfxxgk/czyjs/files/lylq-2025-budget.xls");
	}

	@Test
	void aPageOfUnknownAddressListsItsLinksAsPrinted() {
		ParseOutcome.Failed failed = parse(LANDING_PAGE, null);

		assertThat(failed.reason()).isEqualTo("landing_page");
		assertThat(failed.attachments()).containsExactly("/attach/lylq-2024-final.pdf",
				"../files/lylq-2025-budget.xls");
	}

	@Test
	void aPageThatIsNoDisclosureButLinksDocumentsIsALandingPageToo() {
		String notice = LANDING_PAGE.replace("2024年度部门决算公开", "政务公开专栏").replace("现将我局2024年度部门决算予以公开", "现将有关文件公布");

		assertThat(parse(notice, PAGE_URL).reason()).isEqualTo("landing_page");
	}

	@Test
	void aDisclosurePageThatAlsoLinksAnAttachmentIsParsed() {
		String html = new String(ParsedFixtures.fixture("luolong-2024-final.html").bytes(), StandardCharsets.UTF_8)
			.replace("</body>", "<p>附件：<a href=\"/attach/tables.xls\">部门决算表.xls</a></p></body>");

		ParseOutcome outcome = ParsedFixtures.parser()
			.parse(html.getBytes(StandardCharsets.UTF_8), new DocumentSource(PAGE_URL, "index.html", null, 0, null));

		assertThat(outcome).isInstanceOfSatisfying(ParseOutcome.Parsed.class,
				(parsed) -> assertThat(parsed.tables()).contains("FA01", "FA09"));
	}

	@Test
	void otherFailuresListNoAttachments() {
		ParseOutcome.Failed failed = parse("<html><body><p>医保局召开工作会议</p></body></html>", PAGE_URL);

		assertThat(failed.reason()).isEqualTo("not_a_disclosure");
		assertThat(failed.attachments()).isEmpty();
	}

	private static ParseOutcome.Failed parse(String html, String url) {
		byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
		ParseOutcome outcome = ParsedFixtures.parser()
			.parse(bytes, new DocumentSource(url, "index.html", null, bytes.length, null));
		assertThat(outcome).isInstanceOf(ParseOutcome.Failed.class);
		return (ParseOutcome.Failed) outcome;
	}

}
