package org.disclosure.stack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressBarTest {

	@Test
	void fillsByBytes() {
		assertThat(ProgressBar.render(0, 4, 0, 4096, 10)).isEqualTo("[..........] 0/4 files  0 B / 4.0 KB");
		assertThat(ProgressBar.render(1, 4, 1024, 4096, 10)).isEqualTo("[###.......] 1/4 files  1.0 KB / 4.0 KB");
		assertThat(ProgressBar.render(4, 4, 4096, 4096, 10)).isEqualTo("[##########] 4/4 files  4.0 KB / 4.0 KB");
	}

	@Test
	void emptyFilesFillByCount() {
		assertThat(ProgressBar.render(1, 2, 0, 0, 4)).startsWith("[##..] 1/2 files");
		assertThat(ProgressBar.render(0, 0, 0, 0, 4)).startsWith("[####] 0/0 files");
	}

	@Test
	void bytesArePrintedForPeople() {
		assertThat(ProgressBar.bytes(512)).isEqualTo("512 B");
		assertThat(ProgressBar.bytes(1536)).isEqualTo("1.5 KB");
		assertThat(ProgressBar.bytes(100L * 1024 * 1024)).isEqualTo("100.0 MB");
	}

}
