package org.disclosure.stack;

/**
 * A command line or environment the launcher cannot act on; reported with a hint to the
 * help.
 */
final class UsageException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}

}
