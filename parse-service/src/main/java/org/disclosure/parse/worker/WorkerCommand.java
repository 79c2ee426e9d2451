package org.disclosure.parse.worker;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The command line that starts a parser worker JVM: the java of this process, a heap of
 * its own, the serial collector (one parse at a time needs no more) with half the heap
 * for new objects ({@code -XX:NewRatio=1}: with the default third, a parse's short-lived
 * objects outgrew the young generation and were copied into the old one, and the
 * collector took twice the CPU: 12 against 6 ms a fixture document, one thread), exit at
 * the first {@link OutOfMemoryError} with code 3 and the JVM's own messages on stderr
 * (stdout is the protocol's), headless AWT (fonts), logging to stderr. The classes are
 * this process's: from its class path when run from classes and jars (tests, IDE), or
 * from its Spring Boot executable jar through {@code PropertiesLauncher} (nested jars
 * cannot be put on a class path).
 *
 * @param arguments the program and its arguments
 */
public record WorkerCommand(List<String> arguments) {

	/** Exit code of a JVM run with {@code -XX:+ExitOnOutOfMemoryError} that ran out. */
	static final int OUT_OF_MEMORY_EXIT = 3;

	static final String MAIN_CLASS = ParseWorker.class.getName();

	static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

	private static final long MIN_HEAP_MEGABYTES = 32;

	public WorkerCommand {
		arguments = List.copyOf(arguments);
	}

	/**
	 * A worker of this JVM's java and classes.
	 * @param maxHeapMegabytes the worker's heap ({@code -Xmx}), at least 32 MB
	 */
	public static WorkerCommand ofThisJvm(long maxHeapMegabytes) {
		return ofThisJvm(maxHeapMegabytes, List.of());
	}

	/**
	 * A worker of this JVM's java and classes, with more system properties.
	 * @param maxHeapMegabytes the worker's heap ({@code -Xmx}), at least 32 MB
	 * @param properties {@code -D} options (the OCR settings)
	 */
	public static WorkerCommand ofThisJvm(long maxHeapMegabytes, List<String> properties) {
		return of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				System.getProperty("java.class.path"), maxHeapMegabytes, properties);
	}

	/**
	 * A worker run by {@code java} with the classes of {@code classPath}.
	 * @param java the java executable
	 * @param classPath a class path, or a Spring Boot executable jar of parse-service
	 * @param maxHeapMegabytes the worker's heap ({@code -Xmx}), at least 32 MB
	 */
	public static WorkerCommand of(String java, String classPath, long maxHeapMegabytes) {
		return of(java, classPath, maxHeapMegabytes, List.of());
	}

	/**
	 * A worker run by {@code java} with the classes of {@code classPath} and more system
	 * properties.
	 * @param java the java executable
	 * @param classPath a class path, or a Spring Boot executable jar of parse-service
	 * @param maxHeapMegabytes the worker's heap ({@code -Xmx}), at least 32 MB
	 * @param properties {@code -D} options (the OCR settings)
	 */
	public static WorkerCommand of(String java, String classPath, long maxHeapMegabytes, List<String> properties) {
		if (maxHeapMegabytes < MIN_HEAP_MEGABYTES) {
			throw new IllegalArgumentException(
					"A parser worker needs a heap of at least " + MIN_HEAP_MEGABYTES + " MB, not " + maxHeapMegabytes);
		}
		List<String> arguments = new ArrayList<>(List.of(java, "-Xmx" + maxHeapMegabytes + "m", "-XX:+UseSerialGC",
				"-XX:NewRatio=1", "-XX:+ExitOnOutOfMemoryError", "-XX:+DisplayVMOutputToStderr",
				"-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
				"-Dlogback.configurationFile=org/disclosure/parse/worker/logback-worker.xml", "-cp", classPath));
		arguments.addAll(arguments.size() - 2, properties);
		if (isExecutableJar(classPath)) {
			arguments.addAll(List.of("-Dloader.main=" + MAIN_CLASS, BOOT_LAUNCHER));
		}
		else {
			arguments.add(MAIN_CLASS);
		}
		return new WorkerCommand(arguments);
	}

	/**
	 * True when {@code classPath} is a single Spring Boot executable jar (classes under
	 * {@code BOOT-INF/}).
	 */
	static boolean isExecutableJar(String classPath) {
		if (classPath == null || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")
				|| !Files.isRegularFile(Path.of(classPath))) {
			return false;
		}
		try (JarFile jar = new JarFile(classPath)) {
			return jar.getEntry("BOOT-INF/classes/") != null;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
