package org.disclosure.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Free loopback ports for tests; never the same one twice in a JVM. */
public final class FreePorts {

	private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

	private FreePorts() {
	}

	public static int next() {
		for (int attempt = 0; attempt < 100; attempt++) {
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				int port = socket.getLocalPort();
				if (HANDED_OUT.add(port)) {
					return port;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot find a free port", ex);
			}
		}
		throw new IllegalStateException("No free port after 100 attempts");
	}

	/** Whether nothing listens on {@code port} of the loopback interface. */
	static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Whether something accepts connections on {@code port} of the loopback interface.
	 */
	static boolean answers(int port, Duration timeout) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) timeout.toMillis());
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
