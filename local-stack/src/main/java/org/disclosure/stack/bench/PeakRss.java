package org.disclosure.stack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * The peak resident set of a process on Linux: {@code VmHWM} of
 * {@code /proc/<pid>/status}, which {@code /proc/<pid>/clear_refs} sets back to the
 * current resident set.
 */
public final class PeakRss {

	private PeakRss() {
	}

	/** The peak resident set of {@code pid} in KiB, empty where /proc does not say. */
	public static OptionalLong kib(long pid) {
		try {
			return kib(Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")));
		}
		catch (IOException ex) {
			return OptionalLong.empty();
		}
	}

	static OptionalLong kib(List<String> status) {
		for (String line : status) {
			if (line.startsWith("VmHWM:")) {
				return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
			}
		}
		return OptionalLong.empty();
	}

	/**
	 * Starts the peak of {@code pid} afresh from its current resident set; false when the
	 * process or this user cannot.
	 */
	public static boolean reset(long pid) {
		try {
			Files.writeString(Path.of("/proc", Long.toString(pid), "clear_refs"), "5");
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
