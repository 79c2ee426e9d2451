package org.disclosure.stack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A JVM's CPU time so far by what its threads do, read on Linux from
 * {@code /proc/<pid>/stat} and each thread's {@code /proc/<pid>/task/<tid>/comm} and
 * {@code stat}: compiling (HotSpot's JIT compiler threads), collecting (the garbage
 * collector's threads, and the VM thread, which runs a serial collection and the other
 * safepoint operations) and the rest, which is the process's total less those two (so the
 * time of threads that have ended stays counted). The total holds the time of the child
 * processes the JVM has waited for, such as the OCR engine a parser worker runs for a
 * page without text.
 *
 * @param compilingTicks clock ticks of the JIT compiler threads
 * @param collectingTicks clock ticks of the collector threads and the VM thread
 * @param totalTicks clock ticks of the whole process and its waited-for children
 */
public record ThreadCpu(long compilingTicks, long collectingTicks, long totalTicks) {

	/** Clock ticks a second of {@code /proc}'s times ({@code USER_HZ}, 100 on Linux). */
	static final double TICKS_PER_SECOND = 100;

	public static final ThreadCpu NONE = new ThreadCpu(0, 0, 0);

	/** What a thread of a HotSpot JVM does, from its name. */
	enum Kind {

		COMPILING, COLLECTING, OTHER;

		static Kind of(String threadName) {
			if (threadName.startsWith("C1 CompilerThre") || threadName.startsWith("C2 CompilerThre")) {
				return COMPILING;
			}
			if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ") || threadName.equals("VM Thread")) {
				return COLLECTING;
			}
			return OTHER;
		}

	}

	/** A process's CPU time where only its total is known. */
	public static ThreadCpu total(Duration total) {
		return new ThreadCpu(0, 0, Math.round(total.toNanos() * TICKS_PER_SECOND / 1e9));
	}

	/** The CPU time of {@code pid} so far, empty where /proc cannot be read. */
	public static Optional<ThreadCpu> of(long pid) {
		return of(Path.of("/proc", Long.toString(pid)));
	}

	/** The CPU time of the process whose {@code /proc} folder is {@code process}. */
	static Optional<ThreadCpu> of(Path process) {
		try {
			long total = withChildren(Files.readString(process.resolve("stat")));
			long compiling = 0;
			long collecting = 0;
			try (Stream<Path> threads = Files.list(process.resolve("task"))) {
				for (Path thread : threads.toList()) {
					try {
						long ticks = ticks(Files.readString(thread.resolve("stat")));
						Kind kind = Kind.of(Files.readString(thread.resolve("comm")).strip());
						if (kind == Kind.COMPILING) {
							compiling += ticks;
						}
						else if (kind == Kind.COLLECTING) {
							collecting += ticks;
						}
					}
					catch (IOException ended) {
						// a thread that ended while being read: its time is in the total
					}
				}
			}
			return Optional.of(new ThreadCpu(compiling, collecting, total));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * User plus system ticks of a {@code stat} line: fields 14 and 15, counted after the
	 * command name in parentheses, which may itself hold spaces and parentheses.
	 */
	static long ticks(String stat) {
		return sum(stat, 2);
	}

	/**
	 * User plus system ticks of a process's {@code stat} line with those of the children
	 * it has waited for: fields 14 to 17.
	 */
	static long withChildren(String stat) {
		return sum(stat, 4);
	}

	/** The sum of {@code count} fields of a {@code stat} line from field 14 on. */
	private static long sum(String stat, int count) {
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" +");
		long sum = 0;
		for (int field = 11; field < 11 + count; field++) {
			sum += Long.parseLong(fields[field]);
		}
		return sum;
	}

	public ThreadCpu minus(ThreadCpu earlier) {
		return new ThreadCpu(Math.max(0, this.compilingTicks - earlier.compilingTicks),
				Math.max(0, this.collectingTicks - earlier.collectingTicks),
				Math.max(0, this.totalTicks - earlier.totalTicks));
	}

	public ThreadCpu plus(ThreadCpu other) {
		return new ThreadCpu(this.compilingTicks + other.compilingTicks, this.collectingTicks + other.collectingTicks,
				this.totalTicks + other.totalTicks);
	}

	public double compilingSeconds() {
		return this.compilingTicks / TICKS_PER_SECOND;
	}

	public double collectingSeconds() {
		return this.collectingTicks / TICKS_PER_SECOND;
	}

	public double totalSeconds() {
		return this.totalTicks / TICKS_PER_SECOND;
	}

}
