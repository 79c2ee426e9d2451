package org.disclosure.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackLayoutTest {

	private static final OsUser ROOT = new OsUser("root", 0);

	private static final OsUser ALICE = new OsUser("alice", 1000);

	@TempDir
	Path temp;

	@Test
	void findsTheRepositoryAboveTheLauncherJar() throws IOException {
		Path repo = repository();
		Path jar = repo.resolve("local-stack/target/local-stack.jar");
		StackLayout layout = StackLayout.detect(Map.of(), jar, this.temp.resolve("tmp"), ALICE);
		assertThat(layout.repoRoot()).isEqualTo(repo);
		assertThat(layout.serviceJar("ingest-service"))
			.isEqualTo(repo.resolve("ingest-service/target/ingest-service-exec.jar"));
		assertThat(layout.kafkaLibs()).isEqualTo(repo.resolve("local-stack/target/stack/kafka-libs"));
	}

	@Test
	void theEnvironmentWins() throws IOException {
		Path repo = repository();
		StackLayout layout = StackLayout.detect(
				Map.of("PIPELINE_ROOT", repo.toString(), "PIPELINE_STATE_DIR", this.temp.resolve("state").toString()),
				Path.of("/elsewhere/x.jar"), this.temp, ALICE);
		assertThat(layout.repoRoot()).isEqualTo(repo);
		assertThat(layout.stateDir()).isEqualTo(this.temp.resolve("state"));
		assertThat(layout.logsDir()).isEqualTo(this.temp.resolve("state/logs"));
	}

	@Test
	void stateGoesToTheTemporaryFolderPerUser() throws IOException {
		Path repo = repository();
		Path tmp = this.temp.resolve("tmp");
		assertThat(StackLayout.detect(Map.of(), repo, tmp, ROOT).stateDir())
			.isEqualTo(tmp.resolve("disclosure-pipeline"));
		assertThat(StackLayout.detect(Map.of(), repo, tmp, ALICE).stateDir())
			.isEqualTo(tmp.resolve("disclosure-pipeline-alice"));
	}

	@Test
	void withoutARepositoryItSaysWhatToSet() {
		assertThatThrownBy(() -> StackLayout.findRepoRoot(this.temp)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("PIPELINE_ROOT");
	}

	@Test
	void testsGetAFreshStateFolderInTheRealRepository() throws IOException {
		StackLayout first = StackLayout.forTests();
		StackLayout second = StackLayout.forTests();
		try {
			assertThat(first.repoRoot().resolve("local-stack/pom.xml")).isRegularFile();
			assertThat(first.stateDir()).isNotEqualTo(second.stateDir()).isEmptyDirectory();
			assertThat(first.stateDir()).startsWith(Path.of(System.getProperty("java.io.tmpdir")));
		}
		finally {
			Folders.deleteTree(first.stateDir());
			Folders.deleteTree(second.stateDir());
		}
	}

	private Path repository() throws IOException {
		Path repo = this.temp.resolve("repo");
		Files.createDirectories(repo.resolve("local-stack/target"));
		Files.writeString(repo.resolve("local-stack/pom.xml"), "<project/>");
		return repo.toRealPath();
	}

}
