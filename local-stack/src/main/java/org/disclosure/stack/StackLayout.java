package org.disclosure.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Where things are: the repository root (with {@code pom.xml} and {@code local-stack/})
 * and the state folder (logs, data, pid files, blobs).
 *
 * @param repoRoot the repository root
 * @param stateDir the folder for everything the running stack writes
 */
public record StackLayout(Path repoRoot, Path stateDir) {

	static final String ROOT_PROPERTY = "pipeline.root";

	static final String ROOT_ENV = "PIPELINE_ROOT";

	static final String STATE_ENV = "PIPELINE_STATE_DIR";

	public StackLayout {
		repoRoot = repoRoot.toAbsolutePath().normalize();
		stateDir = stateDir.toAbsolutePath().normalize();
	}

	/**
	 * For integration tests: the repository from the {@code pipeline.root} system
	 * property (set by Failsafe) or found above the working folder, and a fresh state
	 * folder under the system temporary folder (Elasticsearch's account must be able to
	 * enter it).
	 * @return a layout with an empty state folder
	 */
	public static StackLayout forTests() {
		String property = System.getProperty(ROOT_PROPERTY);
		Path root = (property != null && !property.isBlank()) ? Path.of(property)
				: findRepoRoot(Path.of(System.getProperty("user.dir")));
		try {
			Path state = Files.createTempDirectory("disclosure-stack-");
			Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rwxr-xr-x"));
			return new StackLayout(root, state);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a state folder for the test stack", ex);
		}
	}

	/**
	 * For the command line: the repository from {@code PIPELINE_ROOT} or the launcher
	 * jar's location; the state folder from {@code PIPELINE_STATE_DIR}, else
	 * {@code <tmp>/disclosure-pipeline} (root) or
	 * {@code <tmp>/disclosure-pipeline-<user>}.
	 * @return the layout of the stack the command line manages
	 */
	public static StackLayout detect() {
		return detect(System.getenv(), codeLocation(), Path.of(System.getProperty("java.io.tmpdir")), OsUser.current());
	}

	static StackLayout detect(Map<String, String> env, Path codeLocation, Path tmp, OsUser user) {
		String rootEnv = env.get(ROOT_ENV);
		Path root = (rootEnv != null && !rootEnv.isBlank()) ? Path.of(rootEnv) : findRepoRoot(codeLocation);
		String stateEnv = env.get(STATE_ENV);
		Path state;
		if (stateEnv != null && !stateEnv.isBlank()) {
			state = Path.of(stateEnv);
		}
		else {
			state = tmp.resolve(user.isRoot() ? "disclosure-pipeline" : "disclosure-pipeline-" + user.name());
		}
		return new StackLayout(root, state);
	}

	/**
	 * The nearest folder at or above {@code start} that holds
	 * {@code local-stack/pom.xml}.
	 * @param start a file or folder inside the repository
	 * @return the repository root
	 */
	static Path findRepoRoot(Path start) {
		for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("local-stack").resolve("pom.xml"))) {
				return dir;
			}
		}
		throw new IllegalStateException("No repository root (a folder with local-stack/pom.xml) at or above " + start
				+ "; set " + ROOT_ENV + " or the " + ROOT_PROPERTY + " system property");
	}

	private static Path codeLocation() {
		try {
			return Path.of(StackLayout.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException | RuntimeException ex) {
			return Path.of(System.getProperty("user.dir"));
		}
	}

	public Path logsDir() {
		return this.stateDir.resolve("logs");
	}

	/** Pid files of the processes the command line started, one per component. */
	public Path pidsDir() {
		return this.stateDir.resolve("pids");
	}

	/** The content-addressed blob store the services share. */
	public Path blobStoreDir() {
		return this.stateDir.resolve("blobs");
	}

	/** The Kafka broker's jars, copied by the local-stack build. */
	public Path kafkaLibs() {
		return this.repoRoot.resolve("local-stack/target/stack/kafka-libs");
	}

	/** The Elasticsearch distribution, copied by the local-stack build. */
	public Path elasticsearchZip() {
		return this.repoRoot.resolve("local-stack/target/stack/elasticsearch.zip");
	}

	/**
	 * The executable jar of a service module, e.g.
	 * {@code ingest-service/target/ingest-service-exec.jar}.
	 */
	public Path serviceJar(String name) {
		return this.repoRoot.resolve(name).resolve("target").resolve(name + "-exec.jar");
	}

}
