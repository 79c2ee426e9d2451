package org.disclosure.stack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ThreadCpuTest {

	@TempDir
	Path proc;

	@Test
	void threadsAreSortedIntoCompilingCollectingAndTheRest() throws IOException {
		Path process = this.proc.resolve("4242");
		stat(process, "java", 700, 100);
		thread(process, "1", "java", 10, 0);
		thread(process, "2", "C2 CompilerThre", 200, 20);
		thread(process, "3", "C1 CompilerThre", 30, 0);
		thread(process, "4", "GC Thread#0", 40, 5);
		thread(process, "5", "G1 Conc#0", 15, 0);
		thread(process, "6", "VM Thread", 12, 3);
		thread(process, "7", "elasticsearch[l", 300, 60);

		ThreadCpu cpu = ThreadCpu.of(process).orElseThrow();

		assertThat(cpu).isEqualTo(new ThreadCpu(250, 75, 800));
		assertThat(cpu.compilingSeconds()).isEqualTo(2.5);
		assertThat(cpu.totalSeconds()).isEqualTo(8.0);
	}

	@Test
	void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
		assertThat(ThreadCpu.ticks("17 (a (b) c) S 1 17 17 0 -1 4194560 100 0 0 0 123 45 0 0 20 0 1 0 100 0 0"))
			.isEqualTo(168);
	}

	@Test
	void aProcessCountsTheChildrenItHasWaitedForAndAThreadDoesNot() {
		String stat = "17 (java) S 1 17 17 0 -1 4194560 100 0 0 0 123 45 300 7 20 0 1 0 100 0 0";

		assertThat(ThreadCpu.withChildren(stat)).as("an OCR engine the worker ran").isEqualTo(475);
		assertThat(ThreadCpu.ticks(stat)).isEqualTo(168);
	}

	@Test
	void aProcessThatIsGoneHasNoTime() {
		assertThat(ThreadCpu.of(this.proc.resolve("missing"))).isEmpty();
	}

	@Test
	void betweenTwoReadingsAndOverSeveral() {
		ThreadCpu earlier = new ThreadCpu(100, 10, 1000);
		ThreadCpu later = new ThreadCpu(160, 25, 1900);

		assertThat(later.minus(earlier)).isEqualTo(new ThreadCpu(60, 15, 900));
		assertThat(earlier.minus(later)).as("a thread that ended takes nothing below zero")
			.isEqualTo(new ThreadCpu(0, 0, 0));
		assertThat(earlier.plus(later)).isEqualTo(new ThreadCpu(260, 35, 2900));
		assertThat(ThreadCpu.total(Duration.ofMillis(1234))).isEqualTo(new ThreadCpu(0, 0, 123));
	}

	@Test
	void thisJvmOnLinuxHasItsCompilersAmongItsThreads() {
		assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "/proc, on Linux");
		ThreadCpu cpu = ThreadCpu.of(ProcessHandle.current().pid()).orElseThrow();

		assertThat(cpu.totalTicks()).isPositive();
		assertThat(cpu.compilingTicks()).as("this JVM's JIT has compiled the test's code").isPositive();
		assertThat(cpu.compilingTicks() + cpu.collectingTicks()).isLessThanOrEqualTo(cpu.totalTicks());
	}

	private static void stat(Path folder, String name, long user, long system) throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("stat"),
				"99 (" + name + ") S 1 99 99 0 -1 4194560 100 0 0 0 " + user + " " + system + " 0 0 20 0 1 0 100\n");
	}

	private static void thread(Path process, String tid, String name, long user, long system) throws IOException {
		Path thread = process.resolve("task").resolve(tid);
		stat(thread, name, user, system);
		Files.writeString(thread.resolve("comm"), name + "\n");
	}

}
