package org.disclosure.stack;

import com.sun.security.auth.module.UnixSystem;

/**
 * The account this JVM runs as: Elasticsearch refuses root, so root hands it to
 * {@code nobody}.
 */
record OsUser(String name, long uid) {

	/** The unprivileged account Elasticsearch runs as when the launcher is root. */
	static final String ELASTICSEARCH_ACCOUNT = "nobody";

	static OsUser current() {
		try {
			UnixSystem system = new UnixSystem();
			return new OsUser(system.getUsername(), system.getUid());
		}
		catch (RuntimeException | LinkageError ex) {
			String name = System.getProperty("user.name", "unknown");
			return new OsUser(name, "root".equals(name) ? 0 : -1);
		}
	}

	boolean isRoot() {
		return this.uid == 0;
	}

}
