package org.disclosure.stack;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Child processes in their own session ({@code setsid}): Ctrl-C in the launcher's
 * terminal does not reach them, and they outlive the launcher when it leaves them
 * running.
 */
final class DetachedProcess {

	private static final Path SETSID = Path.of("/usr/bin/setsid");

	private DetachedProcess() {
	}

	/**
	 * Starts {@code command} in a new session with stdin from {@code /dev/null} and
	 * stdout and stderr appended to {@code logFile}. The process keeps the pid of the
	 * returned {@link Process}: {@code setsid} only forks when it is a process group
	 * leader, which a freshly spawned child is not.
	 */
	static Process start(List<String> command, Map<String, String> env, Path workDir, Path logFile) throws IOException {
		List<String> full = new ArrayList<>();
		if (Files.isExecutable(SETSID)) {
			full.add(SETSID.toString());
		}
		full.addAll(command);
		Files.createDirectories(logFile.getParent());
		ProcessBuilder builder = new ProcessBuilder(full).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		builder.environment().putAll(env);
		return builder.start();
	}

	/**
	 * Runs {@code command} to completion (for one-off tools), appending its output to
	 * {@code logFile}.
	 */
	static int run(List<String> command, Path workDir, Path logFile, Duration timeout)
			throws IOException, InterruptedException {
		Files.createDirectories(logFile.getParent());
		Process process = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
			.start();
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("Timed out after " + timeout.toSeconds() + " s: "
					+ String.join(" ", command) + LogTail.describe(logFile, 40));
		}
		return process.exitValue();
	}

	/** SIGTERM, then SIGKILL when the process has not ended within {@code grace}. */
	static void stop(ProcessHandle process, Duration grace) {
		if (!process.isAlive()) {
			return;
		}
		process.destroy();
		if (!awaitExit(process, grace)) {
			process.destroyForcibly();
			awaitExit(process, Duration.ofSeconds(10));
		}
	}

	static boolean awaitExit(ProcessHandle process, Duration timeout) {
		try {
			process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return !process.isAlive();
		}
		catch (ExecutionException ex) {
			return !process.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
	}

	static void writePid(Path pidFile, long pid) throws IOException {
		Files.createDirectories(pidFile.getParent());
		Files.writeString(pidFile, pid + "\n", StandardCharsets.US_ASCII);
	}

	/**
	 * The live process named in {@code pidFile}, if the file exists and the process still
	 * runs.
	 */
	static Optional<ProcessHandle> fromPidFile(Path pidFile) {
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * A shutdown hook that closes {@code resource} if the JVM ends first (a test that
	 * died); cancel it to let the resource outlive the JVM or once it is closed.
	 */
	static ExitHook closeOnExit(AutoCloseable resource, String name) {
		Thread hook = new Thread(() -> {
			try {
				resource.close();
			}
			catch (Exception ex) {
				System.err.println("Could not stop " + name + ": " + ex);
			}
		}, "stop-" + name);
		Runtime.getRuntime().addShutdownHook(hook);
		return new ExitHook(hook);
	}

	/**
	 * A registered shutdown hook; {@link #cancel()} may be called any number of times.
	 */
	static final class ExitHook {

		private volatile Thread hook;

		private ExitHook(Thread hook) {
			this.hook = hook;
		}

		void cancel() {
			Thread registered = this.hook;
			this.hook = null;
			if (registered == null || Thread.currentThread() == registered) {
				return;
			}
			try {
				Runtime.getRuntime().removeShutdownHook(registered);
			}
			catch (IllegalStateException shuttingDown) {
				// the hook is running or about to: nothing left to cancel
			}
		}

	}

}
