package org.disclosure.support.kafka;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Reads offsets from the broker every so often on a daemon thread of its own, with an
 * admin client made at start and closed at stop. A read that fails is tried again at the
 * next tick: the broker may not be there yet.
 */
public abstract class PeriodicOffsetRead implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(PeriodicOffsetRead.class);

	private final Supplier<Admin> adminFactory;

	private final Duration interval;

	private final String threadName;

	private ScheduledExecutorService executor;

	private Admin admin;

	private BrokerOffsetReader offsets;

	protected PeriodicOffsetRead(Supplier<Admin> adminFactory, Duration interval, String threadName) {
		this.adminFactory = adminFactory;
		this.interval = interval;
		this.threadName = threadName;
	}

	/** Reads the offsets once, now. */
	public final void refresh() {
		read(this.offsets);
	}

	/** What is read at each tick. */
	protected abstract void read(BrokerOffsetReader offsets);

	@Override
	public void start() {
		this.admin = this.adminFactory.get();
		this.offsets = new BrokerOffsetReader(this.admin, Duration.ofSeconds(10));
		this.executor = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, this.threadName);
			thread.setDaemon(true);
			return thread;
		});
		this.executor.scheduleWithFixedDelay(this::refreshQuietly, 0, this.interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void refreshQuietly() {
		try {
			refresh();
		}
		catch (Exception ex) {
			logger.debug("{}: cannot read offsets yet: {}", this.threadName, ex.toString());
		}
	}

	@Override
	public void stop() {
		if (this.executor != null) {
			this.executor.shutdownNow();
		}
		if (this.admin != null) {
			this.admin.close(Duration.ofSeconds(5));
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null && !this.executor.isShutdown();
	}

}
