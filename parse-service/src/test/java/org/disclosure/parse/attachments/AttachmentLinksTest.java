package org.disclosure.parse.attachments;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links to documents, resolved against the page's URL; links to anything else left out.
 */
class AttachmentLinksTest {

	private static final String PAGE = """
			<html xmlns="http://www.w3.org/1999/xhtml"><head><title>部门决算公开</title></head><body>
			<p>附件：<a href="/attach/2024部门决算.pdf">2024年部门决算</a></p>
			<p><a href="files/预算公开.XLS?v=2">2025年部门预算公开</a></p>
			<p><a href="download.jsp?id=1093">洛龙区医疗保障局2024年度部门决算.docx</a></p>
			<p><a href="https://cdn.example.gov.cn/a b.xlsx">表</a> <a href="/attach/2024部门决算.pdf">再次</a></p>
			<p><a href="/index.html">首页</a> <a href="javascript:print()">打印.pdf</a> <a href="#top">顶部</a>
			<a href="mailto:x@example.gov.cn">信箱</a> <a href="/photos/1.jpg">图片</a></p>
			</body></html>
			""";

	@Test
	void documentLinksAreResolvedAgainstThePageAndListedOnceInPageOrder() {
		assertThat(AttachmentLinks.find(PAGE, "http://www.lylq.gov.cn/zfxxgk/czyjs/index.html")).containsExactly(
				"http://www.lylq.gov.cn/attach/2024%E9%83%A8%E9%97%A8%E5%86%B3%E7%AE%97.pdf",
				"http://www.lylq.gov.cn/zfxxgk/czyjs/files/%E9%A2%84%E7%AE%97%E5%85%AC%E5%BC%80.XLS?v=2",
				"http://www.lylq.gov.cn/zfxxgk/czyjs/download.jsp?id=1093", "https://cdn.example.gov.cn/a%20b.xlsx");
	}

	@Test
	void withoutThePageUrlRelativeLinksStayAsPrinted() {
		assertThat(AttachmentLinks.find(PAGE, null)).containsExactly("/attach/2024部门决算.pdf", "files/预算公开.XLS?v=2",
				"download.jsp?id=1093", "https://cdn.example.gov.cn/a%20b.xlsx");
	}

	@Test
	void aPageWithoutDocumentLinksOrXhtmlLinksNothing() {
		assertThat(AttachmentLinks.find("<html><body><p><a href=\"/news/1.html\">新闻</a></p></body></html>",
				"http://www.lylq.gov.cn/"))
			.isEmpty();
		assertThat(AttachmentLinks.find(null, null)).isEmpty();
	}

	@Test
	void xhtmlCutAtTheWriteLimitGivesTheLinksBeforeTheCut() {
		String cut = PAGE.substring(0, PAGE.indexOf("download.jsp"));
		assertThat(AttachmentLinks.find(cut, null)).containsExactly("/attach/2024部门决算.pdf", "files/预算公开.XLS?v=2");
	}

}
