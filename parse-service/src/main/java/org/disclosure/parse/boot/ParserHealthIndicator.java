package org.disclosure.parse.boot;

import org.disclosure.parse.guard.GuardedParser;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Down when too many parser threads ignored their time limit and still run: they hold CPU
 * and memory, and only a restart frees them.
 */
class ParserHealthIndicator extends AbstractHealthIndicator {

	private final GuardedParser parser;

	private final int maxStuckWorkers;

	ParserHealthIndicator(GuardedParser parser, int maxStuckWorkers) {
		this.parser = parser;
		this.maxStuckWorkers = maxStuckWorkers;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		int stuck = this.parser.stuckWorkers();
		(stuck > this.maxStuckWorkers ? builder.down() : builder.up()).withDetail("stuck_workers", stuck)
			.withDetail("max_stuck_workers", this.maxStuckWorkers);
	}

}
